package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The village decision register (四议两公开) over HTTP: a clerk opens a matter and records the four discussions through
 * the pages, publishes both disclosures (with and without the town's review), a lost vote is recorded and explained,
 * bad input is refused with a message while the typed values stay, and a clerk can neither see nor change another
 * village's matter. Each test makes its own matters.
 */
@ExtendWith(TestServer.class)
class DecisionRegisterIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    /** 三门村 in 三家镇, which does not review. */
    private static final String SANMEN = "510904110201";
    /** 金鸡村 in 玉丰镇, which reviews resolution disclosures (demo). */
    private static final String JINJI = "510904111201";

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static PortalClient signedIn(String username) {
        PortalClient client = new PortalClient();
        assertThat(client.signIn(username, Demo.PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    /** Opens a matter through the page; returns its id. */
    private static long open(PortalClient clerk, String title) throws SQLException {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("category", String.valueOf(categoryId("PUBLIC_WORKS_FUNDING")));
        fields.put("source", "PARTY_OR_VILLAGER_SUGGESTION");
        fields.put("description", "测试事项说明");
        fields.put("funds", "120000.50");
        HttpResponse<String> saved = clerk.submit("/clerk/decision-open", "open", fields, "save");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        Matcher m = ID.matcher(saved.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long categoryId(String code) throws SQLException {
        try (Connection c = TestServer.sql();
                PreparedStatement q = c.prepareStatement("select id from decision_category where code = ?")) {
            q.setString(1, code);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Map<String, String> meeting(
            String form, LocalDate day, int expected, int present, int yes, int no, int abstain) {
        Map<String, String> fields = new HashMap<>();
        fields.put("form", form);
        fields.put("heldOn", day.toString());
        fields.put("expected", String.valueOf(expected));
        fields.put("present", String.valueOf(present));
        fields.put("votesFor", String.valueOf(yes));
        fields.put("votesAgainst", String.valueOf(no));
        fields.put("abstaining", String.valueOf(abstain));
        fields.put("minutes", "会议纪要");
        fields.put("townOfficials", "");
        return fields;
    }

    private static HttpResponse<String> record(PortalClient clerk, long id, Map<String, String> fields) {
        String path = "/clerk/decision?id=" + id;
        HttpResponse<String> page = clerk.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> answer = clerk.submitOn(page, path, "meeting", fields, "record");
        assertThat(answer.statusCode()).isEqualTo(200);
        Pages.assertNoStackTrace(answer.body());
        return answer;
    }

    private static String status(long id) throws SQLException {
        return string("select status from decision_matter where id = ?", id);
    }

    private static String string(String sql, Object... args) throws SQLException {
        try (Connection c = TestServer.sql();
                PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** The four discussions, all passing, through the pages. */
    private static void fourSteps(PortalClient clerk, long id) throws SQLException {
        LocalDate d = today().minusDays(10);
        assertThat(record(clerk, id, meeting("PARTY_ORGANISATION", d, 5, 5, 5, 0, 0))
                        .body())
                .contains("党组织提议”通过");
        record(clerk, id, meeting("JOINT_COMMITTEES", d.plusDays(1), 9, 8, 8, 0, 0));
        record(clerk, id, meeting("PARTY_MEMBERS", d.plusDays(3), 30, 20, 11, 5, 4));
        Map<String, String> villagers = meeting("VILLAGER_REPRESENTATIVES", d.plusDays(5), 30, 20, 11, 9, 0);
        HttpResponse<String> last = record(clerk, id, villagers);
        assertThat(last.body()).contains("已决议，待公开");
        assertThat(status(id)).isEqualTo("RESOLVED");
    }

    @Test
    void aMatterRunsThroughTheFourStepsAndBothDisclosuresWithoutTownReview() throws Exception {
        PortalClient clerk = signedIn("sanmen.clerk");
        String title = Demo.unique("村道修缮");
        long id = open(clerk, title);
        assertThat(string("select village_code from decision_matter where id = ?", id))
                .isEqualTo(SANMEN);
        assertThat(string("select estimated_funds from decision_matter where id = ?", id))
                .isEqualTo("120000.50");

        fourSteps(clerk, id);
        assertThat(Demo.count("select count(*) from decision_meeting where matter_id = ? and outcome = 'PASSED'", id))
                .isEqualTo(4);

        // 决议公开: 三家镇 does not review, so it is published at once
        String path = "/clerk/decision?id=" + id;
        HttpResponse<String> page = clerk.get(path);
        assertThat(page.body()).contains("发布决议公开").doesNotContain("提交乡镇审核");
        HttpResponse<String> published = clerk.submitOn(
                page,
                path,
                "resolution",
                Map.of(
                        "body", "决议：修缮村道",
                        "startsOn", today().toString(),
                        "endsOn", today().plusDays(6).toString()),
                "submit");
        assertThat(published.body()).contains("决议已在公开栏发布");
        assertThat(status(id)).isEqualTo("RESOLUTION_DISCLOSED");
        assertThat(string("select state from decision_disclosure where matter_id = ? and kind = 'RESOLUTION'", id))
                .isEqualTo("PUBLISHED");
        assertThat(string("select result_due_on from decision_matter where id = ?", id))
                .isEqualTo(today().plusDays(6 + 90).toString());

        // 实施结果公开
        page = clerk.get(path);
        HttpResponse<String> result = clerk.submitOn(
                page,
                path,
                "result",
                Map.of(
                        "body",
                        "已完成修缮",
                        "fundsUsed",
                        "98000",
                        "progress",
                        "已完工",
                        "completedOn",
                        today().toString(),
                        "startsOn",
                        today().toString(),
                        "endsOn",
                        today().plusDays(6).toString()),
                "publish");
        assertThat(result.body()).contains("实施结果已在公开栏发布");
        assertThat(status(id)).isEqualTo("COMPLETED");
        assertThat(string("select funds_used from decision_disclosure where matter_id = ? and kind = 'RESULT'", id))
                .isEqualTo("98000.00");

        // the register sheet has every step and both disclosures; the Excel register has the matter
        String sheet = clerk.get("/clerk/decision-sheet?id=" + id).body();
        assertThat(sheet)
                .contains(title, "党组织会议", "两委联席会议", "党员大会", "村民代表会议", "赞成11票，反对9票，弃权0票")
                .contains("决议：修缮村道", "已完成修缮", "98,000.00", "b-sheet-sign");
        HttpResponse<String> list = clerk.get("/clerk/decisions");
        HttpResponse<byte[]> excel = clerk.download(
                list,
                "/clerk/decisions",
                "register",
                Map.of("from", today().minusDays(30).toString(), "to", today().toString()),
                "download");
        assertThat(excel.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            Sheet meetings = book.getSheetAt(0);
            long rows = 0;
            for (var row : meetings) {
                if (row.getCell(2) != null && title.equals(row.getCell(2).getStringCellValue())) {
                    rows++;
                }
            }
            assertThat(rows).as("one row per meeting").isEqualTo(4);
        }
    }

    @Test
    void aLostVoteIsRecordedAndExplainedAndTheStepIsHeldAgainOrTheMatterDropped() throws Exception {
        PortalClient clerk = signedIn("sanmen.clerk");
        long id = open(clerk, Demo.unique("表决未通过"));
        LocalDate d = today().minusDays(8);
        record(clerk, id, meeting("PARTY_ORGANISATION", d, 5, 5, 5, 0, 0));
        record(clerk, id, meeting("JOINT_COMMITTEES", d, 9, 9, 9, 0, 0));

        // exactly half of those present for is not "more than half"
        HttpResponse<String> lost = record(clerk, id, meeting("PARTY_MEMBERS", d.plusDays(1), 30, 20, 10, 10, 0));
        assertThat(lost.body()).contains("会议未通过", "须有超过到会人数1/2的人赞成", "表决未通过");
        assertThat(string("select outcome from decision_meeting where matter_id = ? and seq = 3", id))
                .isEqualTo("REJECTED");
        assertThat(status(id)).isEqualTo("IN_DISCUSSION");

        // 19 of 30 is under two thirds: no quorum, explained
        HttpResponse<String> noQuorum = record(clerk, id, meeting("PARTY_MEMBERS", d.plusDays(2), 30, 19, 19, 0, 0));
        assertThat(noQuorum.body()).contains("党员大会须有2/3以上的党员到会", "未达到法定人数");

        // held again: exactly two thirds present is enough
        HttpResponse<String> passed = record(clerk, id, meeting("PARTY_MEMBERS", d.plusDays(3), 30, 20, 11, 9, 0));
        assertThat(passed.body()).contains("党员大会审议”通过");
        assertThat(Demo.count("select count(*) from decision_meeting where matter_id = ?", id))
                .isEqualTo(5);

        // a second matter is dropped after its lost vote, with the reason kept
        long other = open(clerk, Demo.unique("终止"));
        record(clerk, other, meeting("MERGED_PROPOSAL_AND_DELIBERATION", d, 7, 7, 2, 5, 0));
        String path = "/clerk/decision?id=" + other;
        HttpResponse<String> noReason = clerk.submitOn(clerk.get(path), path, "drop", Map.of("reason", " "), "dropIt");
        assertThat(noReason.body()).contains("请填写终止的原因");
        assertThat(status(other)).isEqualTo("IN_DISCUSSION");
        clerk.submitOn(clerk.get(path), path, "drop", Map.of("reason", "村民意见分歧较大"), "dropIt");
        assertThat(status(other)).isEqualTo("DROPPED");
        assertThat(string("select dropped_reason from decision_matter where id = ?", other))
                .isEqualTo("村民意见分歧较大");
        assertThat(clerk.get(path).body()).doesNotContain("id=\"meeting\"");
    }

    @Test
    void withTownReviewTheTownReturnsThenApprovesTheResolution() throws Exception {
        PortalClient clerk = signedIn("jinji.clerk");
        long id = open(clerk, Demo.unique("厂房"));
        fourSteps(clerk, id);
        String path = "/clerk/decision?id=" + id;
        HttpResponse<String> page = clerk.get(path);
        assertThat(page.body()).contains("提交乡镇审核");
        Map<String, String> resolution = Map.of(
                "body", "决议：出租厂房",
                "startsOn", today().minusDays(2).toString(),
                "endsOn", today().plusDays(4).toString());
        assertThat(clerk.submitOn(page, path, "resolution", resolution, "submit")
                        .body())
                .contains("决议公开已提交乡镇审核");
        assertThat(string("select state from decision_disclosure where matter_id = ?", id))
                .isEqualTo("AWAITING_REVIEW");
        assertThat(status(id)).isEqualTo("RESOLVED");

        // the town sees it in its queue; a return needs a note
        PortalClient town = signedIn("yufeng.staff");
        assertThat(town.get("/staff/decisions/").body()).contains("/staff/decisions/view?id=" + id);
        String view = "/staff/decisions/view?id=" + id;
        assertThat(town.submitOn(town.get(view), view, "review", Map.of("note", ""), "sendBack")
                        .body())
                .contains("请写明退回的原因");
        town.submitOn(town.get(view), view, "review", Map.of("note", "请写明租金支付方式"), "sendBack");
        assertThat(string("select state from decision_disclosure where matter_id = ?", id))
                .isEqualTo("RETURNED");

        // the clerk sees the note, changes the text and submits again; the town approves
        page = clerk.get(path);
        assertThat(page.body()).contains("请写明租金支付方式");
        clerk.submitOn(
                page,
                path,
                "resolution",
                Map.of(
                        "body", "决议：出租厂房，租金按年支付",
                        "startsOn", today().minusDays(2).toString(),
                        "endsOn", today().plusDays(4).toString()),
                "submit");
        assertThat(string("select state from decision_disclosure where matter_id = ?", id))
                .isEqualTo("AWAITING_REVIEW");
        assertThat(town.submitOn(town.get(view), view, "review", Map.of("note", ""), "approve")
                        .body())
                .contains("已审核通过");
        assertThat(string("select state from decision_disclosure where matter_id = ?", id))
                .isEqualTo("PUBLISHED");
        assertThat(status(id)).isEqualTo("RESOLUTION_DISCLOSED");
        // its first day had passed: the period now starts today with the same seven days
        assertThat(string("select starts_on from decision_disclosure where matter_id = ?", id))
                .isEqualTo(today().toString());
        assertThat(string("select ends_on from decision_disclosure where matter_id = ?", id))
                .isEqualTo(today().plusDays(6).toString());

        // another town's staff cannot review or even see it
        PortalClient sanjia = signedIn("sanjia.staff");
        assertThat(sanjia.get(view).statusCode()).isEqualTo(403);
    }

    @Test
    void aTownLeaderSwitchesTheTownsReviewOnAndOff() throws Exception {
        PortalClient leader = signedIn("sanjia.leader");
        String path = "/staff/decisions/";
        HttpResponse<String> page = leader.get(path);
        assertThat(page.body()).contains("无需乡镇审核");
        leader.submitOn(page, path, "review", Map.of(), "switch");
        assertThat(string("select review_required from decision_town_setting where town_code = '510904110'"))
                .isEqualTo("1");
        page = leader.get(path);
        leader.submitOn(page, path, "review", Map.of(), "switch");
        assertThat(string("select review_required from decision_town_setting where town_code = '510904110'"))
                .isEqualTo("0");
        assertThat(signedIn("sanjia.staff").get(path).body())
                .as("staff see the setting but cannot switch it")
                .doesNotContain("review:switch");
    }

    @Test
    void aClerkCannotOpenOrChangeAnotherVillagesMatterAndHelpersKeepNoRegister() throws Exception {
        PortalClient sanmen = signedIn("sanmen.clerk");
        long theirs = open(sanmen, Demo.unique("他村事项"));
        PortalClient jinji = signedIn("jinji.clerk");

        assertThat(jinji.get("/clerk/decision?id=" + theirs).statusCode()).isEqualTo(403);
        assertThat(jinji.get("/clerk/decision-sheet?id=" + theirs).statusCode()).isEqualTo(403);
        assertThat(jinji.get("/clerk/decisions").body()).doesNotContain("id=" + theirs + "\"");

        // a forged post: jinji's own page, with the other matter's id in the address
        long own = open(jinji, Demo.unique("本村事项"));
        HttpResponse<String> ownPage = jinji.get("/clerk/decision?id=" + own);
        HttpResponse<String> forged = jinji.submitOn(
                ownPage,
                "/clerk/decision?id=" + theirs,
                "meeting",
                meeting("PARTY_ORGANISATION", today(), 5, 5, 5, 0, 0),
                "record");
        assertThat(forged.statusCode()).isIn(200, 403);
        assertThat(Demo.count("select count(*) from decision_meeting where matter_id = ?", theirs))
                .isZero();

        // 代办员 share the clerk area but not the register
        PortalClient helper = signedIn("sanmen.helper");
        assertThat(helper.get("/clerk/decisions").statusCode()).isEqualTo(403);
        assertThat(helper.get("/clerk/decision?id=" + theirs).statusCode()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedWithAMessageAndWhatWasTypedStays() throws Exception {
        PortalClient clerk = signedIn("sanmen.clerk");
        long id = open(clerk, Demo.unique("错误输入"));
        LocalDate d = today().minusDays(5);

        Map<String, String> tooMany = meeting("PARTY_ORGANISATION", d, 5, 7, 5, 0, 0);
        tooMany.put("minutes", "这段纪要不能丢");
        String body = record(clerk, id, tooMany).body();
        assertThat(body).contains("实到人数（7）不能多于应到人数（5）").contains("这段纪要不能丢").contains("value=\"7\"");

        assertThat(record(clerk, id, meeting("PARTY_ORGANISATION", d, 5, 5, 4, 1, 1))
                        .body())
                .contains("赞成、反对、弃权合计（6）不能多于实到人数（5）");
        assertThat(record(clerk, id, meeting("PARTY_ORGANISATION", today().plusDays(1), 5, 5, 5, 0, 0))
                        .body())
                .contains("不能晚于今天");
        Map<String, String> missing = meeting("PARTY_ORGANISATION", d, 5, 5, 5, 0, 0);
        missing.put("votesAgainst", "");
        assertThat(record(clerk, id, missing).body()).contains("请填写“反对票”");
        Map<String, String> letters = meeting("PARTY_ORGANISATION", d, 5, 5, 5, 0, 0);
        letters.put("expected", "五");
        assertThat(record(clerk, id, letters).body()).contains("请填写0或正整数");
        assertThat(Demo.count("select count(*) from decision_meeting where matter_id = ?", id))
                .isZero();

        // a meeting before the previous one, and the wrong form for the step
        record(clerk, id, meeting("PARTY_ORGANISATION", d, 5, 5, 5, 0, 0));
        assertThat(record(clerk, id, meeting("JOINT_COMMITTEES", d.minusDays(1), 9, 9, 9, 0, 0))
                        .body())
                .contains("不能早于上一次会议");
        assertThat(record(clerk, id, meeting("PARTY_MEMBERS", d, 30, 30, 30, 0, 0))
                        .body())
                .contains("请从列表中选择");

        // a disclosure that ends before it starts
        record(clerk, id, meeting("JOINT_COMMITTEES", d, 9, 9, 9, 0, 0));
        record(clerk, id, meeting("PARTY_MEMBERS", d, 30, 30, 30, 0, 0));
        record(clerk, id, meeting("VILLAGER_REPRESENTATIVES", d, 30, 30, 30, 0, 0));
        String path = "/clerk/decision?id=" + id;
        HttpResponse<String> wrong = clerk.submitOn(
                clerk.get(path),
                path,
                "resolution",
                Map.of(
                        "body", "这段决议文字不能丢",
                        "startsOn", today().toString(),
                        "endsOn", today().minusDays(1).toString()),
                "submit");
        assertThat(wrong.body()).contains("公开结束日期").contains("不能早于开始日期").contains("这段决议文字不能丢");
        assertThat(status(id)).isEqualTo("RESOLVED");

        // the title is required when opening
        HttpResponse<String> noTitle = clerk.submit(
                "/clerk/decision-open",
                "open",
                Map.of("title", "", "description", "说明要保留", "source", "VILLAGE_CADRES"),
                "save");
        assertThat(noTitle.statusCode()).isEqualTo(200);
        assertThat(noTitle.body()).contains("请填写事项名称").contains("说明要保留");
    }

    @Test
    void theClerkIsRemindedWhenAResultDisclosureIsDue() throws Exception {
        // demo matter 6 (天堂村) has a result overdue since before the server started; the job runs every 5 s
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long reminders = 0;
        while (System.nanoTime() < deadline && reminders == 0) {
            reminders = Demo.count("select count(*) from notification where template = 'decision.resultDue'"
                    + " and recipient_user_id = 21 and reference = 'decision-6'");
            if (reminders == 0) {
                Thread.sleep(1000);
            }
        }
        assertThat(reminders).isEqualTo(1);
        Thread.sleep(6000);
        assertThat(Demo.count("select count(*) from notification where reference = 'decision-6'"))
                .as("reminded once, not every run")
                .isEqualTo(1);
        assertThat(string("select result_reminded_on from decision_matter where id = 6"))
                .isNotNull();
    }

    @Test
    void townStaffExportTheirVillagesRegisterAndReadTheSheets() throws Exception {
        PortalClient town = signedIn("yufeng.staff");
        String path = "/staff/decisions/";
        HttpResponse<byte[]> excel = town.download(
                town.get(path),
                path,
                "register",
                Map.of("village", JINJI, "from", today().minusYears(1).toString(), "to", today().toString()),
                "download");
        assertThat(excel.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            StringBuilder titles = new StringBuilder();
            for (var row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    titles.append(row.getCell(1).getStringCellValue())
                            .append(row.getCell(2).getStringCellValue());
                }
            }
            assertThat(titles.toString()).contains("金鸡村", "金鸡村闲置厂房出租").doesNotContain("天堂村", "三门村");
        }
        // a period that ends before it starts is refused with a message
        HttpResponse<String> wrong = town.submitOn(
                town.get(path),
                path,
                "register",
                Map.of(
                        "village",
                        "",
                        "from",
                        today().toString(),
                        "to",
                        today().minusDays(1).toString()),
                "download");
        assertThat(wrong.body()).contains("不能早于开始日期");
        // the town reads its villages' register sheets, not other towns'
        assertThat(town.get("/staff/decisions/sheet?id=6").body()).contains("天堂村土地流转发展柑橘种植");
        assertThat(town.get("/staff/decisions/sheet?id=1").statusCode()).isEqualTo(403);
    }

    @Test
    void theAdministratorKeepsCategoriesAndMayOnlyMakeThresholdsStricter() throws Exception {
        PortalClient admin = signedIn("admin");
        String path = "/admin/decisions";
        Map<String, String> laxer = new HashMap<>(Map.of(
                "partyMembersQuorum", "3/5",
                "partyMembersMajority", "1/2",
                "assemblyVillagersQuorum", "1/2",
                "assemblyHouseholdsQuorum", "2/3",
                "representativesQuorum", "2/3",
                "villagersMajority", "1/2",
                "disclosureDays", "7",
                "resultDueDays", "90"));
        assertThat(admin.submitOn(admin.get(path), path, "settings", laxer, "save")
                        .body())
                .contains("不能低于法定比例");
        assertThat(string("select party_members_quorum_num from decision_settings where id = 1"))
                .isEqualTo("2");
        Map<String, String> bad = new HashMap<>(laxer);
        bad.put("partyMembersQuorum", "两成");
        assertThat(admin.submitOn(admin.get(path), path, "settings", bad, "save")
                        .body())
                .contains("比例设置不正确");

        String code = "IT_" + Demo.unique("").toUpperCase(java.util.Locale.ROOT);
        admin.submitOn(admin.get(path), path, "newCategory", Map.of("code", code, "zh", "测试类别", "en", "Test"), "add");
        assertThat(string("select active from decision_category where code = ?", code))
                .isEqualTo("1");
        assertThat(admin.submitOn(
                                admin.get(path),
                                path,
                                "newCategory",
                                Map.of("code", code, "zh", "重复", "en", "Again"),
                                "add")
                        .body())
                .contains("已经存在");
        assertThat(signedIn("sanmen.clerk").get("/clerk/decision-open").body()).contains("测试类别");
        Demo.execute("update decision_category set active = false where code = ?", code);
        assertThat(signedIn("sanmen.clerk").get("/clerk/decision-open").body()).doesNotContain("测试类别");
    }
}
