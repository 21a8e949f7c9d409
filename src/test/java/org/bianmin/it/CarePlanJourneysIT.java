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
 * Home care after approval in a real browser: the administrator's providers; 区民政局 makes the plan of an approved
 * demo application (a provider that does not serve the village is refused first, nothing typed is lost); the town
 * reviews a plan that is due; the public list and the statistics. Takes the screenshots of
 * docs/guide-eldercare-plans.md when asked ({@code -Dbianmin.screenshots=docs/images}).
 */
@ExtendWith(TestServer.class)
class CarePlanJourneysIT {

    /** 三门村, 三家镇 */
    private static final String SANMEN = "510904110201";

    /** V10's 李秀珍, approved and waiting for her plan (when no other test has made it yet). */
    private static final String WAITING = "AJ20261101-7107-07";

    /** V11's 吴秀英, whose six-monthly review is due. */
    private static final String DUE = "AJ20260401-7111-11";

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
    void theDistrictMakesAPlanForAnApprovedApplicationAndTheTownReviewsADuePlan() throws Exception {
        // the administrator's registry
        signIn("admin");
        browser.get(TestServer.url("/admin/eldercare/providers"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("三家镇幸福居家养老服务中心", "全镇 三家镇", "停用");
        tallScreenshot("care-plans-1-providers");

        // 区民政局: the approved application waiting for its plan
        browser.manage().deleteAllCookies();
        signIn("minzheng.staff");
        long application = waitingApplication();
        browser.get(TestServer.url("/staff/eldercare/plans"));
        assertThat(browser.findElement(By.id("awaiting")).getText())
                .contains("李*珍")
                .doesNotContain("李秀珍");
        tallScreenshot("care-plans-2-awaiting");
        click(By.cssSelector("a.b-make-plan[href*='application=" + application + "']"));
        wait.until(ExpectedConditions.urlContains("/staff/eldercare/plan-new"));

        // a provider that does not serve 三门村 is refused, with what was typed kept
        selectMenu("plan:provider", "玉丰镇康乐养老服务站（不在该村服务）");
        type(By.id("plan:hours"), "20");
        type(By.id("plan:subsidy"), "200");
        click(By.id("plan:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "不在老人所在的村提供服务"));
        assertThat(browser.findElement(By.id("plan:hours")).getAttribute("value"))
                .isEqualTo("20");
        tallScreenshot("care-plans-3-form");
        selectMenu("plan:provider", "三家镇幸福居家养老服务中心");
        click(By.id("plan:save"));
        wait.until(ExpectedConditions.urlContains("/staff/eldercare/plan?id="));
        assertThat(browser.findElement(By.id("plan-facts")).getText()).contains("三家镇幸福居家养老服务中心", "20", "200");
        assertThat(Demo.count(
                        "select count(*) from care_application where id = ? and stage = 'IN_SERVICE'", application))
                .isEqualTo(1);

        // the town: its plans, one due for review (V11's 吴秀英), for which the job has filed the town's reminder
        long due = Demo.count(
                "select p.id from care_plan p join care_application a on a.id = p.application_id where a.tracking_number = ?",
                DUE);
        assertThat(Demo.count("select count(*) from care_plan where id = ? and next_review_on <= current_date", due))
                .isEqualTo(1);
        browser.manage().deleteAllCookies();
        signIn("sanjia.staff");
        browser.get(TestServer.url("/staff/eldercare/plans"));
        assertThat(browser.findElement(By.id("f:rows")).getText()).contains("应复评");
        tallScreenshot("care-plans-4-plans");
        browser.get(TestServer.url("/staff/eldercare/plan?id=" + due));
        click(By.id("actions:review"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewForm:note")))
                .sendKeys("入户回访，老人满意，继续服务。");
        Screenshots.take(browser, "care-plans-5-review");
        click(By.id("reviewForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "已记录复评"));
        assertThat(Demo.count("select count(*) from care_review where plan_id = ? and outcome = 'CONTINUE'", due))
                .isPositive();

        // the public list of 三门村
        browser.manage().deleteAllCookies();
        browser.get(TestServer.url("/public/eldercare/recipients/village/" + SANMEN));
        String list = browser.findElement(By.tagName("main")).getText();
        assertThat(list).contains("李*珍", "吴*英", "三门村").doesNotContain("李秀珍", "吴秀英");
        Accessibility.assertNoSeriousViolations(browser, "public: the recipients of 三门村");
        Screenshots.take(browser, "care-plans-6-public");

        // the statistics
        signIn("minzheng.staff");
        browser.get(TestServer.url("/staff/eldercare/stats"));
        assertThat(browser.findElement(By.id("stats:towns")).getText()).contains("三家镇", "玉丰镇");
        tallScreenshot("care-plans-7-stats");
    }

    /** 李秀珍's application if she still waits for her plan, else a fresh approved application of 三门村. */
    private static long waitingApplication() throws Exception {
        long demo = Demo.count(
                "select coalesce(max(a.id), 0) from care_application a where a.tracking_number = ? and a.stage = 'SERVICE_PLAN'"
                        + " and not exists (select 1 from care_plan p where p.application_id = a.id)",
                WAITING);
        return demo > 0 ? demo : CarePlansIT.insertApproved(SANMEN, "李秀珍").id();
    }

    private void signIn(String username) {
        browser.get(TestServer.url("/login"));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(Demo.PASSWORD);
        click(By.id("login:signIn"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Opens a PrimeFaces select menu and picks an item; no scrolling once open (a scroll closes the panel). */
    private void selectMenu(String id, String label) {
        click(By.id(id));
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("li.ui-selectonemenu-item[data-label='" + label + "']")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
    }

    private void type(By locator, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        input.clear();
        input.sendKeys(text);
    }

    private void click(By by) {
        click(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Screenshots show a page from its top: a long page is shown in a taller window. */
    private void tallScreenshot(String name) {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), 1800));
        try {
            Screenshots.take(browser, name);
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
