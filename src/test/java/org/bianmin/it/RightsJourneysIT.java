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
 * The rights list in a real browser: a villager reads it at the kiosk and suggests a change by name, the owning office
 * answers through the matter, the public sees the answer; and the office revises the list, taking feedback up. Takes
 * the screenshots of docs/guide-rights-list.md when asked ({@code -Dbianmin.screenshots=docs/images}).
 */
@ExtendWith(TestServer.class)
class RightsJourneysIT {

    /** 三门村, 三家镇. */
    private static final String VILLAGE = "510904110201";

    /** An item of the demo list that every version keeps: 保持房前屋后干净. */
    private static final String ITEM = "KEEP03";

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
    void aVillagerReadsTheListAtTheKioskAndSuggestsAChangeTheOfficeAnswersAndThePublicSeesIt() throws Exception {
        Kiosks.enrol(browser, VILLAGE);
        // natural words, because these screens are the guide's pictures; the phone makes the case unique
        String name = "陈秀英";
        String phone = "136" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String suggestion = "建议把垃圾收运的时间贴在村口公告栏，老人不用手机也能知道。";

        // the kiosk: home, the list by stage, one item
        browser.get(TestServer.url("/kiosk/"));
        click(By.id("rightsTile"));
        wait.until(ExpectedConditions.urlContains("/kiosk/rights"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("我的权利", "我的责任", "规划", "管护");
        Accessibility.assertNoSeriousViolations(browser, "kiosk: the list");
        Screenshots.take(browser, "rights-1-kiosk-list");
        click(By.cssSelector("#item-" + ITEM + " a.b-rights-open"));
        wait.until(ExpectedConditions.urlContains("/kiosk/rights/item"));
        Accessibility.assertNoSeriousViolations(browser, "kiosk: an item");
        tallScreenshot("rights-2-kiosk-item");

        // suggest a change, by name: the named fields appear, a code comes by SMS (shown on screen in demo mode)
        click(By.cssSelector("a.b-way-SUGGEST"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fb:text")))
                .sendKeys(suggestion);
        click(By.cssSelector("label[for='fb:identity:1']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fb:name")))
                .sendKeys(name);
        assertThat(browser.findElement(By.id("fb:text")).getAttribute("value")).isEqualTo(suggestion);
        browser.findElement(By.id("fb:phone")).sendKeys(phone);
        Accessibility.assertNoSeriousViolations(browser, "kiosk: the feedback form");
        tallScreenshot("rights-3-kiosk-form");
        click(By.id("fb:sendCode"));
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demoCodeValue")))
                .getText();
        assertThat(code).matches("\\d{6}");
        browser.findElement(By.id("fb:code")).sendKeys(code);
        Accessibility.assertNoSeriousViolations(browser, "kiosk: the code sent");
        tallScreenshot("rights-4-kiosk-code");
        click(By.id("fb:submit"));
        String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trackingNumber")))
                .getText();
        assertThat(number).matches("AJ\\d{8}-\\d{4}-\\d{2}");
        assertThat(browser.findElement(By.id("answerBy")).getText()).contains("区乡村振兴局");
        Accessibility.assertNoSeriousViolations(browser, "kiosk: feedback received");
        Screenshots.take(browser, "rights-5-kiosk-thanks");
        assertThat(Demo.count(
                        "select count(*) from rights_feedback f join matter m on m.id = f.matter_id"
                                + " where m.tracking_number = ? and f.type = 'SUGGEST' and f.channel = 'KIOSK'"
                                + " and f.village_code = ? and m.applicant_phone = ?",
                        number,
                        VILLAGE,
                        phone))
                .isEqualTo(1);

        // the office answers through the matter
        browser.manage().deleteAllCookies();
        signIn("xczx.staff");
        long matterId = Demo.count("select id from matter where tracking_number = ?", number);
        browser.get(TestServer.url("/staff/matter?id=" + matterId));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedbackText"), suggestion));
        act("ACCEPT", null);
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "已受理"));
        String reply = "感谢您的建议。各村公告栏已张贴垃圾收运时间（每周二、周五上午），下一版清单也会写明。";
        click(By.cssSelector("button.b-action-RESOLVE"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action:text")))
                .sendKeys(reply);
        Screenshots.take(browser, "rights-6-staff-answer");
        click(By.id("action:confirm"));
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "已办结"));

        // the public sees the answer under the item, with nobody's name or phone
        browser.manage().deleteAllCookies();
        browser.get(TestServer.url("/public/rights/item?key=" + ITEM));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains(suggestion, reply, "实名").doesNotContain(name, phone);
        Accessibility.assertNoSeriousViolations(browser, "public: the item with its answer");
        tallScreenshot("rights-7-public-answer");
        browser.get(TestServer.url("/public/rights"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(reply)
                .doesNotContain(name, phone);
        Accessibility.assertNoSeriousViolations(browser, "public: the list");
    }

    @Test
    void theOfficeRevisesTheListTakingFeedbackUpAndThePublicSeesWhatChanged() throws Exception {
        // a suggestion on the version in force, as a villager would leave it
        String suggestion = "建议在清单里写明每周哪几天收运垃圾。";
        Demo.execute(
                "insert into rights_feedback (version_id, version_number, item_id, item_key, type, body, named,"
                        + " town_code, channel, submitted_at, hidden, version, created_at, updated_at)"
                        + " select v.id, v.number, i.id, i.item_key, 'SUGGEST', ?, false, '510904110', 'WEB', now(3),"
                        + " false, 0, now(3), now(3) from rights_list_version v join rights_list_item i"
                        + " on i.version_id = v.id where v.status = 'PUBLISHED' and i.item_key = ?",
                suggestion,
                ITEM);

        signIn("xczx.staff");
        browser.get(TestServer.url("/staff/rights/"));
        if (!browser.findElements(By.id("versions:newDraft")).isEmpty()) {
            click(By.id("versions:newDraft"));
        } else {
            long draft = Demo.count("select id from rights_list_version where status = 'DRAFT'");
            browser.get(TestServer.url("/staff/rights/version?id=" + draft));
        }
        wait.until(ExpectedConditions.urlContains("/staff/rights/version"));
        int next = (int) Demo.count("select number from rights_list_version where status = 'DRAFT'");

        // the item changes and takes the suggestion up
        WebElement row = browser.findElement(
                By.xpath("//span[@data-key='" + ITEM + "']/ancestor::tr//button[contains(@class,'b-edit-item')]"));
        click(row);
        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item:body")));
        body.clear();
        body.sendKeys("参加“七清一扫”村庄清洁行动，厨余垃圾和其他垃圾分开投放，每周二、周五上午收运，做到房前屋后“六净六顺”。");
        click(By.xpath("//table[@id='item:adopted']//label[contains(.,'" + suggestion + "')]"));
        Screenshots.take(browser, "rights-8-staff-item");
        click(By.id("item:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("itemDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("diff"), "每周二、周五上午收运"));

        // published: it replaces the version before
        click(By.id("v:publish"));
        click(By.cssSelector(".ui-confirmdialog-yes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已发布"));
        Screenshots.take(browser, "rights-9-staff-published");
        assertThat(Demo.count(
                        "select count(*) from rights_list_version where number = ? and status = 'PUBLISHED'", next))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select adopted_version_number from rights_feedback where body = ? order by id desc limit 1",
                        suggestion))
                .isEqualTo(next);

        // the office's figures, then the public's view of what changed
        long versionId = Demo.count("select id from rights_list_version where number = ?", next - 1);
        browser.get(TestServer.url("/staff/rights/stats?id=" + versionId));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stats:items")));
        Screenshots.take(browser, "rights-10-staff-stats");
        browser.get(TestServer.url("/staff/rights/feedback"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f:rows")));
        Screenshots.take(browser, "rights-11-staff-feedback");

        browser.manage().deleteAllCookies();
        browser.get(TestServer.url("/public/rights/changes?v=" + next));
        WebElement trace = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-trace='" + ITEM + "']")));
        assertThat(trace.getText()).contains(suggestion);
        assertThat(browser.findElement(By.cssSelector("tr[data-key='" + ITEM + "']"))
                        .getAttribute("data-change"))
                .isEqualTo("CHANGED");
        Accessibility.assertNoSeriousViolations(browser, "public: what changed");
        tallScreenshot("rights-12-public-changes");

        Kiosks.enrol(browser, VILLAGE);
        browser.get(TestServer.url("/kiosk/rights/changes?v=" + next));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-trace='" + ITEM + "']")));
        Accessibility.assertNoSeriousViolations(browser, "kiosk: what changed");
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
