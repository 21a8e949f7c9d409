package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The workflow in a real browser: staff work a matter from their queue; the villager tracks and rates it. */
@ExtendWith(TestServer.class)
class WorkflowJourneysIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browsers.create();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void close(org.junit.jupiter.api.TestInfo test) {
        Browsers.keepEvidence(browser, test.getDisplayName());
        browser.quit();
    }

    @Test
    void townStaffAcceptAndResolveAMatterAndTheVillagerRatesItBadlyAtTheKiosk() throws SQLException {
        Matters.Created matter = Matters.insert("TC-510904110", "510904110201", "SUBMITTED", null);

        signIn("sanjia.staff");
        wait.until(ExpectedConditions.urlMatches(".*/staff/$"));
        click(By.linkText(matter.trackingNumber()));
        wait.until(ExpectedConditions.textToBe(By.id("trackingNumber"), matter.trackingNumber()));

        act("ACCEPT", null);
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "已受理"));
        act("RESOLVE", "已派人修复，请您查看。");
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "已办结"));
        assertThat(Demo.count("select count(*) from matter_event where matter_id = ?", matter.id()))
                .isEqualTo(3);
        assertThat(Demo.count(
                        "select count(*) from notification where reference = ? and template = 'matter.resolved'",
                        matter.trackingNumber()))
                .isEqualTo(1);

        click(By.id("userbox:signOut"));
        wait.until(ExpectedConditions.urlContains("/login"));
        Kiosks.enrol(browser, "510904110201");
        browser.get(TestServer.url("/kiosk/track?no=" + matter.trackingNumber()));
        assertThat(browser.findElement(By.id("track:number")).getAttribute("value"))
                .isEqualTo(matter.trackingNumber());
        browser.findElement(By.id("track:lastFour")).sendKeys(matter.lastFour());
        click(By.id("track:look"));
        wait.until(ExpectedConditions.textToBe(By.id("plainStatus"), "已办结"));
        assertThat(browser.findElement(By.id("officeMessage")).getText()).isEqualTo("已派人修复，请您查看。");

        click(By.xpath("//label[text()='非常不满意']"));
        click(By.id("rate:submitRating"));
        wait.until(ExpectedConditions.textToBe(By.id("plainStatus"), "已办结并归档"));
        assertThat(Demo.count(
                        "select count(*) from matter where origin_id = ? and type = 'RECTIFICATION'"
                                + " and status = 'ACCEPTED' and due_date is not null",
                        matter.id()))
                .isEqualTo(1);
    }

    @Test
    void staffFileAMatterThatTheCatalogueRoutesToTheirTownCentre() throws SQLException {
        String subject = Demo.unique("道路塌方 ");
        signIn("sanjia.staff");
        wait.until(ExpectedConditions.urlMatches(".*/staff/$"));
        click(By.id("newMatter"));
        browser.findElement(By.id("filing:subject")).sendKeys(subject);
        browser.findElement(By.id("filing:name")).sendKeys("赵大爷");
        browser.findElement(By.id("filing:idNumber")).sendKeys("510904194803120211");
        browser.findElement(By.id("filing:phone")).sendKeys("13800001234");
        chooseFromMenu("filing:village", "三家镇 三门村");
        click(By.id("filing:file"));
        // a wrong check digit: a clear message, and what was typed is still there
        WebElement error = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#globalMessages .ui-messages-error")));
        assertThat(error.getText()).contains("身份证号有误");
        assertThat(browser.findElement(By.id("filing:subject")).getAttribute("value"))
                .isEqualTo(subject);

        WebElement id = browser.findElement(By.id("filing:idNumber"));
        id.clear();
        id.sendKeys("510904194803120210");
        click(By.id("filing:file"));
        wait.until(ExpectedConditions.urlMatches(".*/staff/$"));
        assertThat(browser.findElement(By.id("globalMessages")).getText()).contains("三家镇便民服务中心");
        assertThat(Demo.count(
                        "select count(*) from matter m join office o on o.id = m.office_id"
                                + " where m.subject = ? and o.code = 'TC-510904110' and m.channel = 'STAFF'",
                        subject))
                .isEqualTo(1);
    }

    @Test
    void aMatterIsReturnedRedispatchedPausedResumedAndResolvedAndEveryStepIsInItsHistory() throws SQLException {
        String subject = Demo.unique("医保参保登记 ");
        signIn("sanjia.staff");
        wait.until(ExpectedConditions.urlMatches(".*/staff/$"));
        click(By.id("newMatter"));
        browser.findElement(By.id("filing:subject")).sendKeys(subject);
        browser.findElement(By.id("filing:name")).sendKeys("钱阿姨");
        browser.findElement(By.id("filing:phone")).sendKeys("13800004321");
        chooseFromMenu("filing:village", "三家镇 三门村");
        click(By.id("filing:file"));
        wait.until(ExpectedConditions.urlMatches(".*/staff/$"));
        String number = browser.findElement(By.id("globalMessages"))
                .getText()
                .replaceAll("(?s).*?([A-Z]+\\d{8}-\\d{4}-\\d{2}).*", "$1");
        assertThat(number).matches("[A-Z]+\\d{8}-\\d{4}-\\d{2}");

        // routed by the catalogue to 三家镇; it is not theirs, so they return it
        click(By.linkText(number));
        act("RETURN", "医保参保应由区医保局或玉丰镇办理");
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "已退单"));
        signOut();

        // the dispatch desk re-dispatches it to 玉丰镇
        signIn("dispatch.staff");
        wait.until(ExpectedConditions.urlMatches(".*/staff/$"));
        click(By.linkText(number));
        click(By.cssSelector("button.b-action-REDISPATCH"));
        chooseFromMenu("action:office", "玉丰镇便民服务中心");
        click(By.id("action:confirm"));
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "待受理"));
        assertThat(browser.findElement(By.id("matterOffice")).getText()).isEqualTo("玉丰镇便民服务中心");
        signOut();

        // 玉丰镇 accepts, asks for more, gets it, resolves
        signIn("yufeng.staff");
        wait.until(ExpectedConditions.urlMatches(".*/staff/$"));
        click(By.linkText(number));
        act("ACCEPT", null);
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "已受理"));
        act("REQUEST_INFORMATION", "请带户口簿原件到村便民服务室");
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "待补正"));
        act("RESUME", null);
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "办理中"));
        act("RESOLVE", "已完成参保登记，明年1月起生效。");
        wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "已办结"));

        assertThat(Demo.count(
                        "select count(*) from matter_event e join matter m on m.id = e.matter_id"
                                + " where m.tracking_number = ? and e.action in ('FILE', 'RETURN', 'REDISPATCH', 'ACCEPT',"
                                + " 'REQUEST_INFORMATION', 'RESUME', 'RESOLVE')",
                        number))
                .isEqualTo(7);
        assertThat(Demo.count(
                        "select count(*) from notification where reference = ? and recipient_kind = 'VILLAGER'",
                        number))
                .as("accepted, needs information, resolved")
                .isEqualTo(3);
        signOut();

        // in demo mode the administrator can read what was sent, with the phone masked
        signIn("admin");
        wait.until(ExpectedConditions.urlMatches(".*/admin/$"));
        browser.get(TestServer.url("/admin/messages"));
        String messages = browser.findElement(By.id("messages")).getText();
        assertThat(messages)
                .contains(number)
                .contains("【安居便民】")
                .contains("138****4321")
                .doesNotContain("13800004321");
    }

    @Test
    void whenTwoStaffActAtOnceTheSecondIsToldAndSeesTheFreshState() throws SQLException {
        Matters.Created matter = Matters.insert("TC-510904110", "510904110201", "SUBMITTED", null);
        WebDriver other = Browsers.create();
        try {
            signIn("sanjia.staff");
            wait.until(ExpectedConditions.urlMatches(".*/staff/$"));
            browser.get(TestServer.url("/staff/matter?id=" + matter.id()));

            WebDriver first = browser;
            browser = other;
            wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            signIn("sanjia.leader");
            wait.until(ExpectedConditions.urlMatches(".*/staff/$"));
            browser.get(TestServer.url("/staff/matter?id=" + matter.id()));
            act("ACCEPT", null);
            wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "已受理"));

            browser = first;
            wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            act("NOT_ACCEPT", "材料不全");
            WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#globalMessages .ui-messages-error")));
            assertThat(message.getText()).contains("已被其他人修改");
            wait.until(ExpectedConditions.textToBe(By.id("matter:status"), "已受理"));
            assertThat(Demo.count("select count(*) from matter where id = ? and status = 'ACCEPTED'", matter.id()))
                    .isEqualTo(1);
        } finally {
            other.quit();
        }
    }

    private void signOut() {
        click(By.id("userbox:signOut"));
        wait.until(ExpectedConditions.urlContains("/login"));
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
    }

    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        // the sticky parts of the page must not cover what is clicked
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void chooseFromMenu(String id, String label) {
        click(By.id(id));
        click(By.cssSelector("li.ui-selectonemenu-item[data-label='" + label + "']"));
        wait.until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
    }
}
