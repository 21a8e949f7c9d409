package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One-stop requests in a real browser: a villager at an enrolled kiosk, and a helper filing on someone's behalf. */
@ExtendWith(TestServer.class)
class OneStopJourneysIT {

    /** 三门村, 三家镇: its requests go to the town centre TC-510904110 by the demo dispatch catalogue. */
    private static final String VILLAGE = "510904110201";

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browsers.create();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void close(org.junit.jupiter.api.TestInfo test) {
        Browsers.keepEvidence(browser, test.getDisplayName());
        browser.quit();
    }

    @Test
    void aVillagerFilesAtAnEnrolledKioskThroughToTheReceiptWhoseQrCodeLeadsToTracking() throws Exception {
        Kiosks.enrol(browser, VILLAGE);
        String name = Demo.unique("测试村民");
        browser.get(TestServer.url("/kiosk/"));
        Accessibility.assertNoSeriousViolations(browser, "kiosk home");
        Screenshots.take(browser, "kiosk-1-home");
        click(By.id("fileTile"));

        // 1: category, then service
        click(By.cssSelector("[data-category='HOUSING']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-item='HOUSE-SAFETY']")));
        Accessibility.assertNoSeriousViolations(browser, "kiosk: choose");
        Screenshots.take(browser, "kiosk-2-choose");
        click(By.cssSelector("[data-item='HOUSE-SAFETY']"));
        // 2: what to bring
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:bring"), "户口簿"));
        Accessibility.assertNoSeriousViolations(browser, "kiosk: what to bring");
        Screenshots.take(browser, "kiosk-3-bring");
        click(By.id("f:start"));

        // 3: details, each checked on the spot; a wrong ID number is said beside the field and nothing is lost
        type(By.id("f:name"), name);
        type(By.id("f:idNumber"), "510904195003120218");
        type(By.id("f:phone"), "138 1234 5678");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:idNumberError"), "身份证号有误"));
        field("house_age", "input").sendKeys("30");
        click(By.xpath("//div[@data-field='structure']//label[normalize-space(.)='砖混']"));
        click(By.id("f:toFiles"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".b-msg-error")));
        assertThat(browser.findElement(By.id("f:name")).getAttribute("value")).isEqualTo(name);
        Accessibility.assertNoSeriousViolations(browser, "kiosk: details with errors");
        Screenshots.take(browser, "kiosk-4-details-error");
        type(By.id("f:idNumber"), "510904195003120217");
        click(By.id("f:toFiles"));

        // 4: files, checked by content: a page of HTML called photo.jpg is refused, a real PNG kept
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
        upload.sendKeys(htmlCalledJpeg().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:fileList"), "只能上传照片"));
        upload = browser.findElement(By.cssSelector("input[type=file]"));
        upload.sendKeys(png().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:fileList"), "文件 1"));
        Accessibility.assertNoSeriousViolations(browser, "kiosk: files");
        Screenshots.take(browser, "kiosk-5-files");
        click(By.id("f:toReview"));

        // 5: review shows the ID number masked
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:review"), "5109**********0217"));
        assertThat(browser.findElement(By.id("f:review")).getText()).contains(name, "砖混", "30");
        Accessibility.assertNoSeriousViolations(browser, "kiosk: review");
        Screenshots.take(browser, "kiosk-6-review");
        click(By.id("f:submit"));

        // the receipt
        wait.until(ExpectedConditions.urlContains("/kiosk/receipt"));
        String number = browser.findElement(By.id("trackingNumber")).getText();
        assertThat(number).matches("AJ\\d{8}-\\d{4}-\\d{2}");
        assertThat(browser.getCurrentUrl()).doesNotContain(number).doesNotContain("0217");
        assertThat(decodeQr(browser.findElement(By.id("qr")).getAttribute("src")))
                .endsWith("/track?no=" + number);
        // expected by: 10 working days of the database's calendar (holidays and 调休 included) from the day filed
        assertThat(browser.findElement(By.id("receipt")).getText())
                .contains(calendar().addWorkingDays(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 10)
                        + " 前（10 个工作日）");
        Accessibility.assertNoSeriousViolations(browser, "kiosk: receipt");
        Screenshots.take(browser, "kiosk-7-receipt");

        // one matter, routed to the town centre, due in the item's 10 working days, with its answers and file
        assertThat(Demo.count(
                        "select count(*) from matter m join office o on o.id = m.office_id where m.tracking_number = ?"
                                + " and m.channel = 'KIOSK' and m.service_code = 'HOUSE-SAFETY' and m.status = 'SUBMITTED'"
                                + " and o.code = 'TC-510904110' and m.promised_days = 10 and m.due_date is null"
                                + " and m.applicant_name = ? and m.applicant_id_number = '510904195003120217'"
                                + " and m.applicant_phone = '13812345678' and m.village_code = ?",
                        number,
                        name,
                        VILLAGE))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from service_request_answer a join service_request r on r.id = a.request_id"
                                + " join matter m on m.id = r.matter_id where m.tracking_number = ?",
                        number))
                .isEqualTo(2);
        assertThat(Demo.count(
                        "select count(*) from service_request_file f join service_request r on r.id = f.request_id"
                                + " join matter m on m.id = r.matter_id where m.tracking_number = ? and f.kind = 'PNG'",
                        number))
                .isEqualTo(1);

        click(By.id("f:done"));
        wait.until(ExpectedConditions.urlMatches(".*/kiosk/$"));
        browser.get(TestServer.url("/kiosk/receipt"));
        assertThat(browser.findElements(By.id("trackingNumber"))).isEmpty();
    }

    @Test
    void aServiceSwitchedOffWhileSomeoneFillsTheFormIsRefusedPlainlyAndTheirDetailsStay() throws Exception {
        String code = "TEST-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Demo.execute(
                "insert into service_item (code, name_zh, name_en, category, description, materials, promised_days,"
                        + " helper_may_file, active, version, created_at, updated_at) values"
                        + " (?, '测试停用事项', 'Test item', 'OTHER', '用来测试停用', null, 5, true, true, 0, now(3), now(3))",
                code);
        Kiosks.enrol(browser, VILLAGE);
        String name = Demo.unique("停用事项村民");
        browser.get(TestServer.url("/kiosk/file"));
        click(By.cssSelector("[data-category='OTHER']"));
        click(By.cssSelector("[data-item='" + code + "']"));
        click(By.id("f:start"));
        type(By.id("f:name"), name);
        type(By.id("f:idNumber"), "510904195003120217");
        type(By.id("f:phone"), "13812345678");
        click(By.id("f:toFiles"));
        click(By.id("f:toReview"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f:submit")));

        Demo.execute("update service_item set active = false where code = ?", code);
        click(By.id("f:submit"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:messages"), "这个事项刚刚停止办理了"));
        assertThat(Demo.count("select count(*) from matter where applicant_name = ?", name))
                .isZero();
        assertThat(browser.findElements(By.cssSelector("[data-item='" + code + "']")))
                .as("the switched-off service is no longer offered")
                .isEmpty();
        // the person's details are kept for the service they choose instead
        click(By.cssSelector("[data-category='ENVIRONMENT']"));
        click(By.cssSelector("[data-item='SEWAGE']"));
        click(By.id("f:start"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f:name")))
                        .getAttribute("value"))
                .isEqualTo(name);
    }

    @Test
    void anAdministratorAddsAServiceWithAChoiceFieldAndTheKioskOffersIt() throws Exception {
        String code = "ADM-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        signIn("admin");
        browser.get(TestServer.url("/admin/services"));
        click(By.id("list:new"));
        type(By.id("editor:code"), code);
        type(By.id("editor:nameZh"), "沼气池维修");
        type(By.id("editor:nameEn"), "Biogas tank repair");
        selectMenu("editor:category", "其他事项");
        type(By.id("editor:description"), "沼气池漏气、堵塞等维修。");
        type(By.id("editor:materials"), "户主身份证\n沼气池照片");
        type(By.id("editor:promisedDays_input"), "7");
        click(By.id("editor:addField"));
        type(By.id("editor:fields:0:fieldKey"), "problem");
        selectMenu("editor:fields:0:fieldType", "单选");
        type(By.id("editor:fields:0:labelZh"), "问题");
        type(By.id("editor:fields:0:labelEn"), "Problem");
        type(By.id("editor:fields:0:choices"), "leak=漏气|Leaking\nblocked=堵塞|Blocked");
        Screenshots.take(browser, "admin-services-editor");
        click(By.id("editor:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), code));

        assertThat(Demo.count(
                        "select count(*) from service_item i join service_field f on f.item_id = i.id"
                                + " join service_field_choice c on c.field_id = f.id where i.code = ? and i.active = true"
                                + " and i.promised_days = 7 and f.field_key = 'problem' and f.type = 'SINGLE_CHOICE'",
                        code))
                .isEqualTo(2);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'SERVICE_ITEM_CHANGED' and summary = ?",
                        "created " + code))
                .isEqualTo(1);

        Kiosks.enrol(browser, VILLAGE);
        browser.get(TestServer.url("/kiosk/file"));
        click(By.cssSelector("[data-category='OTHER']"));
        click(By.cssSelector("[data-item='" + code + "']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:bring"), "沼气池照片"));
        click(By.id("f:start"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                                By.xpath("//div[@data-field='problem']//label[normalize-space(.)='堵塞']")))
                        .isDisplayed())
                .isTrue();
    }

    @Test
    void theOtherKioskPagesPassAxeToo() throws Exception {
        browser.get(TestServer.url("/kiosk/enrol"));
        Accessibility.assertNoSeriousViolations(browser, "kiosk enrolment (not a kiosk yet)");
        Kiosks.enrol(browser, VILLAGE);
        browser.get(TestServer.url("/kiosk/track?no=AJ20261120-1001-01"));
        Accessibility.assertNoSeriousViolations(browser, "kiosk tracking");
        type(By.id("track:lastFour"), "5678");
        click(By.id("track:look"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plainStatus")));
        Accessibility.assertNoSeriousViolations(browser, "kiosk tracking: a resolved matter with its rating form");
        browser.get(TestServer.url("/kiosk/receipt"));
        Accessibility.assertNoSeriousViolations(browser, "kiosk receipt shown a second time");
    }

    @Test
    void aKioskLeftAloneGoesHomeAndForgetsTheHalfFilledForm() throws Exception {
        Kiosks.enrol(browser, VILLAGE);
        browser.get(TestServer.url("/kiosk/file"));
        click(By.cssSelector("[data-category='ENVIRONMENT']"));
        click(By.cssSelector("[data-item='RUBBISH']"));
        click(By.id("f:start"));
        type(By.id("f:name"), "半途离开的村民");
        String session = browser.manage().getCookieNamed("BIANMIN_SESSION").getValue();

        // nobody touches the screen: first the countdown, then the home screen (the tests' kiosks wait 45 s)
        WebDriverWait patience = new WebDriverWait(browser, Duration.ofSeconds(60));
        patience.until(ExpectedConditions.visibilityOfElementLocated(By.id("b-idle")));
        Screenshots.take(browser, "kiosk-8-idle");
        patience.until(ExpectedConditions.urlMatches(".*/kiosk/$"));

        browser.get(TestServer.url("/kiosk/file"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-category]")));
        assertThat(browser.findElements(By.id("f:name"))).isEmpty();
        assertThat(browser.manage().getCookieNamed("BIANMIN_SESSION").getValue())
                .as("the person's session ended with the reset")
                .isNotEqualTo(session);
    }

    @Test
    void tenReplaysOfOneSubmissionFileOneMatter() throws Exception {
        Kiosks.enrol(browser, VILLAGE);
        String name = Demo.unique("重放村民");
        browser.get(TestServer.url("/kiosk/file"));
        click(By.cssSelector("[data-category='FACILITIES']"));
        click(By.cssSelector("[data-item='STREETLIGHT']"));
        click(By.id("f:start"));
        type(By.id("f:name"), name);
        type(By.id("f:idNumber"), "510904196207080338");
        type(By.id("f:phone"), "13912345678");
        field("place", "input").sendKeys("村委会门口");
        click(By.id("f:toFiles"));
        click(By.id("f:toReview"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f:submit")));

        // the same post the submit button sends, ten times at once, from the same session and page
        String viewState =
                browser.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String form = "f=f&f%3Asubmit=f%3Asubmit&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<HttpResponse<Void>>> posts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                posts.add(() -> client.send(
                        HttpRequest.newBuilder(URI.create(TestServer.url("/kiosk/file")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Cookie", cookies)
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.discarding()));
            }
            for (Future<HttpResponse<Void>> response : pool.invokeAll(posts)) {
                assertThat(response.get().statusCode())
                        .as("each replay is answered with the receipt")
                        .isIn(302, 303);
                assertThat(response.get().headers().firstValue("Location").orElse(""))
                        .contains("/kiosk/receipt");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Demo.count("select count(*) from matter where applicant_name = ?", name))
                .isEqualTo(1);

        // the page the person still sees, submitted once more (back-and-resubmit): still the one matter
        click(By.id("f:submit"));
        wait.until(
                ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("f:stepOf"), "第 5 步")));
        assertThat(Demo.count("select count(*) from matter where applicant_name = ?", name))
                .isEqualTo(1);
    }

    @Test
    void aHelperFilesForAVillagerWithConsentAndRecordsDeliveryAndTheFollowUpCall() throws Exception {
        String name = Demo.unique("代办村民");
        signIn("sanmen.helper");
        browser.get(TestServer.url("/clerk/file"));
        selectMenu("f:item", "临时救助申请");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f:name")));
        type(By.id("f:name"), name);
        type(By.id("f:idNumber"), "51090419451101044X");
        type(By.id("f:phone"), "13700001111");
        click(By.xpath("//div[@data-field='cause']//label[normalize-space(.)='意外事故']"));
        // a date input types in the browser's locale order; set it as the date picker would
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = '2026-11-01'; arguments[0].dispatchEvent(new Event('change'));",
                        field("since", "input"));
        type(By.id("f:consentBy"), name);
        selectMenu("f:consentMethod", "按手印");
        Screenshots.take(browser, "helper-1-file");
        click(By.id("f:submit"));
        wait.until(ExpectedConditions.urlContains("/clerk/requests"));
        String number = browser.findElement(By.cssSelector(".b-case-number")).getText();
        assertThat(Demo.count(
                        "select count(*) from matter m join service_request r on r.matter_id = m.id"
                                + " where m.tracking_number = ? and m.channel = 'HELPER' and r.consent_by = ?"
                                + " and r.consent_method = 'FINGERPRINT' and r.consent_at is not null",
                        number,
                        name))
                .isEqualTo(1);
        assertThat(firstRow()
                        .findElement(By.cssSelector("[data-step='ENTRUSTED']"))
                        .getAttribute("class"))
                .contains("b-step-done");
        assertThat(firstRow().findElements(By.cssSelector(".b-step-button"))).isEmpty();

        // the town centre accepts and resolves it
        Demo.execute(
                "update matter set status = 'RESOLVED', resolved_at = now(3), reply = '已发放' where tracking_number = ?",
                number);
        Demo.execute(
                "insert into matter_event (matter_id, occurred_at, actor_name, action, from_status, to_status)"
                        + " select id, now(3), 'sanjia.staff', 'ACCEPT', 'SUBMITTED', 'ACCEPTED' from matter where tracking_number = ?",
                number);
        Demo.execute(
                "insert into matter_event (matter_id, occurred_at, actor_name, action, from_status, to_status)"
                        + " select id, now(3), 'sanjia.staff', 'RESOLVE', 'ACCEPTED', 'RESOLVED' from matter where tracking_number = ?",
                number);

        browser.get(TestServer.url("/clerk/requests"));
        recordStep("送达", "救助金领取通知已交给本人", null);
        recordStep("归档", null, null);
        recordStep("上报", null, null);
        recordStep("回访", "老人表示满意", "满意");
        waitUntilDone("FOLLOWED_UP");
        Screenshots.take(browser, "helper-2-steps");
        assertThat(Demo.count(
                        "select count(*) from service_request r join matter m on m.id = r.matter_id"
                                + " where m.tracking_number = ? and r.delivered_at is not null and r.archived_at is not null"
                                + " and r.reported_at is not null and r.follow_up_outcome = 'SATISFIED'"
                                + " and r.delivery_note = '救助金领取通知已交给本人'",
                        number))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'HELPER_STEP' and summary like ?",
                        number + "%"))
                .isEqualTo(4);
    }

    private void recordStep(String step, String note, String outcome) {
        click(By.xpath("//tr[1]//button[contains(@class,'b-step-button')][.//span[contains(text(),'" + step + "')]]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepForm:save")));
        if (outcome != null) {
            selectMenu("stepForm:outcome", outcome);
        }
        if (note != null) {
            type(By.id("stepForm:note"), note);
        }
        click(By.id("stepForm:save"));
        waitUntilDone(stepKey(step));
    }

    /** The cases table is drawn again after each step, so the cell is looked up afresh on every try. */
    private void waitUntilDone(String step) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#f\\:cases tbody tr:first-child [data-step='" + step + "']"))
                        .getAttribute("class")
                        .contains("b-step-done"));
    }

    private static String stepKey(String step) {
        return switch (step) {
            case "送达" -> "DELIVERED";
            case "归档" -> "ARCHIVED";
            case "上报" -> "REPORTED";
            default -> "FOLLOWED_UP";
        };
    }

    private WebElement firstRow() {
        return browser.findElement(By.cssSelector("#f\\:cases tbody tr"));
    }

    private void signIn(String username) {
        browser.get(TestServer.url("/login"));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(Demo.PASSWORD);
        click(By.id("login:signIn"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private WebElement field(String key, String tag) {
        return wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-field='" + key + "'] " + tag)));
    }

    private void selectMenu(String id, String label) {
        click(By.id(id));
        click(By.xpath("//*[@id='" + id + "_items']//li[normalize-space(.)='" + label + "']"));
    }

    private void type(By locator, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        input.clear();
        input.sendKeys(text);
        // leaving the field is what checks it
        ((JavascriptExecutor) browser).executeScript("arguments[0].blur();", input);
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private static Path htmlCalledJpeg() throws IOException {
        Path file = Files.createTempFile("photo", ".jpg");
        Files.writeString(file, "<html><body><script>alert('x')</script></body></html>");
        return file;
    }

    private static Path png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Path file = Files.createTempFile("house", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static org.bianmin.shared.domain.WorkingDayCalendar calendar() throws java.sql.SQLException {
        List<java.time.LocalDate> holidays = new ArrayList<>();
        List<java.time.LocalDate> workdays = new ArrayList<>();
        try (java.sql.Connection c = TestServer.sql();
                java.sql.ResultSet rows = c.createStatement().executeQuery("select day, kind from calendar_day")) {
            while (rows.next()) {
                ("HOLIDAY".equals(rows.getString(2)) ? holidays : workdays)
                        .add(rows.getDate(1).toLocalDate());
            }
        }
        return new org.bianmin.shared.domain.WorkingDayCalendar(holidays, workdays);
    }

    /** Reads the QR code in a PNG data URI, as a phone would read it off the printed slip. */
    private static String decodeQr(String dataUri) throws Exception {
        assertThat(dataUri).startsWith("data:image/png;base64,");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()))));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)))
                .getText();
    }
}
