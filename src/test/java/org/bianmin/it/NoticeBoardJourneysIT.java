package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The notice board in a real browser: a member of the public finds a notice by village and objects with the phone
 * code, the town office answers and the answer appears; a village's QR poster decodes to its board; the kiosk board.
 * axe-core on every public and kiosk page. Takes the screenshots of docs/guide-notice-board.md when asked ({@code
 * -Dbianmin.screenshots=docs/images}).
 */
@ExtendWith(TestServer.class)
class NoticeBoardJourneysIT {

    /** 三门村, 三家镇. */
    private static final String VILLAGE = "510904110201";

    private static final String TOWN = "510904110";

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
    void aMemberOfThePublicFindsTheNoticeByVillageAndObjectsAndSeesTheTownsAnswer() throws Exception {
        // natural words, because these screens are the guide's pictures; the number makes the notice unique
        String unique = Demo.unique("").substring(0, 4);
        String title = "三门村二组至五组村道硬化工程（" + unique + "）";
        Notices.Created notice = Notices.insert(
                VILLAGE, title, "COLLECTIVE_PROJECT", Notices.today().minusDays(1), true, false);
        Notices.insert(
                VILLAGE,
                "三门村文化广场建设（" + unique + "）",
                "PUBLIC_WORKS_FUNDING",
                Notices.today().minusDays(40),
                true,
                true);
        String name = "王德贵";
        String phone = "135" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String reason = "二组的路线经过我家承包地，决议里没有写占地怎么补偿，请先公开补偿办法。";

        // the board: choose the village, search
        browser.get(TestServer.url("/public/notices"));
        new Select(browser.findElement(By.id("village"))).selectByValue(VILLAGE);
        click(By.id("search"));
        wait.until(ExpectedConditions.urlContains("village=" + VILLAGE));
        assertThat(browser.findElement(By.id("notices")).getText()).contains(title);
        assertThat(new Select(browser.findElement(By.id("village")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .as("the choice stays in the form")
                .isEqualTo(VILLAGE);
        Accessibility.assertNoSeriousViolations(browser, "public: the board by village");
        tallScreenshot("notice-1-board");

        // the notice: the four discussions, the resolution, how to object
        click(By.cssSelector("li[data-notice='" + notice.id() + "'] a.b-board-title"));
        wait.until(ExpectedConditions.urlContains("/public/notices/" + notice.id()));
        assertThat(browser.findElement(By.id("meetings")).getText()).contains("党员大会审议", "应到 42 人，实到 31 人");
        assertThat(browser.findElement(By.id("objectionCount")).getText()).contains("收到异议 0 件");
        Accessibility.assertNoSeriousViolations(browser, "public: a notice");
        tallScreenshot("notice-2-notice");

        // object: reason, name, phone; the code is shown on screen in demo mode
        click(By.id("objectLink"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("obj:reason")))
                .sendKeys(reason);
        browser.findElement(By.id("obj:name")).sendKeys(name);
        browser.findElement(By.id("obj:phone")).sendKeys(phone);
        click(By.id("obj:sendCode"));
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demoCodeValue")))
                .getText();
        assertThat(code).matches("\\d{6}");
        assertThat(browser.findElement(By.id("obj:reason")).getAttribute("value"))
                .isEqualTo(reason);
        browser.findElement(By.id("obj:code")).sendKeys(code);
        Accessibility.assertNoSeriousViolations(browser, "public: the objection form");
        tallScreenshot("notice-3-objection");
        click(By.id("obj:submit"));
        String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trackingNumber")))
                .getText();
        assertThat(browser.findElement(By.id("answerBy")).getText()).contains("三家镇便民服务中心");
        Accessibility.assertNoSeriousViolations(browser, "public: objection sent");
        Screenshots.take(browser, "notice-4-objection-sent");
        assertThat(Demo.count(
                        "select count(*) from matter m join office o on o.id = m.office_id"
                                + " join notice_objection n on n.matter_id = m.id where m.tracking_number = ?"
                                + " and o.code = 'TC-510904110' and n.decision_id = ? and m.applicant_phone = ?",
                        number,
                        notice.id(),
                        phone))
                .isEqualTo(1);

        // the town office answers through the matter
        browser.manage().deleteAllCookies();
        signIn("sanjia.staff");
        long matterId = Demo.count("select id from matter where tracking_number = ?", number);
        browser.get(TestServer.url("/staff/matter?id=" + matterId));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objectionReason"), reason));
        act("ACCEPT", null);
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "已受理"));
        String reply = "占地补偿按《三门村集体土地占用补偿办法》执行，办法已在村务公开栏张贴，二组占地农户将逐户签订补偿协议后再开工。";
        click(By.cssSelector("button.b-action-RESOLVE"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action:text")))
                .sendKeys(reply);
        tallScreenshot("notice-5-staff-answer");
        click(By.id("action:confirm"));
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "已办结"));

        // the public sees the count and the answer, not who objected
        // (the browser may keep the copy it read before for up to 30 s; someone coming back later reads it anew)
        browser.manage().deleteAllCookies();
        browser.get(TestServer.url("/public/notices/" + notice.id() + "?later=1"));
        assertThat(browser.findElement(By.id("objectionCount")).getText()).contains("收到异议 1 件，已答复 1 件");
        assertThat(browser.findElement(By.id("answers")).getText()).contains(reply);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .doesNotContain(name)
                .doesNotContain(phone.substring(7))
                .doesNotContain(reason);
        tallScreenshot("notice-6-public-answer");
    }

    @Test
    void aVillagesQrPosterLeadsToItsBoard() throws Exception {
        browser.get(TestServer.url("/public/notices/posters?town=" + TOWN));
        assertThat(browser.findElement(By.id("villages")).getText()).contains("三门村");
        Accessibility.assertNoSeriousViolations(browser, "public: the posters of a town");
        Screenshots.take(browser, "notice-7-posters");
        click(By.cssSelector("tr[data-village='" + VILLAGE + "'] a[href$='/poster/" + VILLAGE + "']"));
        wait.until(ExpectedConditions.urlContains("/public/notices/poster/" + VILLAGE));
        assertThat(browser.findElement(By.id("posterVillage")).getText()).isEqualTo("三门村");
        assertThat(browser.findElement(By.id("posterTown")).getText()).isEqualTo("三家镇");
        Accessibility.assertNoSeriousViolations(browser, "public: a village poster");
        tallScreenshot("notice-8-poster");

        String target = decodeQr(browser.findElement(By.id("qr")).getAttribute("src"));
        assertThat(target)
                .as("the configured public address of the village's board")
                .endsWith("/public/notices/village/" + VILLAGE)
                .isEqualTo(browser.findElement(By.id("boardUrl")).getText());
        // what a phone opens: the village's board (on this test server's address)
        browser.get(TestServer.url(URI.create(target).getPath()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("三门村");
        Accessibility.assertNoSeriousViolations(browser, "public: a village board");
    }

    @Test
    void theKioskShowsItsVillagesBoardInLargeType() throws Exception {
        String unique = Demo.unique("").substring(0, 4);
        Notices.Created notice = Notices.insert(
                VILLAGE, "三门村集体果园对外承包（" + unique + "）", "COLLECTIVE_ASSETS", Notices.today(), true, false);
        Kiosks.enrol(browser, VILLAGE);
        browser.get(TestServer.url("/kiosk/"));
        click(By.id("noticesTile"));
        wait.until(ExpectedConditions.urlContains("/kiosk/notices"));
        assertThat(browser.findElement(By.id("notices")).getText()).contains("三门村集体果园对外承包（" + unique + "）");
        Accessibility.assertNoSeriousViolations(browser, "kiosk: the board");
        Screenshots.take(browser, "notice-9-kiosk-board");
        click(By.cssSelector("li[data-notice='" + notice.id() + "'] a.b-board-title"));
        wait.until(ExpectedConditions.urlContains("/kiosk/notice?id=" + notice.id()));
        Accessibility.assertNoSeriousViolations(browser, "kiosk: a notice");
        click(By.id("objectLink"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("obj:reason")));
        Accessibility.assertNoSeriousViolations(browser, "kiosk: the objection form");
        tallScreenshot("notice-10-kiosk-objection");
    }

    /** Reads the QR code in a PNG data URI, as a phone would read it off the printed poster. */
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

    private void act(String action, String text) {
        click(By.cssSelector("button.b-action-" + action));
        if (text != null) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action:text")))
                    .sendKeys(text);
        }
        click(By.id("action:confirm"));
    }

    private void signIn(String username) {
        browser.get(TestServer.url("/login"));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(Demo.PASSWORD);
        click(By.id("login:signIn"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void click(By by) {
        click(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    private void click(WebElement element) {
        // the sticky parts of the page must not cover what is clicked
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Screenshots show a page from its top: a long page is shown in a taller window. */
    private void tallScreenshot(String name) {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), 2400));
        try {
            Screenshots.take(browser, name);
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
