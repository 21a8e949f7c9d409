package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 居家养老 applications over HTTP: a helper files one for an elder of 三门村, the village checks and posts it, the town
 * verifies once the posting is over, the assessor grades it, the district approves or refuses; objections during the
 * posting become matters for the town; scope and the privacy of health notes. Each test makes its own application.
 */
@ExtendWith(TestServer.class)
class EldercareIT {

    private static final String SANMEN = "510904110201";

    // ---- the whole way ----

    @Test
    void anApplicationRunsFromFilingThroughPostingVerificationAssessmentAndApproval() throws Exception {
        Filed filed = fileByHelper(Demo.unique("张"), null);
        assertThat(Demo.count(
                        "select count(*) from care_application a join matter m on m.id = a.matter_id"
                                + " join office o on o.id = m.office_id where a.id = ? and a.stage = 'VILLAGE_CHECK'"
                                + " and m.type = 'ELDERCARE_APPLICATION' and m.tracking_number = a.tracking_number"
                                + " and o.code = 'TC-510904110' and a.channel = 'HELPER' and a.eligible = true"
                                + " and a.stage_due_on is not null",
                        filed.id))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from notification where template = 'eldercare.accepted' and recipient_phone = ?",
                        filed.phone))
                .as("the applicant is told at acceptance")
                .isEqualTo(1);
        HttpResponse<String> tracked = new PortalClient()
                .submit(
                        "/track",
                        "track",
                        Map.of("number", filed.trackingNumber, "lastFour", filed.phone.substring(7)),
                        "look");
        assertThat(tracked.body()).contains("id=\"trackedNumber\">" + filed.trackingNumber);

        // the village: home check, then the posting starts
        PortalClient clerk = signedIn("sanmen.clerk");
        homeCheck(clerk, filed.id);
        assertThat(stage(filed.id)).isEqualTo("TOWN_VERIFICATION");
        assertThat(Demo.count(
                        "select count(*) from care_application where id = ? and posting_starts_on = curdate()"
                                + " and posting_ends_on = date_add(curdate(), interval 6 day) and visited_by = '孙红梅'",
                        filed.id))
                .isEqualTo(1);

        // the town cannot verify while the posting runs: told why, nothing changes
        PortalClient town = signedIn("sanjia.staff");
        String path = "/staff/eldercare/application?id=" + filed.id;
        HttpResponse<String> early = town.submitOn(town.get(path), path, "care", Map.of(), "doVerify");
        assertThat(early.body()).contains("公示期到").contains("结束");
        assertThat(stage(filed.id)).isEqualTo("TOWN_VERIFICATION");

        // a week later
        endPosting(filed.id);
        HttpResponse<String> verified =
                town.submitOn(town.get(path), path, "care", Map.of("verifyNote", "公示无异议"), "doVerify");
        assertThat(verified.body()).contains("已审核");
        assertThat(stage(filed.id)).isEqualTo("ABILITY_ASSESSMENT");

        // the assessor (district-wide)
        PortalClient assessor = signedIn("assessor");
        HttpResponse<String> assessed = assessor.submitOn(
                assessor.get(path),
                path,
                "care",
                Map.of(
                        "assessorName", "吴评估",
                        "assessedOn_input", LocalDate.now().toString(),
                        "score_input", "58",
                        "score_hinput", "58",
                        "grade", "MODERATELY_IMPAIRED"),
                "doAssess");
        assertThat(assessed.body()).contains("已登记评估结果");
        assertThat(Demo.count(
                        "select count(*) from care_application where id = ? and stage = 'DISTRICT_APPROVAL'"
                                + " and grade = 'MODERATELY_IMPAIRED' and assessment_score = 58",
                        filed.id))
                .isEqualTo(1);

        // another district department may not decide, nor even open it
        assertThat(signedIn("xczx.staff").get(path).statusCode()).isIn(403, 404);

        // the district civil-affairs bureau approves; the applicant is told; /track shows it done
        PortalClient district = signedIn("minzheng.staff");
        HttpResponse<String> approved = district.submitOn(district.get(path), path, "care", Map.of(), "doApprove");
        assertThat(approved.body()).contains("已批准");
        assertThat(Demo.count(
                        "select count(*) from care_application a join matter m on m.id = a.matter_id where a.id = ?"
                                + " and a.stage = 'SERVICE_PLAN' and a.approved_on = curdate() and m.status = 'RESOLVED'",
                        filed.id))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from notification where template = 'eldercare.approved' and recipient_phone = ?",
                        filed.phone))
                .isEqualTo(1);
        assertThat(Demo.count("select count(*) from care_application_move where application_id = ?", filed.id))
                .as("every stage in the trail")
                .isEqualTo(4);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'ELDERCARE_STAGE_DONE' and object_id = ?"
                                + " and summary not like ?",
                        String.valueOf(filed.id),
                        "%" + filed.name + "%"))
                .isEqualTo(4);
        assertThat(district.get("/staff/eldercare/").body()).contains(filed.trackingNumber);
    }

    @Test
    void theDistrictRefusesOnlyWithAReasonAndTheApplicantIsTold() throws Exception {
        Filed filed = fileByHelper(Demo.unique("李"), null);
        Demo.execute("update care_application set stage = 'DISTRICT_APPROVAL' where id = ?", filed.id);
        PortalClient district = signedIn("minzheng.staff");
        String path = "/staff/eldercare/application?id=" + filed.id;

        // sending back needs a reason, and goes only backwards
        HttpResponse<String> backNoReason = district.submitOn(
                district.get(path), path, "care", Map.of("sendBackTo", "ABILITY_ASSESSMENT"), "doSendBack");
        assertThat(backNoReason.body()).contains("请填写理由");
        district.submitOn(
                district.get(path),
                path,
                "care",
                Map.of("sendBackTo", "ABILITY_ASSESSMENT", "sendBackReason", "评估表缺少签字"),
                "doSendBack");
        assertThat(Demo.count(
                        "select count(*) from care_application_move where application_id = ?"
                                + " and from_stage = 'DISTRICT_APPROVAL' and to_stage = 'ABILITY_ASSESSMENT'"
                                + " and reason = '评估表缺少签字' and actor = 'minzheng.staff'",
                        filed.id))
                .isEqualTo(1);
        assertThat(stage(filed.id)).isEqualTo("ABILITY_ASSESSMENT");
        Demo.execute("update care_application set stage = 'DISTRICT_APPROVAL' where id = ?", filed.id);

        HttpResponse<String> noReason =
                district.submitOn(district.get(path), path, "care", Map.of("refuseReason", " "), "doRefuse");
        assertThat(noReason.body()).contains("请填写理由");
        assertThat(stage(filed.id)).isEqualTo("DISTRICT_APPROVAL");

        String reason = "家庭人均收入高于低收入标准";
        district.submitOn(district.get(path), path, "care", Map.of("refuseReason", reason), "doRefuse");
        assertThat(Demo.count(
                        "select count(*) from care_application where id = ? and stage = 'REFUSED'"
                                + " and refused_reason = ? and refused_on = curdate()",
                        filed.id,
                        reason))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from notification where template = 'eldercare.refused'"
                                + " and recipient_phone = ? and params like ?",
                        filed.phone,
                        "%" + reason + "%"))
                .isEqualTo(1);
        assertThat(district.get(path).body())
                .doesNotContain("id=\"care:doApprove\"")
                .contains(reason);
    }

    // ---- the posting ----

    @Test
    void thePublicPostingShowsOnlyTheMaskedNameVillageAndServicesAndAnObjectionBecomesARoutedMatter() throws Exception {
        String name = "赵" + (char) (0x4E00 + Math.floorMod(System.nanoTime(), 5000)) + "华";
        Filed filed = fileByHelper(name, null);
        homeCheck(signedIn("sanmen.clerk"), filed.id);

        PortalClient reader = new PortalClient();
        HttpResponse<String> board = reader.get("/public/eldercare/village/" + SANMEN);
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("BIANMIN_SESSION"));
        assertThat(board.body())
                .contains("赵*华", "三门村", "助餐")
                .doesNotContain(name)
                .doesNotContain(filed.idNumber)
                .doesNotContain(filed.idNumber.substring(0, 6) + "********")
                .doesNotContain(filed.phone)
                .doesNotContain("三门村6组");
        assertThat(reader.get("/public/eldercare/village/510904999999").statusCode())
                .isEqualTo(404);

        // the objection: a name, a phone confirmed by a code, the text
        String objectPath = "/public/eldercare/object?id=" + filed.id;
        HttpResponse<String> form = reader.get(objectPath);
        assertThat(form.statusCode()).isEqualTo(200);
        String phone = "136" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String text = Demo.unique("该老人子女条件较好，不属于困难家庭");
        Map<String, String> fields = new HashMap<>();
        fields.put("key", match(form.body(), "name=\"obj:key\"[^>]*value=\"([^\"]+)\""));
        fields.put("name", "钱多多");
        fields.put("phone", phone);
        fields.put("text", text);
        HttpResponse<String> sent = reader.submitOn(form, objectPath, "obj", fields, "sendCode");
        fields.put("code", match(sent.body(), "id=\"demoCodeValue\">(\\d{6})<"));
        HttpResponse<String> done = reader.submitOn(sent, objectPath, "obj", fields, "submit");
        String number = match(done.body(), "id=\"trackingNumber\" class=\"b-receipt-number\">([A-Z0-9-]+)<");

        assertThat(Demo.count(
                        "select count(*) from matter m join office o on o.id = m.office_id"
                                + " join care_objection c on c.matter_id = m.id where m.tracking_number = ?"
                                + " and m.type = 'ELDERCARE_OBJECTION' and o.code = 'TC-510904110'"
                                + " and m.status = 'SUBMITTED' and m.applicant_phone = ? and c.application_id = ?"
                                + " and c.body = ?",
                        number,
                        phone,
                        filed.id,
                        text))
                .isEqualTo(1);
        assertThat(signedIn("sanjia.staff")
                        .get("/staff/eldercare/application?id=" + filed.id)
                        .body())
                .contains(number, text);
        assertThat(reader.get("/public/eldercare/village/" + SANMEN).body()).doesNotContain(text, "钱多多");

        // once verified it leaves the board and takes no more objections
        endPosting(filed.id);
        assertThat(reader.get("/public/eldercare/village/" + SANMEN).body()).doesNotContain(filed.trackingNumber);
        assertThat(reader.get(objectPath).statusCode()).isEqualTo(404);
    }

    // ---- scope and privacy ----

    @Test
    void aTownUserCannotOpenAnotherTownsApplications() throws Exception {
        Filed filed = fileByHelper(Demo.unique("孙"), null);
        PortalClient yufeng = signedIn("yufeng.staff");

        assertThat(yufeng.get("/staff/eldercare/application?id=" + filed.id).statusCode())
                .isEqualTo(404);
        assertThat(yufeng.get("/staff/eldercare/?all=true").body()).doesNotContain(filed.trackingNumber);
        assertThat(signedIn("sanjia.staff").get("/staff/eldercare/?all=true").body())
                .contains(filed.trackingNumber);
        assertThat(signedIn("jinji.clerk")
                        .get("/clerk/eldercare/application?id=" + filed.id)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void healthNotesNeedTheirOwnConsentAreShownOnlyToThoseProcessingAndEachViewIsAudited() throws Exception {
        String notes = Demo.unique("脑梗后遗症，左手无力");

        // without the consent: told, nothing filed, the notes stay in the form
        PortalClient helper = signedIn("sanmen.helper");
        String name = Demo.unique("周");
        Map<String, String> fields = applicationFields(name, idNumber(1950), phone());
        fields.put("healthNotes", notes);
        HttpResponse<String> refused = helper.submit("/clerk/eldercare/apply", "f", fields, "submit");
        assertThat(refused.body()).contains("请先勾选同意").contains(notes);
        assertThat(Demo.count("select count(*) from care_application where elder_name = ?", name))
                .isZero();

        Filed filed = fileByHelper(Demo.unique("吴"), notes);
        assertThat(Demo.count(
                        "select count(*) from care_application where id = ? and health_notes = ?"
                                + " and health_consent_at is not null",
                        filed.id,
                        notes))
                .isEqualTo(1);

        String path = "/staff/eldercare/application?id=" + filed.id;
        PortalClient town = signedIn("sanjia.staff");
        HttpResponse<String> page = town.get(path);
        assertThat(page.body()).doesNotContain(notes).contains("revealHealth");
        long views = Demo.count(
                "select count(*) from audit_entry where action = 'ELDERCARE_HEALTH_VIEWED' and object_id = ?",
                String.valueOf(filed.id));
        HttpResponse<String> revealed = town.submitOn(page, path, "care", Map.of(), "revealHealth");
        assertThat(revealed.body()).contains(notes);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'ELDERCARE_HEALTH_VIEWED' and object_id = ?"
                                + " and actor_name = 'sanjia.staff' and summary not like ?",
                        String.valueOf(filed.id),
                        "%" + notes.substring(0, 4) + "%"))
                .isEqualTo(views + 1);

        // roles that do not process applications: no page at all
        assertThat(signedIn("sanjia.leader").get(path).statusCode()).isIn(403, 404);
        assertThat(signedIn("sanmen.helper")
                        .get("/clerk/eldercare/application?id=" + filed.id)
                        .statusCode())
                .isIn(403, 404);
        // never in messages or the public board
        assertThat(Demo.count("select count(*) from notification where params like ?", "%" + notes + "%"))
                .isZero();
        assertThat(new PortalClient().get("/public/eldercare/village/" + SANMEN).body())
                .doesNotContain(notes);
    }

    @Test
    void anElderUnderTheMinimumAgeOrWithABadIdNumberIsToldAndNothingIsLost() throws Exception {
        PortalClient helper = signedIn("sanmen.helper");
        String name = Demo.unique("郑");
        Map<String, String> young =
                applicationFields(name, idNumber(LocalDate.now().getYear() - 55), phone());
        HttpResponse<String> tooYoung = helper.submit("/clerk/eldercare/apply", "f", young, "submit");
        assertThat(tooYoung.body()).contains("须年满60周岁").contains(name);

        String valid = idNumber(1940);
        String wrongCheckDigit = valid.substring(0, 17) + (valid.endsWith("0") ? "1" : "0");
        Map<String, String> badId = applicationFields(name, wrongCheckDigit, phone());
        HttpResponse<String> wrong = helper.submit("/clerk/eldercare/apply", "f", badId, "submit");
        assertThat(wrong.body()).contains("请填写正确的18位身份证号码").contains(name);
        assertThat(Demo.count("select count(*) from care_application where elder_name = ?", name))
                .isZero();
    }

    @Test
    void aSecondApplicationForAnElderStillInProcessIsRefusedAndTheFormKept() throws Exception {
        Filed first = fileByHelper(Demo.unique("钱"), null);
        PortalClient helper = signedIn("sanmen.helper");
        String again = Demo.unique("钱");

        HttpResponse<String> twice = helper.submit(
                "/clerk/eldercare/apply", "f", applicationFields(again, first.idNumber(), phone()), "submit");

        assertThat(twice.body()).contains("已有一份正在办理的居家养老申请").contains(again);
        assertThat(Demo.count("select count(*) from care_application where elder_id_number = ?", first.idNumber()))
                .isEqualTo(1);
    }

    // ---- administration ----

    @Test
    void theAdministratorAddsAndSwitchesOffServicesAndKeepsTheRules() throws Exception {
        PortalClient admin = signedIn("admin");
        String path = "/admin/eldercare/settings";
        String code = "T" + Demo.unique("").toUpperCase(java.util.Locale.ROOT);

        admin.submitOn(
                admin.get(path),
                path,
                "options",
                Map.of("newCode", code, "newZh", "测试服务", "newEn", "Test service"),
                "addOption");
        assertThat(Demo.count("select count(*) from care_service_option where code = ? and active = true", code))
                .isEqualTo(1);
        assertThat(signedIn("sanmen.helper").get("/clerk/eldercare/apply").body())
                .contains("测试服务");

        // switched off (the new one is the table's last row): it leaves the form, the row stays
        HttpResponse<String> page = admin.get(path);
        int row = (int) Demo.count("select count(*) from care_service_option") - 1;
        HttpResponse<String> switchedOff = admin.submitOn(
                page,
                path,
                "options",
                Map.of("optionTable:" + row + ":zh", "测试服务停用", "optionTable:" + row + ":en", "Test off"),
                "optionTable:" + row + ":saveOption");
        assertThat(Demo.count(
                        "select count(*) from care_service_option where code = ? and active = false"
                                + " and name_zh = '测试服务停用'",
                        code))
                .as(switchedOff.body())
                .isEqualTo(1);
        assertThat(signedIn("sanmen.helper").get("/clerk/eldercare/apply").body())
                .doesNotContain("测试服务");

        // a rule, kept switched off so the other tests see the demo rules only
        Map<String, String> rule = new HashMap<>();
        rule.put("ruleCode", code);
        rule.put("ruleAge_input", "85");
        rule.put("ruleAge_hinput", "85");
        rule.put("needs", "LIVES_ALONE");
        admin.submitOn(admin.get(path), path, "rules", rule, "saveRule");
        assertThat(Demo.count(
                        "select count(*) from care_eligibility_rule where code = ? and minimum_age = 85"
                                + " and needs = 'LIVES_ALONE' and hardships = '' and active = false",
                        code))
                .isEqualTo(1);
        rule.put("ruleAge_input", "50");
        rule.put("ruleAge_hinput", "50");
        rule.put("ruleCode", code + "X");
        HttpResponse<String> tooYoung = admin.submitOn(admin.get(path), path, "rules", rule, "saveRule");
        assertThat(tooYoung.body()).contains("60到120岁");
        assertThat(Demo.count("select count(*) from care_eligibility_rule where code = ?", code + "X"))
                .isZero();
        assertThat(signedIn("sanjia.staff").get(path).statusCode()).isEqualTo(403);
    }

    // ---- helpers ----

    private record Filed(long id, String trackingNumber, String name, String idNumber, String phone) {}

    /** A helper of 三门村 files an application for an 86-year-old on 低保 wanting meal help. */
    private static Filed fileByHelper(String name, String healthNotes) throws SQLException {
        PortalClient helper = signedIn("sanmen.helper");
        String id = idNumber(1940);
        String phone = phone();
        Map<String, String> fields = applicationFields(name, id, phone);
        if (healthNotes != null) {
            fields.put("healthConsent", "on");
            fields.put("healthNotes", healthNotes);
        }
        HttpResponse<String> posted = helper.submit("/clerk/eldercare/apply", "f", fields, "submit");
        assertThat(posted.statusCode()).as(posted.body()).isIn(302, 303);
        HttpResponse<String> receipt = helper.get(java.net
                .URI
                .create(posted.headers().firstValue("Location").orElseThrow())
                .getRawPath());
        String number = match(receipt.body(), "id=\"trackingNumber\" class=\"b-receipt-number\">([A-Z0-9-]+)<");
        assertThat(receipt.body()).contains("data:image/png;base64,").doesNotContain(id);
        long applicationId = Demo.count("select id from care_application where tracking_number = ?", number);
        return new Filed(applicationId, number, name, id, phone);
    }

    private static Map<String, String> applicationFields(String name, String id, String phone) {
        Map<String, String> fields = new HashMap<>();
        fields.put("elderName", name);
        fields.put("idNumber", id);
        fields.put("elderPhone", phone);
        fields.put("address", "三门村6组8号");
        fields.put("situations", "MINIMUM_LIVING_ALLOWANCE");
        fields.put("applicantRelation", "CHILD");
        fields.put("applicantName", "测试家属");
        fields.put("guardianName", "测试家属");
        fields.put("guardianPhone", "13900001111");
        fields.put("guardianRelation", "CHILD");
        fields.put("services", serviceId("MEAL"));
        return fields;
    }

    private static String serviceId(String code) {
        try {
            return String.valueOf(Demo.count("select id from care_service_option where code = ?", code));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void homeCheck(PortalClient clerk, long id) {
        String path = "/clerk/eldercare/application?id=" + id;
        HttpResponse<String> done = clerk.submitOn(
                clerk.get(path),
                path,
                "care",
                Map.of(
                        "visitedOn_input", LocalDate.now().toString(),
                        "visitedBy", "孙红梅",
                        "findings", "独居，子女在外务工，生活基本能自理"),
                "doHomeCheck");
        assertThat(done.body()).contains("已登记入户核查");
    }

    /** As if the week of posting had passed. */
    private static void endPosting(long id) throws SQLException {
        Demo.execute(
                "update care_application set posting_starts_on = date_sub(curdate(), interval 8 day),"
                        + " posting_ends_on = date_sub(curdate(), interval 1 day) where id = ?",
                id);
    }

    private static String stage(long id) throws SQLException {
        for (String s : new String[] {
            "VILLAGE_CHECK", "TOWN_VERIFICATION", "ABILITY_ASSESSMENT", "DISTRICT_APPROVAL", "SERVICE_PLAN", "REFUSED"
        }) {
            if (Demo.count("select count(*) from care_application where id = ? and stage = ?", id, s) == 1) {
                return s;
            }
        }
        return "?";
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_ELDER =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(2800));

    /**
     * A valid, invented ID number of 三门村's county, born in March of that year, female; different on every call (up
     * to 2,800 per year), since an elder may have only one application in process.
     */
    static String idNumber(int year) {
        int n = Math.floorMod(NEXT_ELDER.getAndIncrement(), 2800);
        String body = "510904" + year + "03" + String.format("%02d%02d", 1 + n / 100, n % 100) + "2";
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String phone() {
        return "135" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }

    private static PortalClient signedIn(String username) {
        PortalClient client = new PortalClient();
        client.signIn(username, Demo.PASSWORD);
        return client;
    }

    private static String match(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1);
    }
}
