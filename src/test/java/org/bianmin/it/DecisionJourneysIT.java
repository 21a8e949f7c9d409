package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
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
 * The village decision register in a real browser: a clerk opens a matter, records the four discussions (a lost vote
 * held again), publishes the resolution and the result with a photo, and prints the register sheet; the town's review
 * queue and the administrator's settings. Takes the screenshots of docs/guide-clerk.md when asked
 * ({@code -Dbianmin.screenshots=docs/images}).
 */
@ExtendWith(TestServer.class)
class DecisionJourneysIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A 1×1 PNG: the result's photo. */
    private static final byte[] PNG = HexFormat.of()
            .parseHex("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000B4944415478DA63F8FFFF3F"
                    + "0005FE02FE0DEF46B80000000049454E44AE426082");

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
    void aClerkRecordsTheFourDiscussionsAndPublishesBothDisclosures() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        String title = "三门村6组蓄水池整治";
        signIn("sanmen.clerk");
        browser.get(TestServer.url("/clerk/decisions"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("修订《三门村村规民约》");
        Screenshots.take(browser, "decision-1-list");

        // open the matter
        click(By.id("openLink"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open:title")))
                .sendKeys(title);
        new Select(browser.findElement(By.id("open:category"))).selectByVisibleText("公益事业筹资筹劳");
        new Select(browser.findElement(By.id("open:source"))).selectByVisibleText("党员、村民建议");
        browser.findElement(By.id("open:funds")).sendKeys("86000");
        browser.findElement(By.id("open:description")).sendKeys("清淤并加固6组蓄水池，新建护栏。资金由上级补助5万元，其余由受益户筹资筹劳。");
        tallScreenshot("decision-2-open");
        click(By.id("open:save"));
        wait.until(ExpectedConditions.urlContains("/clerk/decision?id="));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));

        // the four discussions; the Party members' meeting loses its first vote
        meeting("党组织会议", today.minusDays(20), 5, 5, 5, 0, 0, "党支部提议整治6组蓄水池。");
        assertThat(text("nextStep")).isEqualTo("两委会商议");
        tallScreenshot("decision-3-meeting");
        meeting("两委联席会议", today.minusDays(15), 9, 9, 9, 0, 0, "两委商议整治方案和筹资标准。");
        meeting("党员大会", today.minusDays(10), 36, 26, 12, 10, 4, "部分党员认为筹资标准偏高。");
        assertThat(browser.findElement(By.id("globalMessages")).getText()).contains("会议未通过", "须有超过到会人数1/2的人赞成");
        assertThat(text("nextStep")).isEqualTo("党员大会审议");
        tallScreenshot("decision-4-lost-vote");
        meeting("党员大会", today.minusDays(6), 36, 28, 22, 4, 2, "调整筹资标准后再次审议，通过。");
        meeting("村民代表会议", today.minusDays(3), 33, 27, 23, 2, 2, "村民代表会议表决通过。");
        assertThat(text("status")).isEqualTo("已决议，待公开");

        // 决议公开 (三家镇 does not review): the period is filled with the default seven days
        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolution:body")));
        body.sendKeys("经村民代表会议表决通过：整治6组蓄水池，预算8.6万元，受益户每户出工不超过3天。");
        assertThat(browser.findElement(By.id("resolution:startsOn")).getAttribute("value"))
                .isEqualTo(today.toString());
        assertThat(browser.findElement(By.id("resolution:endsOn")).getAttribute("value"))
                .isEqualTo(today.plusDays(6).toString());
        tallScreenshot("decision-5-resolution");
        click(By.id("resolution:submit"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "决议已公开"));

        // 实施结果公开 with a photo
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result:body")))
                .sendKeys("蓄水池已清淤加固，新建护栏42米。");
        browser.findElement(By.id("result:fundsUsed")).sendKeys("81250.00");
        browser.findElement(By.id("result:progress")).sendKeys("已完工并验收");
        setDate("result:completedOn", today);
        Path photo = Files.createTempFile("decision-photo", ".png");
        Files.write(photo, PNG);
        browser.findElement(By.cssSelector("#result\\:photosUpload input[type=file]"))
                .sendKeys(photo.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result:photosList"), "1"));
        tallScreenshot("decision-6-result");
        click(By.id("result:publish"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "结果已公开"));
        assertThat(Demo.count(
                        "select count(*) from decision_attachment a join decision_disclosure d on d.id = a.disclosure_id"
                                + " where a.matter_id = ? and d.kind = 'RESULT' and a.public_visible = true",
                        id))
                .isEqualTo(1);
        assertThat(Demo.count("select count(*) from decision_meeting where matter_id = ?", id))
                .isEqualTo(5);

        // the register sheet, ready to print
        click(By.id("sheetLink"));
        wait.until(ExpectedConditions.urlContains("/clerk/decision-sheet"));
        assertThat(browser.findElement(By.id("sheet")).getText())
                .contains(title, "党员大会", "表决未通过", "村民代表会议", "81,250.00", "已完工并验收");
        tallScreenshot("decision-7-sheet");
    }

    @Test
    void theTownSeesItsQueueAndTheAdministratorTheSettings() {
        signIn("yufeng.staff");
        browser.get(TestServer.url("/staff/decisions/"));
        assertThat(browser.findElement(By.id("review:queue")).getText()).contains("金鸡村闲置厂房出租");
        tallScreenshot("decision-8-town-queue");
        click(By.cssSelector("#review\\:queue a.b-review-link"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review:approve")));
        assertThat(browser.findElement(By.id("sheet")).getText()).contains("待乡镇审核");
        tallScreenshot("decision-9-town-review");

        browser.manage().deleteAllCookies();
        signIn("admin");
        browser.get(TestServer.url("/admin/decisions"));
        assertThat(browser.findElement(By.id("settings:partyMembersQuorum")).getAttribute("value"))
                .isEqualTo("2/3");
        tallScreenshot("decision-10-admin");
    }

    private void meeting(
            String form, LocalDate day, int expected, int present, int yes, int no, int abstain, String minutes) {
        int before =
                browser.findElements(By.cssSelector("table.b-sheet-meeting")).size();
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting:form"))))
                .selectByVisibleText(form);
        setDate("meeting:heldOn", day);
        type("meeting:expected", expected);
        type("meeting:present", present);
        type("meeting:votesFor", yes);
        type("meeting:votesAgainst", no);
        type("meeting:abstaining", abstain);
        browser.findElement(By.id("meeting:minutes")).sendKeys(minutes);
        click(By.id("meeting:record"));
        wait.until(d -> d.findElements(By.cssSelector("table.b-sheet-meeting")).size() == before + 1);
    }

    private void type(String id, int value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(String.valueOf(value));
    }

    /** Date inputs take their value in the browser's own format when typed; the value itself is ISO. */
    private void setDate(String id, LocalDate day) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, day.toString());
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private void signIn(String username) {
        browser.get(TestServer.url("/login"));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(Demo.PASSWORD);
        click(By.id("login:signIn"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
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
