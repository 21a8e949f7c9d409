package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rights-and-responsibilities list over HTTP: reading without a session or personal data, anonymous and named
 * feedback (a phone code, a routed matter whose answer becomes public), a new version that adopts feedback and shows
 * the trace, moderation, floods, and who may keep the list. Every test works on whatever version is in force when it
 * runs, so the tests may run in any order; versions only move forward.
 */
@ExtendWith(TestServer.class)
class RightsIT {

    /** 三门村 (三家镇): its kiosk's feedback counts for 三家镇. */
    private static final String SANMEN = "510904110201";

    private static final String SANJIA = "510904110";

    /** Items the demo list has in every version (the tests change them, never remove them). */
    private static final String CLEAN = "KEEP03";

    private static final String PLANNING = "PLAN01";
    private static final String SUPERVISION = "SUP01";

    private static final Pattern HIDDEN = Pattern.compile("name=\"(fb:[a-z]+)\" value=\"([^\"]*)\"");

    // ---- reading ----

    @Test
    void theListIsReadByStageWithRightsAndResponsibilitiesApartWithoutASessionOrPersonalData() throws Exception {
        for (String path : List.of(
                "/public/rights",
                "/public/rights/item?key=" + CLEAN,
                "/public/rights/changes",
                "/public/rights/feedback?item=" + CLEAN + "&type=SUGGEST")) {
            HttpResponse<String> page = new PortalClient().get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie"))
                    .as("%s creates no session", path)
                    .noneMatch(c -> c.startsWith("BIANMIN_SESSION"));
            assertNoPersonalData(page.body(), path);
        }
        String list = new PortalClient().get("/public/rights").body();
        assertThat(list)
                .contains("我的权利", "我的责任", ">规划<", ">建设<", ">管护<", ">监督<")
                .contains("data-key=\"" + CLEAN + "\"")
                .contains("b-kind-right", "b-kind-duty");
        assertThat(new PortalClient().get("/public/rights/item?key=NOSUCHITEM").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theKioskShowsTheSameListInLargeTypeAndKeepsNothing() throws Exception {
        PortalClient kiosk = Kiosks.client(SANMEN);

        HttpResponse<String> page = kiosk.get("/kiosk/rights");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("b-kiosk", "我的权利", "data-key=\"" + CLEAN + "\"");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(kiosk.get("/kiosk/rights/item?key=" + CLEAN).body()).contains("/kiosk/rights/feedback");
        assertThat(new PortalClient().get("/kiosk/rights").statusCode())
                .as("only an enrolled kiosk")
                .isEqualTo(303);
    }

    // ---- feedback ----

    @Test
    void anonymousFeedbackAtAKioskIsStoredOnceWithNoPersonalDataAndCountsForTheKiosksTown() throws Exception {
        PortalClient kiosk = Kiosks.client(SANMEN);
        String text = Demo.unique("建议写明每周几收垃圾");
        HttpResponse<String> form = kiosk.get(feedbackPath("/kiosk", CLEAN, "SUGGEST"));
        Map<String, String> fields = fields(form, "SUGGEST", text);

        HttpResponse<String> done =
                kiosk.submitOn(form, feedbackPath("/kiosk", CLEAN, "SUGGEST"), "fb", fields, "submit");
        HttpResponse<String> replay =
                kiosk.submitOn(form, feedbackPath("/kiosk", CLEAN, "SUGGEST"), "fb", fields, "submit");

        assertThat(done.body()).contains("谢谢！您的意见已经收到。").doesNotContain("trackingNumber");
        assertThat(replay.body()).contains("谢谢！您的意见已经收到。");
        assertThat(Demo.count(
                        "select count(*) from rights_feedback where body = ? and named = false and author_name is null"
                                + " and author_phone is null and village_code is null and matter_id is null"
                                + " and town_code = ? and channel = 'KIOSK' and type = 'SUGGEST'",
                        text,
                        SANJIA))
                .as("one row, and nothing personal in it")
                .isEqualTo(1);
        assertThat(Demo.count("select count(*) from audit_entry where summary like ?", "%" + text + "%"))
                .isZero();
        assertThat(new PortalClient().get("/public/rights/item?key=" + CLEAN).body())
                .contains(text);
    }

    @Test
    void badFeedbackGetsAClearMessageAndStoresNothing() throws Exception {
        PortalClient kiosk = Kiosks.client(SANMEN);
        String path = feedbackPath("/kiosk", CLEAN, "OBJECT");
        long before = Demo.count("select count(*) from rights_feedback");

        HttpResponse<String> empty =
                kiosk.submitOn(kiosk.get(path), path, "fb", fields(kiosk.get(path), "OBJECT", " "), "submit");
        HttpResponse<String> long_ =
                kiosk.submit(path, "fb", fields(kiosk.get(path), "OBJECT", "长".repeat(501)), "submit");
        HttpResponse<String> noType = kiosk.submit(path, "fb", fields(kiosk.get(path), null, "没有选类型"), "submit");

        assertThat(empty.body()).contains("请写下您的意见");
        assertThat(long_.body()).contains("意见最多 500 个字");
        assertThat(noType.body()).contains("请选择您的意见");
        assertThat(Demo.count("select count(*) from rights_feedback")).isEqualTo(before);
    }

    @Test
    void aNamedObjectionNeedsThePhoneCodeBecomesARoutedMatterAndItsAnswerIsShownPublicly() throws Exception {
        PortalClient person = new PortalClient();
        String name = Demo.unique("实名村民");
        String phone = uniquePhone();
        String text = Demo.unique("反对把路灯管护交给村民");
        String path = feedbackPath("/public", SUPERVISION, "OBJECT");
        HttpResponse<String> form = person.get(path);
        Map<String, String> fields = fields(form, "OBJECT", text);
        fields.put("identity", "NAMED");
        fields.put("name", name);
        fields.put("phone", phone);
        fields.put("village", SANMEN);

        // the code goes to the outbox; in demo mode (as in these tests) the page shows it too
        HttpResponse<String> sent = person.submitOn(form, path, "fb", fields, "sendCode");
        String code = match(sent.body(), "id=\"demoCodeValue\">(\\d{6})<");
        assertThat(sent.body()).contains("验证码已发送到 " + phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(Demo.count(
                        "select count(*) from notification where template = 'phone.code' and recipient_phone = ?",
                        phone))
                .isEqualTo(1);
        assertThat(Demo.count("select count(*) from phone_code where phone = ? and code_hash <> ?", phone, code))
                .as("only a hash of the code is kept")
                .isEqualTo(1);

        // a wrong code: told so, nothing stored, the try counted
        fields.putAll(hiddenFields(sent));
        fields.put("code", code.equals("000000") ? "111111" : "000000");
        HttpResponse<String> wrong = person.submitOn(sent, path, "fb", fields, "submit");
        assertThat(wrong.body()).contains("验证码不对，还可以再试 4 次");
        assertThat(Demo.count("select count(*) from rights_feedback where body = ?", text))
                .isZero();
        assertThat(Demo.count("select count(*) from matter where applicant_phone = ?", phone))
                .isZero();
        assertThat(Demo.count("select attempts from phone_code where phone = ?", phone))
                .isEqualTo(1);

        // the right code: a matter for 区乡村振兴局, by the dispatch catalogue
        fields.put("code", code);
        HttpResponse<String> done = person.submitOn(wrong, path, "fb", fields, "submit");
        String number = match(done.body(), "id=\"trackingNumber\" class=\"b-receipt-number\">([A-Z0-9-]+)<");
        assertThat(done.body()).contains("区乡村振兴局", "15 个工作日内");
        assertThat(Demo.count(
                        "select count(*) from matter m join office o on o.id = m.office_id"
                                + " join rights_feedback f on f.matter_id = m.id"
                                + " where m.tracking_number = ? and m.type = 'RIGHTS_FEEDBACK' and m.channel = 'WEB'"
                                + " and o.code = 'D-XCZX' and m.status = 'SUBMITTED' and m.promised_days = 15"
                                + " and m.applicant_name = ? and m.applicant_phone = ? and m.village_code = ?"
                                + " and f.body = ? and f.type = 'OBJECT' and f.named = true and f.town_code = ?",
                        number,
                        name,
                        phone,
                        SANMEN,
                        text,
                        SANJIA))
                .isEqualTo(1);
        assertThat(Demo.count("select count(*) from phone_code where phone = ? and consumed_at is not null", phone))
                .isEqualTo(1);
        assertNoPersonalData(done.body(), "the thanks page", name, phone);

        // the office answers through the matter; the reply is the public answer and the person is told
        PortalClient staff = signedIn("xczx.staff");
        long matterId = Demo.count("select id from matter where tracking_number = ?", number);
        String matterPath = "/staff/matter?id=" + matterId;
        assertThat(staff.get(matterPath).body()).contains(text, "权责清单意见", "公开显示");
        act(staff, matterPath, "ACCEPT", null);
        String reply = Demo.unique("路灯由村集体统一管护，村民发现损坏及时报修即可。");
        act(staff, matterPath, "RESOLVE", reply);

        assertThat(Demo.count(
                        "select count(*) from rights_feedback f join matter m on m.id = f.matter_id"
                                + " where m.tracking_number = ? and m.status = 'RESOLVED' and f.answer = ?"
                                + " and f.answered_by = 'xczx.staff'",
                        number,
                        reply))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from notification where template = 'matter.resolved' and recipient_phone = ?"
                                + " and reference = ?",
                        phone,
                        number))
                .isEqualTo(1);
        String item =
                new PortalClient().get("/public/rights/item?key=" + SUPERVISION).body();
        assertThat(item).contains(text, reply, "实名");
        assertNoPersonalData(item, "the item page", name, phone);
        String list = new PortalClient().get("/public/rights").body();
        assertThat(list).contains(reply);
        assertNoPersonalData(list, "the list", name, phone);
    }

    @Test
    void aNewVersionTakesUpFeedbackSupersedesTheOneBeforeAndShowsTheTrace() throws Exception {
        // feedback on the version in force
        PortalClient kiosk = Kiosks.client(SANMEN);
        String suggestion = Demo.unique("建议写明垃圾收运时间");
        String path = feedbackPath("/kiosk", CLEAN, "SUGGEST");
        HttpResponse<String> form = kiosk.get(path);
        HttpResponse<String> staleForm = kiosk.get(path);
        Map<String, String> staleFields = fields(staleForm, "SUGGEST", Demo.unique("旧版本上的意见"));
        assertThat(kiosk.submitOn(form, path, "fb", fields(form, "SUGGEST", suggestion), "submit")
                        .body())
                .contains("谢谢");
        long feedbackId = Demo.count("select id from rights_feedback where body = ?", suggestion);
        int before = (int) Demo.count("select number from rights_list_version where status = 'PUBLISHED'");

        // the office starts the next version, changes the item taking the suggestion up, and publishes it
        PortalClient staff = signedIn("xczx.staff");
        HttpResponse<String> index = staff.get("/staff/rights/");
        staff.submitOn(index, "/staff/rights/", "versions", Map.of(), "newDraft");
        long draftId = Demo.count("select id from rights_list_version where status = 'DRAFT'");
        int next = (int) Demo.count("select number from rights_list_version where id = ?", draftId);
        assertThat(next).isGreaterThan(before);
        String versionPath = "/staff/rights/version?id=" + draftId;
        HttpResponse<String> page = staff.get(versionPath);
        assertThat(page.body()).contains("[" + CLEAN + "]").contains(suggestion);
        String newBody = "参加“七清一扫”村庄清洁行动，生活垃圾分类投放，每周二、周五早上八点前把垃圾放到收集点，做到房前屋后“六净六顺”。" + Demo.unique("");
        String title = match(page.body(), "<input id=\"v:title\"[^>]*value=\"([^\"]*)\"");
        HttpResponse<String> editing = staff.submitOn(
                page,
                versionPath,
                "v",
                Map.of("title", title, "note", "根据群众意见写明垃圾收运时间。"),
                "items:" + rowOf(page.body(), CLEAN) + ":edit");
        Map<String, String> item = new LinkedHashMap<>();
        item.put("kind_input", "RESPONSIBILITY");
        item.put("stage_input", String.valueOf(Demo.count("select id from rights_stage where code = 'UPKEEP'")));
        item.put("itemTitle", "保持房前屋后干净");
        item.put("body", newBody);
        item.put("basis", "《遂宁市安居区乡村建设行动工作方案》二（三）");
        item.put("adopted", String.valueOf(feedbackId));
        assertThat(staff.submitOn(editing, versionPath, "item", item, "save").body())
                .contains("条目已保存");
        HttpResponse<String> published = staff.submitOn(
                staff.get(versionPath), versionPath, "v", Map.of("title", title, "note", "根据群众意见写明垃圾收运时间。"), "publish");
        assertThat(published.body()).contains("已发布");

        // one version in force, the one before superseded; the feedback is marked as taken up
        assertThat(Demo.count("select count(*) from rights_list_version where status = 'PUBLISHED'"))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from rights_list_version where number = ? and status = 'SUPERSEDED'"
                                + " and superseded_at is not null",
                        before))
                .isEqualTo(1);
        assertThat(Demo.count("select adopted_version_number from rights_feedback where id = ?", feedbackId))
                .isEqualTo(next);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'RIGHTS_VERSION_PUBLISHED' and summary like ?",
                        "v" + next + " supersedes v" + before + "%"))
                .isEqualTo(1);

        // the public sees what changed, side by side, with the feedback the item took up
        String changes =
                new PortalClient().get("/public/rights/changes?v=" + next).body();
        assertThat(changes).contains("data-key=\"" + CLEAN + "\" data-change=\"CHANGED\"");
        String row = changes.substring(changes.indexOf("data-key=\"" + CLEAN + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<ins class=\"b-ins\">", "data-trace=\"" + CLEAN + "\"", suggestion);
        assertThat(new PortalClient().get("/public/rights/item?key=" + CLEAN).body())
                .contains(newBody, "已被第 " + next + " 版采纳");
        assertNoPersonalData(changes, "the changes page");

        // the old form now refers to a superseded version: refused, nothing stored
        HttpResponse<String> stale = kiosk.submitOn(staleForm, path, "fb", staleFields, "submit");
        assertThat(stale.body()).contains("已被新版本代替");
        assertThat(Demo.count("select count(*) from rights_feedback where body = ?", staleFields.get("text")))
                .isZero();
    }

    @Test
    void abusiveFeedbackIsHiddenWithAReasonAuditedAndNeverEdited() throws Exception {
        PortalClient kiosk = Kiosks.client(SANMEN);
        String abuse = Demo.unique("加微信领红包");
        String path = feedbackPath("/kiosk", PLANNING, "OBJECT");
        HttpResponse<String> form = kiosk.get(path);
        kiosk.submitOn(form, path, "fb", fields(form, "OBJECT", abuse), "submit");
        long id = Demo.count("select id from rights_feedback where body = ?", abuse);
        assertThat(new PortalClient().get("/public/rights/item?key=" + PLANNING).body())
                .contains(abuse);

        PortalClient staff = signedIn("xczx.staff");
        HttpResponse<String> list = staff.get("/staff/rights/feedback");
        int row = rowOfFeedback(list.body(), id);
        HttpResponse<String> chosen =
                staff.submitOn(list, "/staff/rights/feedback", "f", Map.of(), "rows:" + row + ":hide");
        HttpResponse<String> hidden =
                staff.submitOn(chosen, "/staff/rights/feedback", "hideForm", Map.of("reason", "广告，与清单无关"), "save");
        assertThat(hidden.body()).contains("已屏蔽");

        assertThat(Demo.count(
                        "select count(*) from rights_feedback where id = ? and hidden = true and body = ?"
                                + " and hidden_reason = '广告，与清单无关' and hidden_by = 'xczx.staff'",
                        id,
                        abuse))
                .as("hidden with its reason, its words untouched")
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'RIGHTS_FEEDBACK_HIDDEN' and object_id = ?"
                                + " and actor_name = 'xczx.staff' and summary like '%广告，与清单无关%'",
                        String.valueOf(id)))
                .isEqualTo(1);
        assertThat(new PortalClient().get("/public/rights/item?key=" + PLANNING).body())
                .doesNotContain(abuse);
    }

    @Test
    void theOfficeAnswersAnonymousFeedbackOnceAndTheAnswerIsPublic() throws Exception {
        PortalClient kiosk = Kiosks.client(SANMEN);
        String question = Demo.unique("规划图在哪里能看到？");
        String path = feedbackPath("/kiosk", PLANNING, "ASK");
        HttpResponse<String> form = kiosk.get(path);
        kiosk.submitOn(form, path, "fb", fields(form, "ASK", question), "submit");
        long id = Demo.count("select id from rights_feedback where body = ?", question);

        PortalClient staff = signedIn("xczx.staff");
        HttpResponse<String> list = staff.get("/staff/rights/feedback");
        int row = rowOfFeedback(list.body(), id);
        String answer = Demo.unique("规划图张贴在村委会和便民服务室，也可以在自助终端查看。");
        HttpResponse<String> chosen =
                staff.submitOn(list, "/staff/rights/feedback", "f", Map.of(), "rows:" + row + ":answer");
        HttpResponse<String> answered =
                staff.submitOn(chosen, "/staff/rights/feedback", "answerForm", Map.of("answer", answer), "save");
        assertThat(answered.body()).contains("已答复");

        assertThat(Demo.count(
                        "select count(*) from rights_feedback where id = ? and answer = ? and answered_by = 'xczx.staff'"
                                + " and matter_id is null",
                        id,
                        answer))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'RIGHTS_FEEDBACK_ANSWERED' and object_id = ?",
                        String.valueOf(id)))
                .isEqualTo(1);
        assertThat(new PortalClient().get("/public/rights/item?key=" + PLANNING).body())
                .contains(question, answer);
        // answered once: a second answer from a page opened before is refused
        HttpResponse<String> again =
                staff.submitOn(chosen, "/staff/rights/feedback", "answerForm", Map.of("answer", "再答一次"), "save");
        assertThat(again.body()).containsAnyOf("已经答复过了", "已被其他人修改");
        assertThat(Demo.count("select count(*) from rights_feedback where id = ? and answer = ?", id, answer))
                .isEqualTo(1);
    }

    @Test
    void aFloodFromOneKioskIsStoppedAndTheRestStoresNothing() throws Exception {
        PortalClient kiosk = Kiosks.client(SANMEN);
        String path = feedbackPath("/kiosk", PLANNING, "AGREE");
        String refused = null;
        int stored = 0;
        for (int i = 0; i < 61; i++) {
            HttpResponse<String> form = kiosk.get(path);
            HttpResponse<String> answer = kiosk.submitOn(form, path, "fb", fields(form, "AGREE", null), "submit");
            if (answer.body().contains("谢谢")) {
                stored++;
            } else {
                refused = answer.body();
                break;
            }
        }
        assertThat(stored).isEqualTo(60);
        assertThat(refused).contains("提交意见太频繁");
        assertThat(Kiosks.client(SANMEN)
                        .submit(path, "fb", fields(kiosk.get(path), "AGREE", null), "submit")
                        .body())
                .as("another kiosk is not held up")
                .contains("谢谢");
    }

    // ---- the office ----

    @Test
    void onlyTheOwningOfficeKeepsTheList() throws Exception {
        assertThat(signedIn("xczx.staff").get("/staff/rights/").statusCode()).isEqualTo(200);
        for (String other : List.of("minzheng.staff", "sanjia.staff")) {
            PortalClient client = signedIn(other);
            assertThat(client.get("/staff/rights/").statusCode()).as(other).isEqualTo(403);
            assertThat(client.get("/staff/rights/feedback").statusCode())
                    .as(other)
                    .isEqualTo(403);
            assertThat(client.get("/staff/").body())
                    .as("no menu entry for " + other)
                    .doesNotContain("/staff/rights");
        }
        assertThat(signedIn("xczx.staff").get("/staff/").body()).contains("/staff/rights");
        assertThat(new PortalClient().get("/staff/rights/").statusCode()).isEqualTo(302);
    }

    @Test
    void statisticsPerItemAndTownAndTheirExcelExport() throws Exception {
        long versionId = Demo.count("select id from rights_list_version where status = 'PUBLISHED'");
        PortalClient staff = signedIn("xczx.staff");
        String statsPath = "/staff/rights/stats?id=" + versionId;
        HttpResponse<String> page = staff.get(statsPath);
        assertThat(page.body()).contains("按条目", "按镇（街道）", "答复率");

        HttpResponse<byte[]> download = staff.download(page, statsPath, "stats", Map.of(), "download");

        assertThat(download.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(4).getStringCellValue())
                    .isEqualTo("赞同");
            int items = (int) Demo.count("select count(*) from rights_list_item where version_id = ?", versionId);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(items + 1);
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("镇（街道）");
        }
    }

    // ---- helpers ----

    private static String feedbackPath(String audience, String item, String type) {
        return audience + "/rights/feedback?item=" + item + "&type=" + type;
    }

    /** The feedback form's fields: the hidden version and key from the page, the type and the text. */
    private static Map<String, String> fields(HttpResponse<String> form, String type, String text) {
        Map<String, String> fields = new HashMap<>(hiddenFields(form));
        if (type != null) {
            fields.put("type", type);
        }
        fields.put("text", text == null ? "" : text);
        fields.put("identity", "ANONYMOUS");
        return fields;
    }

    private static Map<String, String> hiddenFields(HttpResponse<String> page) {
        Map<String, String> hidden = new HashMap<>();
        Matcher matcher = HIDDEN.matcher(page.body());
        while (matcher.find()) {
            if (matcher.group(1).equals("fb:version") || matcher.group(1).equals("fb:key")) {
                hidden.put(matcher.group(1).substring(3), matcher.group(2));
            }
        }
        assertThat(hidden).as("the form's version and key").containsKeys("version", "key");
        return hidden;
    }

    /** The row of a piece of feedback in the office's feedback list (newest first: a new one is on the first page). */
    private static int rowOfFeedback(String page, long id) {
        Matcher rows = Pattern.compile("data-feedback=\"(\\d+)\"").matcher(page);
        for (int row = 0; rows.find(); row++) {
            if (rows.group(1).equals(String.valueOf(id))) {
                return row;
            }
        }
        throw new AssertionError("feedback " + id + " is not on the first page of the office's list");
    }

    /** The row of an item in the version page's items table. */
    private static int rowOf(String page, String key) {
        Matcher keys = Pattern.compile("class=\"b-item-title\" data-key=\"([A-Z0-9]+)\"")
                .matcher(page);
        for (int row = 0; keys.find(); row++) {
            if (keys.group(1).equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no item " + key + " on the version page");
    }

    /** A workflow action on /staff/matter: its button opens the dialog, the dialog confirms. */
    private static void act(PortalClient staff, String path, String action, String text) {
        HttpResponse<String> page = staff.get(path);
        String button =
                match(page.body(), "<button id=\"matter:([^\"]+)\"[^>]*class=\"[^\"]*b-action-" + action + "\\b");
        HttpResponse<String> dialog = staff.submitOn(page, path, "matter", Map.of(), button);
        HttpResponse<String> done =
                staff.submitOn(dialog, path, "action", text == null ? Map.of() : Map.of("text", text), "confirm");
        assertThat(done.statusCode()).isEqualTo(200);
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

    private static String uniquePhone() {
        return "137" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }

    /**
     * Public pages never name anyone who gave feedback: not the demo authors, not the one a test just made, neither
     * whole nor masked.
     */
    private static void assertNoPersonalData(String page, String where, String... more) throws SQLException {
        try (Connection c = TestServer.sql();
                PreparedStatement authors =
                        c.prepareStatement("select author_name, author_phone from rights_feedback where named = true");
                ResultSet rows = authors.executeQuery()) {
            while (rows.next()) {
                assertPersonalDataAbsent(page, where, rows.getString(1), rows.getString(2));
            }
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            assertPersonalDataAbsent(page, where, more[i], more[i + 1]);
        }
    }

    private static void assertPersonalDataAbsent(String page, String where, String name, String phone) {
        assertThat(page)
                .as("%s shows nobody's name or phone", where)
                .doesNotContain(name)
                .doesNotContain(phone)
                .doesNotContain(phone.substring(0, 3) + "****" + phone.substring(7));
    }
}
