package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The workflow's rules that need the running portal: data scope by URL, escalation by the job, tracking. */
@ExtendWith(TestServer.class)
class WorkflowIT {

    private static final String SANJIA_CENTRE = "TC-510904110";
    private static final String SANMEN_VILLAGE = "510904110201";
    private static final String YUFENG_CENTRE = "TC-510904111";
    private static final String JINJI_VILLAGE = "510904111201";

    @Test
    void aTownUserCannotOpenAnotherTownsMatterByItsAddress() throws SQLException {
        Matters.Created own = Matters.insert(SANJIA_CENTRE, SANMEN_VILLAGE, "SUBMITTED", null);
        Matters.Created other = Matters.insert(YUFENG_CENTRE, JINJI_VILLAGE, "SUBMITTED", null);
        PortalClient client = new PortalClient();
        client.signIn("sanjia.staff", Demo.PASSWORD);

        HttpResponse<String> mine = client.get("/staff/matter?id=" + own.id());
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains(own.trackingNumber());

        HttpResponse<String> theirs = client.get("/staff/matter?id=" + other.id());
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContain(other.trackingNumber()).contains("页面不存在");
        Pages.assertNoStackTrace(theirs.body());
    }

    @Test
    void aVillageClerkFollowsTheVillagesMattersButNoOtherVillages() throws SQLException {
        Matters.Created ours = Matters.insert(SANJIA_CENTRE, SANMEN_VILLAGE, "SUBMITTED", null);
        Matters.Created theirs = Matters.insert(YUFENG_CENTRE, JINJI_VILLAGE, "SUBMITTED", null);
        PortalClient client = new PortalClient();
        client.signIn("sanmen.clerk", Demo.PASSWORD);
        String desk = client.get("/clerk/").body();
        assertThat(desk).contains(ours.trackingNumber()).doesNotContain(theirs.trackingNumber());
        assertThat(desk).contains("测**民").doesNotContain("测试村民");
        assertThat(client.get("/staff/matter?id=" + ours.id()).statusCode()).isEqualTo(403);
    }

    @Test
    void anOverdueMatterIsEscalatedOnceAfterTheClockMoves() throws Exception {
        Matters.Created matter = Matters.insert(
                SANJIA_CENTRE, SANMEN_VILLAGE, "ACCEPTED", LocalDate.now().plusDays(10));
        // the clock moves: the due date is now in the past
        Demo.execute(
                "update matter set due_date = ? where id = ?", LocalDate.now().minusDays(2), matter.id());

        waitUntil(() -> Demo.count("select count(*) from matter where id = ? and overdue = true", matter.id()) == 1);
        // a few more runs of the job change nothing
        Thread.sleep(12_000);
        assertThat(Demo.count(
                        "select count(*) from matter_event where matter_id = ? and action = 'ESCALATE'", matter.id()))
                .isEqualTo(1);
        // the town leader is told once, through the outbox
        assertThat(Demo.count(
                        "select count(*) from notification where reference = ? and template = 'staff.escalated'",
                        matter.trackingNumber()))
                .isEqualTo(1);
    }

    @Test
    void theTrackingPageGivesOneNeutralAnswerAndThrottlesGuessing() throws SQLException {
        Matters.Created matter = Matters.insert(SANJIA_CENTRE, SANMEN_VILLAGE, "SUBMITTED", null);
        PortalClient client = new PortalClient();
        String wrongDigits =
                track(client, matter.trackingNumber(), matter.lastFour().equals("0000") ? "1111" : "0000");
        String wrongNumber = track(client, "AJ20990101-0000-00", matter.lastFour());
        assertThat(wrongDigits).contains("没有查到");
        assertThat(wrongNumber).contains("没有查到");
        assertThat(wrongDigits).doesNotContain(matter.trackingNumber() + "</dd>");

        String right = track(client, matter.trackingNumber(), matter.lastFour());
        assertThat(right).contains("已收到，等待受理").contains(matter.trackingNumber());
        assertThat(right).doesNotContain("测试村民").doesNotContain("510904194803120210");

        for (int i = 0; i < 10; i++) {
            track(
                    client,
                    matter.trackingNumber(),
                    String.format("%04d", (Integer.parseInt(matter.lastFour()) + 1 + i) % 10_000));
        }
        assertThat(track(client, matter.trackingNumber(), matter.lastFour())).contains("查询次数过多");
    }

    private static String track(PortalClient client, String number, String lastFour) {
        return client.submit("/track", "track", Map.of("number", number, "lastFour", lastFour), "look")
                .body();
    }

    private static void waitUntil(Check check) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!check.ok()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(500);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean ok() throws Exception;
    }
}
