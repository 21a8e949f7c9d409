package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Home-care plans over HTTP: the provider registry, making a plan for an approved application (which moves it into
 * service) and the refusal of a provider not serving the village, the review reminder the daily job files, ending a
 * plan, the public recipient list without personal data, the town's scope, and the Excel statistics. Each test makes
 * its own approved application and provider, so they run in any order.
 */
@ExtendWith(TestServer.class)
class CarePlansIT {

    /** 三门村, 三家镇 */
    private static final String SANMEN = "510904110201";

    private static final String SANJIA = "510904110";
    private static final String YUFENG = "510904111";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    @Test
    void anAdministratorKeepsTheProviderRegistry() throws Exception {
        PortalClient admin = signedIn("admin");
        String path = "/admin/eldercare/providers";
        HttpResponse<String> page = admin.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        String name = Demo.unique("测试服务站");
        Map<String, String> fields = new HashMap<>(Map.of(
                "name",
                name,
                "contactPerson",
                "王站长",
                "contactPhone",
                "0825-6612345",
                "services",
                String.valueOf(option("MEAL")),
                "areas",
                SANJIA));

        HttpResponse<String> saved = admin.submitOn(page, path, "editor", fields, "save");

        assertThat(saved.body()).contains("已新增机构");
        long id = Demo.count("select id from care_provider where name = ?", name);
        assertThat(Demo.count(
                        "select count(*) from care_provider_area where provider_id = ? and place_code = ?", id, SANJIA))
                .isEqualTo(1);
        assertThat(Demo.count("select count(*) from care_provider_service where provider_id = ?", id))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'CARE_PROVIDER_CHANGED' and object_id = ?",
                        String.valueOf(id)))
                .isEqualTo(1);

        HttpResponse<String> taken = admin.submitOn(admin.get(path), path, "editor", fields, "save");
        assertThat(taken.body()).contains("已有名为");
        fields.put("name", Demo.unique("测试服务站"));
        fields.put("contactPhone", "call me");
        HttpResponse<String> refused = admin.submitOn(admin.get(path), path, "editor", fields, "save");
        assertThat(refused.body()).contains("请填写联系电话", "王站长");
        assertThat(Demo.count("select count(*) from care_provider where name = ?", fields.get("name")))
                .isZero();

        assertThat(signedIn("sanjia.staff").get(path).statusCode())
                .as("staff are not administrators")
                .isEqualTo(403);
    }

    @Test
    void aPlanForAnApprovedApplicationPutsItInService() throws Exception {
        Approved application = insertApproved(SANMEN, "欧阳晓华");
        long provider = insertProvider(SANJIA, true, "MEAL", "CLEANING");

        HttpResponse<String> saved = makePlan(application, provider, "MEAL");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).contains("/staff/eldercare/plan?id=");
        assertThat(Demo.count(
                        "select count(*) from care_plan where application_id = ? and provider_id = ? and status = 'ACTIVE'"
                                + " and hours_per_month = 20 and monthly_subsidy = 200.00",
                        application.id(),
                        provider))
                .isEqualTo(1);
        YearMonth start = YearMonth.now().plusMonths(1);
        assertThat(Demo.count(
                        "select count(*) from care_plan where application_id = ? and start_month = ? and next_review_on = ?",
                        application.id(),
                        start.atDay(1),
                        start.atDay(1).plusMonths(6)))
                .isEqualTo(1);
        assertThat(stage(application.id())).isEqualTo("IN_SERVICE");
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'CARE_PLAN_CREATED' and summary like ?",
                        application.trackingNumber() + "%"))
                .isEqualTo(1);
        // a second plan for the same application is not possible: it is no longer waiting
        HttpResponse<String> again = makePlan(application, provider, "MEAL");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Demo.count("select count(*) from care_plan where application_id = ?", application.id()))
                .isEqualTo(1);
    }

    @Test
    void aProviderNotServingTheVillageOrSwitchedOffIsRefusedWithAMessageAndNothingIsLost() throws Exception {
        Approved application = insertApproved(SANMEN, "司马春兰");
        long elsewhere = insertProvider(YUFENG, true, "MEAL");
        long off = insertProvider(SANJIA, false, "MEAL");
        long noBathing = insertProvider(SANMEN, true, "MEAL");

        HttpResponse<String> refused = makePlan(application, elsewhere, "MEAL");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("不在老人所在的村提供服务").contains("value=\"20\"");
        assertThat(makePlan(application, off, "MEAL").body()).contains("已停用");
        assertThat(makePlan(application, noBathing, "BATHING").body()).contains("不提供所选的全部服务");

        assertThat(Demo.count("select count(*) from care_plan where application_id = ?", application.id()))
                .isZero();
        assertThat(stage(application.id())).isEqualTo("SERVICE_PLAN");
    }

    @Test
    void aDueReviewBecomesAReminderMatterRoutedToTheTownOnce() throws Exception {
        Approved application = insertApproved(SANMEN, "诸葛红梅");
        long plan = planFor(application);
        Demo.execute("update care_plan set next_review_on = ? where id = ?", LocalDate.now(), plan);

        long matter =
                waitFor(() -> Demo.count("select coalesce(reminder_matter_id, 0) from care_plan where id = ?", plan));

        assertThat(Demo.count(
                        "select count(*) from matter m join office o on o.id = m.office_id join place p on p.id = o.place_id"
                                + " where m.id = ? and m.type = 'ELDERCARE_REVIEW' and p.code = ? and m.status = 'SUBMITTED'",
                        matter,
                        SANJIA))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from matter where id = ? and applicant_phone is null and subject like ?",
                        matter,
                        "%" + application.trackingNumber() + "%"))
                .isEqualTo(1);
        Thread.sleep(12_000); // two more runs of the job
        assertThat(Demo.count(
                        "select count(*) from matter where type = 'ELDERCARE_REVIEW' and subject like ?",
                        "%" + application.trackingNumber() + "%"))
                .as("one reminder per due review")
                .isEqualTo(1);

        // the town records the review; the next one is six months on
        PortalClient town = signedIn("sanjia.staff");
        String path = "/staff/eldercare/plan?id=" + plan;
        HttpResponse<String> page = town.get(path);
        assertThat(page.body()).contains("应复评");
        Demo.execute(
                "update care_plan set start_month = ? where id = ?",
                YearMonth.now().minusMonths(6).atDay(1),
                plan);
        page = town.get(path);
        HttpResponse<String> reviewed = town.submitOn(
                page,
                path,
                "reviewForm",
                Map.of("reviewedOn_input", LocalDate.now().toString(), "outcome_input", "CONTINUE"),
                "save");
        assertThat(reviewed.body()).contains("已记录复评");
        assertThat(Demo.count("select count(*) from care_review where plan_id = ? and outcome = 'CONTINUE'", plan))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from care_plan where id = ? and next_review_on = ?",
                        plan,
                        LocalDate.now().plusMonths(6)))
                .isEqualTo(1);
        assertThat(Demo.count("select count(*) from matter where id = ? and status = 'RESOLVED'", matter))
                .as("the review answers its reminder")
                .isEqualTo(1);
    }

    @Test
    void aPlanEndsWithAReasonAndADate() throws Exception {
        Approved application = insertApproved(SANMEN, "上官玉珍");
        long plan = planFor(application);
        PortalClient town = signedIn("sanjia.staff");
        String path = "/staff/eldercare/plan?id=" + plan;
        HttpResponse<String> page = town.get(path);

        HttpResponse<String> noReason = town.submitOn(
                page, path, "endForm", Map.of("endedOn_input", LocalDate.now().toString()), "save");
        assertThat(noReason.body()).contains("必填");
        assertThat(Demo.count("select count(*) from care_plan where id = ? and status = 'ACTIVE'", plan))
                .isEqualTo(1);

        HttpResponse<String> ended = town.submitOn(
                town.get(path),
                path,
                "endForm",
                Map.of(
                        "reason_input",
                        "ENTERED_INSTITUTION",
                        "endedOn_input",
                        LocalDate.now().toString(),
                        "note",
                        "入住区社会福利院"),
                "save");

        assertThat(ended.body()).contains("服务已终止");
        assertThat(Demo.count(
                        "select count(*) from care_plan where id = ? and status = 'ENDED' and end_reason = 'ENTERED_INSTITUTION'"
                                + " and ended_on = ? and next_review_on is null",
                        plan,
                        LocalDate.now()))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'CARE_PLAN_ENDED' and object_id = ?",
                        String.valueOf(plan)))
                .isEqualTo(1);
    }

    @Test
    void thePublicRecipientListShowsMaskedNamesAndNoIdOrPhoneWithoutASession() throws Exception {
        Approved application = insertApproved(SANMEN, "欧阳建国");
        long plan = planFor(application);
        Approved ended = insertApproved(SANMEN, "东方明珠");
        long endedPlan = planFor(ended);
        Demo.execute(
                "update care_plan set status = 'ENDED', end_reason = 'DIED', ended_on = current_date where id = ?",
                endedPlan);

        HttpResponse<String> page = new PortalClient().get("/public/eldercare/recipients/village/" + SANMEN);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("BIANMIN_SESSION"));
        assertThat(page.body())
                .contains("欧**国", "三门村", "200.00")
                .doesNotContain(
                        "欧阳建国",
                        application.idNumber(),
                        application.phone(),
                        application.idNumber().substring(0, 6) + "19")
                .doesNotContain("东**珠", "东方明珠");
        assertThat(page.body()).doesNotContain("健康");
        assertThat(new PortalClient()
                        .get("/public/eldercare/recipients/village/510904999999")
                        .statusCode())
                .isEqualTo(404);
        assertThat(new PortalClient()
                        .get("/public/eldercare/recipients/village/abc")
                        .statusCode())
                .isEqualTo(404);
        assertThat(plan).isPositive();
    }

    @Test
    void townStaffSeeOnlyTheirTownsPlansAndTheApprovingOfficeSeesAll() throws Exception {
        Approved application = insertApproved(SANMEN, "慕容秋菊");
        long plan = planFor(application);

        assertThat(signedIn("sanjia.staff").get("/staff/eldercare/plans").body())
                .contains(application.trackingNumber());
        assertThat(signedIn("minzheng.staff").get("/staff/eldercare/plans").body())
                .contains(application.trackingNumber());
        PortalClient yufeng = signedIn("yufeng.staff");
        HttpResponse<String> list = yufeng.get("/staff/eldercare/plans");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(application.trackingNumber());
        assertThat(yufeng.get("/staff/eldercare/plan?id=" + plan).statusCode()).isEqualTo(404);
        assertThat(signedIn("xczx.staff").get("/staff/eldercare/plans").statusCode())
                .as("another district department")
                .isEqualTo(403);
        assertThat(signedIn("sanjia.staff")
                        .get("/staff/eldercare/plan-new?application=" + application.id())
                        .statusCode())
                .as("only the approving office makes plans")
                .isEqualTo(404);
    }

    @Test
    void theStatisticsOpenInExcelWithTheFiguresAndNoPersonalData() throws Exception {
        Approved application = insertApproved(SANMEN, "皇甫秀英");
        planFor(application);
        long activeInSanjia = Demo.count(
                "select count(*) from care_plan where status = 'ACTIVE' and village_code like ?", SANJIA + "%");
        long subsidyInSanjia = Demo.count(
                "select cast(sum(monthly_subsidy) as signed) from care_plan where status = 'ACTIVE' and village_code like ?",
                SANJIA + "%");
        PortalClient staff = signedIn("minzheng.staff");
        String path = "/staff/eldercare/stats";
        HttpResponse<String> page = staff.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("按环节", "三家镇");

        HttpResponse<byte[]> download = staff.download(page, path, "stats", Map.of(), "download");

        assertThat(download.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet stages = workbook.getSheetAt(0);
            assertThat(stages.getRow(0).getCell(0).getStringCellValue()).isEqualTo("环节");
            Sheet towns = workbook.getSheetAt(1);
            Row sanjia = null;
            for (Row row : towns) {
                if ("三家镇".equals(row.getCell(0).getStringCellValue())) {
                    sanjia = row;
                }
            }
            assertThat(sanjia).isNotNull();
            assertThat((long) sanjia.getCell(4).getNumericCellValue()).isEqualTo(activeInSanjia);
            assertThat((long) sanjia.getCell(5).getNumericCellValue()).isEqualTo(subsidyInSanjia);
            StringBuilder all = new StringBuilder();
            for (Sheet sheet : workbook) {
                sheet.forEach(
                        row -> row.forEach(cell -> all.append(cell.toString()).append(' ')));
            }
            assertThat(all.toString()).doesNotContain("皇甫秀英", application.idNumber());
        }
        assertThat(Demo.count("select count(*) from audit_entry where action = 'CARE_STATISTICS_EXPORTED'"))
                .isPositive();
    }

    // ---- helpers ----

    private static PortalClient signedIn(String username) {
        PortalClient client = new PortalClient();
        client.signIn(username, Demo.PASSWORD);
        return client;
    }

    private static HttpResponse<String> makePlan(Approved application, long provider, String service) throws Exception {
        PortalClient staff = signedIn("minzheng.staff");
        String path = "/staff/eldercare/plan-new?application=" + application.id();
        HttpResponse<String> page = staff.get(path);
        return staff.submitOn(
                page,
                path,
                "plan",
                Map.of(
                        "provider_input", String.valueOf(provider),
                        "services", String.valueOf(option(service)),
                        "hours", "20",
                        "subsidy", "200",
                        "startMonth_input", YearMonth.now().plusMonths(1).toString()),
                "save");
    }

    /** A plan made through the page, with a fresh provider serving the whole town; returns its id. */
    private static long planFor(Approved application) throws Exception {
        long provider = insertProvider(SANJIA, true, "MEAL");
        HttpResponse<String> saved = makePlan(application, provider, "MEAL");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        return Demo.count("select id from care_plan where application_id = ?", application.id());
    }

    private static long option(String code) throws Exception {
        return Demo.count("select id from care_service_option where code = ?", code);
    }

    private static String stage(long applicationId) throws Exception {
        try (Connection c = TestServer.sql();
                PreparedStatement s = c.prepareStatement("select stage from care_application where id = ?")) {
            s.setLong(1, applicationId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static long insertProvider(String area, boolean active, String... services) throws Exception {
        String name = Demo.unique("测试机构");
        try (Connection c = TestServer.sql();
                PreparedStatement insert = c.prepareStatement(
                        "insert into care_provider (name, contact_person, contact_phone, active, version, created_at,"
                                + " updated_at) values (?, '李经理', '0825-6600000', ?, 0, now(3), now(3))",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setBoolean(2, active);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                Demo.execute("insert into care_provider_area (provider_id, place_code) values (?, ?)", id, area);
                for (String service : services) {
                    Demo.execute(
                            "insert into care_provider_service (provider_id, option_id) values (?, ?)",
                            id,
                            option(service));
                }
                return id;
            }
        }
    }

    /** An application the district approved (stage SERVICE_PLAN), with its ELDERCARE_APPLICATION matter. */
    static Approved insertApproved(String villageCode, String name) throws Exception {
        String number = "IT" + LocalDate.now().toString().replace("-", "") + "-"
                + String.format("%04d-%02d", RANDOM.nextInt(10_000), RANDOM.nextInt(100));
        String idNumber = idNumber();
        String phone = "1390000" + String.format("%04d", RANDOM.nextInt(10_000));
        long matter;
        try (Connection c = TestServer.sql();
                PreparedStatement insert = c.prepareStatement(
                        "insert into matter (tracking_number, type, subject, applicant_name, applicant_id_number,"
                                + " applicant_phone, village_code, channel, office_id, status, promised_days,"
                                + " submitted_at, due_date, overdue, version, created_at, updated_at)"
                                + " values (?, 'ELDERCARE_APPLICATION', '居家养老申请', ?, ?, ?, ?, 'KIOSK',"
                                + " (select id from office where code = 'D-MZ'), 'IN_PROGRESS', 40, now(3), ?, false, 0,"
                                + " now(3), now(3))",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, number);
            insert.setString(2, name);
            insert.setString(3, idNumber);
            insert.setString(4, phone);
            insert.setString(5, villageCode);
            insert.setObject(6, LocalDate.now().plusDays(20));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                matter = keys.getLong(1);
            }
        }
        try (Connection c = TestServer.sql();
                PreparedStatement insert = c.prepareStatement(
                        "insert into care_application (tracking_number, matter_id, village_code, town_code, elder_name,"
                                + " elder_id_number, elder_phone, address, health_notes, health_consent_at, applicant_name,"
                                + " applicant_relation, channel, eligible, stage, stage_due_on, grade, approved_on,"
                                + " decided_by, version, created_at, updated_at)"
                                + " values (?, ?, ?, ?, ?, ?, ?, '三门村4组', '高血压，行动不便', now(3), ?, 'SELF', 'KIOSK',"
                                + " true, 'SERVICE_PLAN', ?, 'MODERATELY_IMPAIRED', current_date, 'minzheng.staff', 0,"
                                + " now(3) - interval 30 day, now(3))",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, number);
            insert.setLong(2, matter);
            insert.setString(3, villageCode);
            insert.setString(4, villageCode.substring(0, 9));
            insert.setString(5, name);
            insert.setString(6, idNumber);
            insert.setString(7, phone);
            insert.setString(8, name);
            insert.setObject(9, LocalDate.now().plusDays(10));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                Demo.execute(
                        "insert into care_application_service (application_id, option_id) values (?, ?)",
                        id,
                        option("MEAL"));
                return new Approved(id, number, idNumber, phone);
            }
        }
    }

    /** A valid 18-digit ID number of someone born in 1940 (GB 11643 check digit). */
    private static String idNumber() {
        String body = "510904" + "1940" + String.format("%02d%02d", 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28))
                + String.format("%03d", RANDOM.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private interface Probe {
        long value() throws Exception;
    }

    private static long waitFor(Probe probe) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            long value = probe.value();
            if (value > 0) {
                return value;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("nothing happened within 40 s");
    }

    record Approved(long id, String trackingNumber, String idNumber, String phone) {}
}
