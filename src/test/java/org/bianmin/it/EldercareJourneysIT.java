package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

/**
 * 居家养老 in a real browser: a daughter applies for her mother at 三门村's kiosk (axe on every screen), the village
 * records its home check and the application goes on the public board, the town verifies, the assessor records the
 * grade and the district approves. Takes the screenshots of docs/guide-eldercare.md when asked
 * ({@code -Dbianmin.screenshots=docs/images}).
 */
@ExtendWith(TestServer.class)
class EldercareJourneysIT {

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
    void aFamilyMemberAppliesAtTheKioskAndTheApplicationGoesThroughTownAssessorAndDistrict() throws Exception {
        Kiosks.enrol(browser, VILLAGE);
        String elder = "杨秀芳";
        String idNumber = EldercareIT.idNumber(1941);
        String phone = "138" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));

        // the kiosk: home, then five screens
        browser.get(TestServer.url("/kiosk/"));
        click(By.id("eldercareTile"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f:elderName")))
                .sendKeys(elder);
        browser.findElement(By.id("f:idNumber")).sendKeys(idNumber.substring(0, 17));
        click(By.id("f:elderPhone"));
        // a wrong ID number is said at once, beside the field
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:idNumberError"), "身份证"));
        browser.findElement(By.id("f:idNumber")).clear();
        browser.findElement(By.id("f:idNumber")).sendKeys(idNumber);
        browser.findElement(By.id("f:elderPhone")).sendKeys(phone);
        browser.findElement(By.id("f:address")).sendKeys("三门村3组16号");
        click(By.id("f:address"));
        wait.until(ExpectedConditions.textToBe(By.id("f:idNumberError"), ""));
        Accessibility.assertNoSeriousViolations(browser, "kiosk: the elder");
        tallScreenshot("eldercare-1-kiosk-elder");
        click(By.id("f:next1"));

        // situation and health: notes without the consent are refused and kept
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='f:situations:0']"))));
        click(By.cssSelector("label[for='f:situations:7']"));
        String notes = "腿脚不便，上下楼需要人扶";
        browser.findElement(By.id("f:healthNotes")).sendKeys(notes);
        click(By.id("f:next2"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:healthNotesError"), "同意"));
        assertThat(browser.findElement(By.id("f:healthNotes")).getAttribute("value"))
                .isEqualTo(notes);
        click(By.cssSelector("label[for='f:healthConsent']"));
        Accessibility.assertNoSeriousViolations(browser, "kiosk: situation and health");
        tallScreenshot("eldercare-2-kiosk-situation");
        click(By.id("f:next2"));

        // the guardian and who applies: her daughter
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f:guardianName")))
                .sendKeys("杨丽");
        browser.findElement(By.id("f:guardianPhone")).sendKeys("13900002222");
        click(By.cssSelector("label[for='f:guardianRelation:2']"));
        click(By.cssSelector("label[for='f:applicantRelation:2']"));
        browser.findElement(By.id("f:applicantName")).sendKeys("杨丽");
        Accessibility.assertNoSeriousViolations(browser, "kiosk: contact");
        tallScreenshot("eldercare-3-kiosk-contact");
        click(By.id("f:next3"));

        // services
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='f:services:0']"))));
        click(By.cssSelector("label[for='f:services:2']"));
        Accessibility.assertNoSeriousViolations(browser, "kiosk: services");
        click(By.id("f:next4"));

        // review (ID number and phone masked), send
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f:submit")));
        String review = browser.findElement(By.tagName("main")).getText();
        assertThat(review).contains(elder, "助餐", "助浴", "独居", "低保").doesNotContain(idNumber, phone);
        Accessibility.assertNoSeriousViolations(browser, "kiosk: review");
        tallScreenshot("eldercare-4-kiosk-review");
        click(By.id("f:submit"));
        String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trackingNumber")))
                .getText();
        assertThat(number).matches("AJ\\d{8}-\\d{4}-\\d{2}");
        assertThat(browser.findElement(By.id("qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        Accessibility.assertNoSeriousViolations(browser, "kiosk: receipt");
        tallScreenshot("eldercare-5-kiosk-receipt");
        long id = Demo.count(
                "select id from care_application where tracking_number = ? and channel = 'KIOSK'"
                        + " and applicant_relation = 'CHILD' and health_notes = ? and health_consent_at is not null",
                number,
                notes);
        assertThat(id).isPositive();

        // the village clerk records the home check; the application goes on the board
        browser.manage().deleteAllCookies();
        signIn("sanmen.clerk");
        browser.get(TestServer.url("/clerk/eldercare/"));
        Screenshots.take(browser, "eldercare-6-clerk-queue");
        browser.get(TestServer.url("/clerk/eldercare/application?id=" + id));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("care:visitedBy")))
                .sendKeys("孙红梅、村医李平");
        browser.findElement(By.id("care:findings")).sendKeys("独居，女儿在遂宁城区工作，每周回来一次；行走需扶。");
        tallScreenshot("eldercare-7-clerk-home-check");
        click(By.id("care:doHomeCheck"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("posting")));

        browser.manage().deleteAllCookies();
        browser.get(TestServer.url("/public/eldercare/village/" + VILLAGE));
        String board = browser.findElement(By.tagName("main")).getText();
        assertThat(board).contains("杨*芳", "助餐").doesNotContain(elder, idNumber, phone, notes);
        Accessibility.assertNoSeriousViolations(browser, "public: the posting");
        Screenshots.take(browser, "eldercare-8-public-posting");

        // a week later the town verifies
        Demo.execute(
                "update care_application set posting_starts_on = date_sub(curdate(), interval 8 day),"
                        + " posting_ends_on = date_sub(curdate(), interval 1 day) where id = ?",
                id);
        signIn("sanjia.staff");
        browser.get(TestServer.url("/staff/eldercare/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(number)));
        Screenshots.take(browser, "eldercare-9-town-queue");
        click(By.linkText(number));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("care:verifyNote")))
                .sendKeys("公示期内无异议，情况属实。");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(notes);
        click(By.id("care:revealHealth"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("care:healthNotes"), notes));
        tallScreenshot("eldercare-10-town-verify");
        click(By.id("care:doVerify"));
        wait.until(ExpectedConditions.textToBe(By.id("care:stage"), "能力评估"));

        // the assessor records the grade
        browser.manage().deleteAllCookies();
        signIn("assessor");
        browser.get(TestServer.url("/staff/eldercare/application?id=" + id));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("care:assessorName")))
                .sendKeys("吴评估");
        WebElement score = browser.findElement(By.id("care:score_input"));
        score.sendKeys("55");
        click(By.cssSelector("label[for='care:grade:2']"));
        tallScreenshot("eldercare-11-assessment");
        click(By.id("care:doAssess"));
        wait.until(ExpectedConditions.textToBe(By.id("care:stage"), "区民政局审批"));
        assertThat(Demo.count(
                        "select count(*) from care_application where id = ? and grade = 'MODERATELY_IMPAIRED'"
                                + " and assessment_score = 55",
                        id))
                .isEqualTo(1);

        // the district civil-affairs bureau approves
        browser.manage().deleteAllCookies();
        signIn("minzheng.staff");
        browser.get(TestServer.url("/staff/eldercare/application?id=" + id));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("care:approveNote")))
                .sendKeys("符合条件，同意。");
        tallScreenshot("eldercare-12-district-approve");
        click(By.id("care:doApprove"));
        wait.until(ExpectedConditions.textToBe(By.id("care:stage"), "制定服务计划"));
        tallScreenshot("eldercare-13-approved-trail");
        assertThat(Demo.count(
                        "select count(*) from notification where template = 'eldercare.approved' and recipient_phone = ?",
                        phone))
                .isEqualTo(1);
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
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

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
