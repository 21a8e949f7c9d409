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

/** The foundation's journeys in a real browser: an administrator, a new staff member, the public and the kiosk. */
@ExtendWith(TestServer.class)
class FoundationJourneysIT {

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
    void anAdministratorCreatesATownStaffUserWhoThenSignsInAndSeesTheStaffDesk() throws SQLException {
        signIn("admin", Demo.PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*/admin/$"));
        browser.get(TestServer.url("/admin/users"));

        String username = Demo.unique("town.");
        click(By.id("list:new"));
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:username")));
        name.sendKeys(username);
        browser.findElement(By.id("editor:displayName")).sendKeys("王小明");
        // roles: tick 镇（街道）工作人员
        browser.findElement(By.xpath("//label[text()='镇（街道）工作人员']")).click();
        chooseFromMenu("editor:office", "三家镇便民服务中心");
        click(By.id("editor:save"));

        WebElement issued = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("list:issuedPassword")));
        String temporary = issued.getText().strip();
        assertThat(temporary).hasSize(12);
        assertThat(browser.findElement(By.id("list:issuedFor")).getText()).isEqualTo(username);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where actor_name = 'admin' and action = 'USER_CREATED'"
                                + " and summary like ?",
                        "%username=" + username + "%"))
                .isEqualTo(1);

        signOut();
        signIn(username, temporary);
        wait.until(ExpectedConditions.urlMatches(".*/account/password$"));
        browser.findElement(By.id("password:current")).sendKeys(temporary);
        browser.findElement(By.id("password:next")).sendKeys("Xiaoming-2026");
        browser.findElement(By.id("password:confirmation")).sendKeys("Xiaoming-2026");
        click(By.id("password:save"));
        wait.until(ExpectedConditions.urlMatches(".*/staff/$"));
        assertThat(browser.findElement(By.id("welcome")).getText()).contains("王小明");
        assertThat(browser.findElement(By.id("office")).getText()).isEqualTo("三家镇便民服务中心");
    }

    @Test
    void aWrongPasswordShowsAClearMessage() {
        signIn("sanjia.staff", "not-the-password");
        WebElement messages = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#globalMessages .ui-messages-error")));
        assertThat(messages.getText()).contains("用户名或密码不正确");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void thePublicHomeSpeaksChineseAndEnglish() {
        browser.get(TestServer.url("/"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("安居区乡村便民服务");
        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Anju District village services"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.getCurrentUrl()).isEqualTo(TestServer.url("/"));
        browser.findElement(By.linkText("中文")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "安居区乡村便民服务"));
    }

    @Test
    void theKioskHomeUsesTheKioskThemeWithItsIdleCountdown() throws SQLException {
        Kiosks.enrol(browser, "510904110201");
        browser.get(TestServer.url("/kiosk/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("便民服务自助终端");
        assertThat(browser.findElement(By.id("kioskVillage")).getText()).isEqualTo("三门村");
        assertThat(browser.findElements(By.cssSelector("link[href*='ln=primefaces-bianmin-kiosk']")))
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("body.b-kiosk"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".b-tile"))).hasSizeGreaterThanOrEqualTo(2);
        WebElement idle = browser.findElement(By.id("b-idle"));
        // TestServer sets BIANMIN_KIOSK_IDLE_SECONDS=45 (a person gets the default 180)
        assertThat(idle.getAttribute("data-timeout")).isEqualTo("45");
        assertThat(idle.isDisplayed()).isFalse();
    }

    private void signIn(String username, String password) {
        browser.get(TestServer.url("/login"));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        click(By.id("login:signIn"));
    }

    private void signOut() {
        click(By.id("userbox:signOut"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Opens a PrimeFaces select menu and picks the item with this label. */
    private void chooseFromMenu(String id, String label) {
        click(By.id(id));
        By item = By.cssSelector("li.ui-selectonemenu-item[data-label='" + label + "']");
        click(item);
        wait.until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
    }
}
