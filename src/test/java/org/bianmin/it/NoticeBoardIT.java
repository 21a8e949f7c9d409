package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public notice board over HTTP: listing, filtering and searching; a notice with its counts and nothing personal;
 * no session and proper cache headers; an objection that needs the phone code, becomes a matter of the village's town
 * office and whose answer appears on the notice; an objection after the period refused with nothing lost; the kiosk
 * board. Every test makes its own notices with unique titles.
 */
@ExtendWith(TestServer.class)
class NoticeBoardIT {

    /** 三门村 of 三家镇, whose town office is 三家镇便民服务中心 (TC-510904110). */
    private static final String SANMEN = "510904110201";

    private static final String SANJIA = "510904110";

    /** 金鸡村 of 玉丰镇. */
    private static final String JINJI = "510904111201";

    private static final Pattern KEY = Pattern.compile("name=\"obj:key\" value=\"([^\"]*)\"");

    // ---- reading ----

    @Test
    void theBoardListsPublishedNoticesNewestFirstAndFiltersBySearchPlaceCategoryAndDate() throws Exception {
        String tag = Demo.unique("");
        LocalDate today = Notices.today();
        Notices.Created road =
                Notices.insert(SANMEN, "硬化村道" + tag, "COLLECTIVE_PROJECT", today.minusDays(30), true, true);
        Notices.Created rules =
                Notices.insert(SANMEN, "修订村规民约" + tag, "VILLAGE_RULES", today.minusDays(2), true, false);
        Notices.Created elsewhere =
                Notices.insert(JINJI, "集体鱼塘承包" + tag, "LAND_CONTRACTING", today.minusDays(5), true, false);
        Notices.Created unpublished = Notices.insert(SANMEN, "等待镇审核" + tag, "OTHER", today.minusDays(1), false, false);

        String all = new PortalClient().get("/public/notices?q=" + tag).body();
        assertThat(all).contains("共 3 条公告").doesNotContain("等待镇审核" + tag);
        assertThat(order(all))
                .as("newest first: the rules (2 days ago), the pond (5), the road (its result 20 days ago)")
                .containsExactly(rules.id(), elsewhere.id(), road.id());

        assertThat(order(new PortalClient()
                        .get("/public/notices?q=" + tag + "&town=" + SANJIA)
                        .body()))
                .containsExactly(rules.id(), road.id());
        assertThat(order(new PortalClient()
                        .get("/public/notices?q=" + tag + "&village=" + JINJI)
                        .body()))
                .containsExactly(elsewhere.id());
        assertThat(order(new PortalClient()
                        .get("/public/notices?q=" + tag + "&category=VILLAGE_RULES")
                        .body()))
                .containsExactly(rules.id());
        assertThat(order(new PortalClient()
                        .get("/public/notices?q=" + tag + "&from=" + today.minusDays(6) + "&to=" + today.minusDays(3))
                        .body()))
                .containsExactly(elsewhere.id());
        assertThat(order(new PortalClient()
                        .get("/public/notices?q="
                                + java.net.URLEncoder.encode("村规民约" + tag, java.nio.charset.StandardCharsets.UTF_8))
                        .body()))
                .containsExactly(rules.id());
        assertThat(order(new PortalClient().get("/public/notices?q=%25" + tag).body()))
                .as("a % is looked for as a character, not a wildcard")
                .isEmpty();

        // one village's board: the QR poster's address
        HttpResponse<String> village = new PortalClient().get("/public/notices/village/" + SANMEN);
        assertThat(village.statusCode()).isEqualTo(200);
        assertThat(village.body()).contains("三门村", "三家镇");
        assertThat(order(village.body()))
                .contains(rules.id(), road.id())
                .doesNotContain(elsewhere.id(), unpublished.id());
        assertThat(new PortalClient()
                        .get("/public/notices/village/510904110999")
                        .statusCode())
                .isEqualTo(404);

        // bad dates: told, not used, still in the form
        HttpResponse<String> reversed =
                new PortalClient().get("/public/notices?q=" + tag + "&from=" + today + "&to=" + today.minusDays(10));
        assertThat(reversed.body())
                .contains("结束日期（" + today.minusDays(10) + "）早于开始日期（" + today + "）")
                .contains("value=\"" + today + "\"");
        assertThat(order(reversed.body())).hasSize(3);
        assertThat(new PortalClient()
                        .get("/public/notices?q=" + tag + "&from=yesterday")
                        .body())
                .contains("“公开日期从”不是日期：yesterday");
    }

    @Test
    void aNoticeShowsItsStepsCountsDisclosuresAndPhotosButNothingPersonal() throws Exception {
        String tag = Demo.unique("");
        Notices.Created road = Notices.insert(
                SANMEN, "硬化村道" + tag, "COLLECTIVE_PROJECT", Notices.today().minusDays(30), true, true);

        HttpResponse<String> page = new PortalClient().get("/public/notices/" + road.id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("硬化村道" + tag, "三家镇", "三门村", "集体经济项目", "村干部提出")
                .contains("党组织提议", "两委会商议", "党员大会审议")
                .contains("应到 42 人，实到 31 人", "赞成 28，反对 2，弃权 1", "应到 45 人，实到 36 人", "赞成 33，反对 2，弃权 1")
                .contains("决议公开", "实施结果公开", "村道已硬化完成", "118,500", "已完工并验收")
                .contains("/public/notices/photo/" + road.photoId())
                .doesNotContain("/public/notices/photo/" + road.sheetId())
                .contains("收到异议 0 件，已答复 0 件")
                .doesNotContain(Notices.MINUTES, Notices.OFFICIALS, "孙红梅");
        assertThat(page.body()).as("both periods are over").contains("现在不在公示期内").doesNotContain("id=\"objectLink\"");

        HttpResponse<byte[]> photo = bytes("/public/notices/photo/" + road.photoId());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(photo.body()).isEqualTo(Notices.png());
        assertThat(bytes("/public/notices/photo/" + road.sheetId()).statusCode())
                .as("a signed sheet is never public")
                .isEqualTo(404);

        Notices.Created waiting = Notices.insert(SANMEN, "等待审核" + tag, "OTHER", Notices.today(), false, false);
        assertThat(new PortalClient().get("/public/notices/" + waiting.id()).statusCode())
                .isEqualTo(404);
        assertThat(new PortalClient().get("/public/notices/999999999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void boardPagesCreateNoSessionAndMayBeCachedWithAValidator() throws Exception {
        Notices.Created notice = Notices.insert(
                SANMEN, "缓存测试" + Demo.unique(""), "OTHER", Notices.today().minusDays(1), true, false);
        for (String path : List.of(
                "/public/notices",
                "/public/notices?town=" + SANJIA,
                "/public/notices/village/" + SANMEN,
                "/public/notices/" + notice.id(),
                "/public/notices/poster/" + SANMEN,
                "/public/notices/posters")) {
            HttpResponse<String> page = new PortalClient().get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie"))
                    .as("%s creates no session", path)
                    .noneMatch(c -> c.startsWith("BIANMIN_SESSION") || c.startsWith("JSESSIONID"));
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=30");
            assertThat(page.headers().firstValue("Vary")).as(path).hasValue("Cookie");
            String etag = page.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = new PortalClient().get(path, Map.of("If-None-Match", etag));
            assertThat(again.statusCode()).as("%s unchanged", path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(new PortalClient()
                            .get(path, Map.of("If-None-Match", "\"other\""))
                            .statusCode())
                    .isEqualTo(200);
        }
        // the form that takes a name and a phone is never kept
        HttpResponse<String> form = new PortalClient().get("/public/notices/objection?id=" + notice.id());
        assertThat(form.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(form.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("BIANMIN_SESSION"));
        // in English the page differs, so the cached Chinese copy is not served
        assertThat(new PortalClient()
                        .withCookie("bianmin_lang", "en")
                        .get("/public/notices")
                        .body())
                .contains("notices");
    }

    @Test
    void theDemoBoardShowsTheVillagesPublishedNoticesAndAnAnsweredObjection() throws Exception {
        // demo V8: 三门村's revised village rules are on the board; demo V9: an objection to them, answered
        long rules = Demo.count("select id from decision_matter where title = '修订《三门村村规民约》'");
        String board =
                new PortalClient().get("/public/notices/village/" + SANMEN).body();
        assertThat(order(board)).contains(rules);
        assertThat(board).as("still in discussion").doesNotContain("三门村2组至5组村道硬化");
        String notice = new PortalClient().get("/public/notices/" + rules).body();
        assertThat(notice)
                .contains("收到异议 1 件，已答复 1 件", "集中晒场设在村委会旁原小学操场")
                .contains("表决未通过")
                .doesNotContain("邓玉芬", "13881900071", "坡上的人家");
        // demo V8: 高岩村's culture square, decided by a villagers' assembly with a households quorum, result on the board
        long square = Demo.count("select id from decision_matter where title = '高岩村文化广场建设'");
        assertThat(new PortalClient().get("/public/notices/" + square).body())
                .contains("应到 1,180 人，实到 540 人", "户代表应到 412 户，实到 301 户", "实施结果公开", "338,600")
                .contains("/public/notices/photo/")
                .contains("收到异议 1 件，已答复 0 件")
                .doesNotContain("黄志强", "采购明细");
    }

    // ---- objections ----

    @Test
    void anObjectionNeedsThePhoneCodeGoesToTheTownOfficeAndItsAnswerIsShownWithoutWhoObjected() throws Exception {
        String title = "村集体林地流转" + Demo.unique("");
        Notices.Created notice = Notices.insert(
                SANMEN, title, "LAND_CONTRACTING", Notices.today().minusDays(2), true, false);
        String noticePath = "/public/notices/" + notice.id();
        assertThat(new PortalClient().get(noticePath).body())
                .contains("id=\"objectLink\"")
                .contains(Notices.today().plusDays(4) + " 前");

        PortalClient person = new PortalClient();
        String name = Demo.unique("异议人");
        String phone = uniquePhone();
        String reason = Demo.unique("流转价格低于周边村，请重新评估");
        String path = "/public/notices/objection?id=" + notice.id();
        HttpResponse<String> form = person.get(path);
        Map<String, String> fields = fields(form, reason, name, phone);

        HttpResponse<String> sent = person.submitOn(form, path, "obj", fields, "sendCode");
        String code = match(sent.body(), "id=\"demoCodeValue\">(\\d{6})<");
        assertThat(sent.body()).contains(reason).contains("value=\"" + name + "\"");

        // a wrong code: told so, nothing filed
        fields.put("code", code.equals("000000") ? "111111" : "000000");
        HttpResponse<String> wrong = person.submitOn(sent, path, "obj", fields, "submit");
        assertThat(wrong.body()).contains("验证码不对").contains(reason);
        assertThat(Demo.count("select count(*) from matter where applicant_phone = ?", phone))
                .isZero();

        fields.put("code", code);
        HttpResponse<String> done = person.submitOn(wrong, path, "obj", fields, "submit");
        HttpResponse<String> replay = person.submitOn(wrong, path, "obj", fields, "submit");
        String number = match(done.body(), "id=\"trackingNumber\" class=\"b-receipt-number\">([A-Z0-9-]+)<");
        assertThat(done.body()).contains("三家镇便民服务中心", "10 个工作日");
        assertThat(replay.body()).as("sent twice, filed once").contains(number);
        assertThat(Demo.count(
                        "select count(*) from matter m join office o on o.id = m.office_id"
                                + " join notice_objection n on n.matter_id = m.id"
                                + " where m.tracking_number = ? and m.type = 'NOTICE_OBJECTION' and m.channel = 'WEB'"
                                + " and o.code = 'TC-510904110' and m.applicant_name = ? and m.applicant_phone = ?"
                                + " and m.village_code = ? and n.decision_id = ? and n.disclosure_id = ?"
                                + " and n.reason = ? and n.answer is null",
                        number,
                        name,
                        phone,
                        SANMEN,
                        notice.id(),
                        notice.resolutionId(),
                        reason))
                .as("one matter of the village's town office, linked to the notice")
                .isEqualTo(1);
        assertThat(Demo.count("select count(*) from notice_objection where decision_id = ?", notice.id()))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where summary like ? or summary like ?",
                        "%" + name + "%",
                        "%" + phone + "%"))
                .isZero();
        String counted = new PortalClient().get(noticePath).body();
        assertThat(counted).contains("收到异议 1 件，已答复 0 件").doesNotContain(reason);
        assertNoPersonalData(counted, name, phone);

        // the town office answers through the matter; the reply becomes the public answer
        PortalClient staff = new PortalClient();
        staff.signIn("sanjia.staff", Demo.PASSWORD);
        long matterId = Demo.count("select id from matter where tracking_number = ?", number);
        String matterPath = "/staff/matter?id=" + matterId;
        assertThat(staff.get(matterPath).body()).contains(reason, title, "对四议两公开公告的异议");
        act(staff, matterPath, "ACCEPT", null);
        String reply = Demo.unique("经镇农业服务中心重新评估，流转价格符合市场行情，维持原决议。");
        act(staff, matterPath, "RESOLVE", reply);

        assertThat(Demo.count(
                        "select count(*) from notice_objection n join matter m on m.id = n.matter_id"
                                + " where m.tracking_number = ? and m.status = 'RESOLVED' and n.answer = ?",
                        number,
                        reply))
                .isEqualTo(1);
        String answered = new PortalClient().get(noticePath).body();
        assertThat(answered).contains("收到异议 1 件，已答复 1 件", reply).contains("id=\"answers\"");
        assertNoPersonalData(answered, name, phone);
        assertThat(new PortalClient()
                        .get("/public/notices?q="
                                + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8))
                        .body())
                .contains("异议 1 件");
    }

    @Test
    void anObjectionAfterThePeriodIsRefusedAndWhatWasTypedStays() throws Exception {
        Notices.Created notice = Notices.insert(
                SANMEN, "过期公示" + Demo.unique(""), "OTHER", Notices.today().minusDays(7), true, false);
        String path = "/public/notices/objection?id=" + notice.id();
        PortalClient person = new PortalClient();
        HttpResponse<String> form = person.get(path);
        String end = Notices.today().minusDays(1).toString();
        assertThat(form.body()).contains("公示期已于 " + end + " 结束");

        // a form still open in a browser from the last day is sent anyway
        Notices.Created open = Notices.insert(SANMEN, "仍在公示" + Demo.unique(""), "OTHER", Notices.today(), true, false);
        HttpResponse<String> openForm = person.get("/public/notices/objection?id=" + open.id());
        String reason = Demo.unique("晚到的异议");
        String phone = uniquePhone();
        Map<String, String> fields = fields(openForm, reason, "晚到者", phone);
        HttpResponse<String> refused = person.submitOn(openForm, path, "obj", fields, "submit");

        assertThat(refused.body()).contains("公示期已于 " + end + " 结束", reason).contains("value=\"晚到者\"");
        assertThat(Demo.count("select count(*) from notice_objection where decision_id = ?", notice.id()))
                .isZero();
        assertThat(Demo.count("select count(*) from matter where applicant_phone = ?", phone))
                .isZero();
    }

    // ---- kiosk ----

    @Test
    void theKioskShowsItsOwnVillageFirstInLargeTypeAndKeepsNothing() throws Exception {
        String tag = Demo.unique("");
        Notices.Created own = Notices.insert(SANMEN, "本村公告" + tag, "OTHER", Notices.today(), true, false);
        Notices.Created other = Notices.insert(JINJI, "外镇公告" + tag, "OTHER", Notices.today(), true, false);
        PortalClient kiosk = Kiosks.client(SANMEN);

        HttpResponse<String> board = kiosk.get("/kiosk/notices");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("b-kiosk", "三门村的四议两公开公告", "/kiosk/notice?id=" + own.id());
        assertThat(order(board.body())).contains(own.id()).doesNotContain(other.id());
        assertThat(board.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(order(kiosk.get("/kiosk/notices?scope=town").body()))
                .contains(own.id())
                .doesNotContain(other.id());
        HttpResponse<String> notice = kiosk.get("/kiosk/notice?id=" + own.id());
        assertThat(notice.body()).contains("本村公告" + tag, "/kiosk/objection?id=" + own.id());
        assertThat(kiosk.get("/kiosk/").body()).contains("/kiosk/notices");
        assertThat(new PortalClient().get("/kiosk/notices").statusCode())
                .as("only an enrolled kiosk")
                .isEqualTo(303);
    }

    // ---- helpers ----

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestServer.url(path)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The notices listed on a board page, in order. */
    private static List<Long> order(String page) {
        Matcher m = Pattern.compile("data-notice=\"(\\d+)\"").matcher(page);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static Map<String, String> fields(HttpResponse<String> form, String reason, String name, String phone) {
        Map<String, String> fields = new HashMap<>();
        fields.put("key", match(form.body(), KEY.pattern()));
        fields.put("reason", reason);
        fields.put("name", name);
        fields.put("phone", phone);
        fields.put("code", "");
        return fields;
    }

    private static void assertNoPersonalData(String page, String name, String phone) {
        assertThat(page)
                .doesNotContain(name)
                .doesNotContain(phone)
                .doesNotContain(phone.substring(0, 3) + "****" + phone.substring(7))
                .doesNotContain(name.charAt(0) + "*");
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

    private static String match(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1);
    }

    private static String uniquePhone() {
        return "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }
}
