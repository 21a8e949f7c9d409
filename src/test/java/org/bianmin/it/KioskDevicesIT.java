package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bianmin.kiosk.domain.KioskSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Kiosk devices end to end over HTTP: an administrator creates a kiosk and gets its code, a machine enrols with it
 * once, the kiosk pages know their village, and a revocation or a new code ends the machine's token at once.
 */
@ExtendWith(TestServer.class)
class KioskDevicesIT {

    /** 三家镇 高岩村: no demo kiosk there, so every kiosk in it was made by a test. */
    private static final String GAOYAN = "510904110202";

    private static final String NEUTRAL = "登记码无效、已使用或已过期";
    private static final Pattern ISSUED_CODE = Pattern.compile("id=\"list:issuedCode\">([A-Z2-9]{8})<");

    @Test
    void anAdministratorCreatesAKioskAndItsMachineEnrolsWithTheCodeOnlyOnce() throws SQLException {
        PortalClient admin = signedInAdmin();
        String name = Demo.unique("高岩村终端 ");
        String code = create(admin, name, GAOYAN);
        assertThat(Demo.count(
                        "select count(*) from kiosk_device where name = ? and village_code = ? and token_hash is null"
                                + " and enrolment_code_hash = sha2(?, 256)"
                                // the portal's clock may differ from the database's: compare with its own time
                                + " and timestampdiff(minute, created_at, enrolment_expires_at) between 1439 and 1440",
                        name,
                        GAOYAN,
                        code))
                .isEqualTo(1);

        PortalClient machine = new PortalClient();
        HttpResponse<String> before = machine.get("/kiosk/");
        assertThat(before.statusCode()).isEqualTo(303);
        assertThat(before.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/kiosk/enrol"));

        // typed in lower case, with a space, as a person might
        HttpResponse<String> enrolled = enrol(machine, code.substring(0, 4).toLowerCase() + " " + code.substring(4));
        assertThat(enrolled.statusCode()).isEqualTo(303);
        assertThat(enrolled.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/kiosk/"));
        String setCookie = kioskSetCookie(enrolled);
        assertThat(setCookie)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict")
                .containsIgnoringCase("Path=/")
                .containsIgnoringCase("Max-Age=157680000")
                .as("not Secure over plain HTTP")
                .doesNotContainPattern("(?i);\\s*Secure\\s*(;|$)");
        String token = machine.cookie(Kiosks.COOKIE);
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Demo.count(
                        "select count(*) from kiosk_device where name = ? and token_hash = sha2(?, 256)"
                                + " and enrolment_code_hash is null and enrolled_at is not null",
                        name,
                        token))
                .isEqualTo(1);

        HttpResponse<String> home = machine.get("/kiosk/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<span id=\"kioskVillage\" class=\"b-kiosk-place\">高岩村</span>");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(machine.get("/kiosk/track").statusCode()).isEqualTo(200);

        // the same code at a second machine: the neutral answer, and no cookie
        PortalClient second = new PortalClient();
        HttpResponse<String> again = enrol(second, code);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains(NEUTRAL);
        assertThat(second.cookie(Kiosks.COOKIE)).isNull();
        assertThat(second.get("/kiosk/").statusCode()).isEqualTo(303);

        // audited, and neither the code nor the token is written anywhere in the log
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'KIOSK_CREATED' and actor_name = 'admin'"
                                + " and summary like ?",
                        "%name=" + name + "%"))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'KIOSK_ENROLLED' and summary like ?",
                        "%name=" + name + "%"))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where summary like ? or summary like ? or object_id like ?",
                        "%" + code + "%",
                        "%" + token + "%",
                        "%" + token + "%"))
                .isZero();
    }

    @Test
    void aWrongOrMalformedCodeGetsOneNeutralMessageAndNoCookie() {
        PortalClient machine = new PortalClient();
        for (String wrong : new String[] {"ZZZZ9999", "not-a-code"}) {
            HttpResponse<String> response = enrol(machine, wrong);
            assertThat(response.statusCode()).as(wrong).isEqualTo(200);
            assertThat(response.body()).as(wrong).contains(NEUTRAL);
            Pages.assertNoStackTrace(response.body());
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Kiosks.COOKIE));
        }
        assertThat(machine.get("/kiosk/").statusCode()).isEqualTo(303);
    }

    @Test
    void theEnrolmentPageExplainsAndLinksToThePublicPages() {
        HttpResponse<String> page = new PortalClient().get("/kiosk/enrol");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("这台设备不是村便民服务室的自助终端")
                .contains("href=\"/\"")
                .contains("href=\"/public/notices\"")
                .contains("href=\"/track\"")
                .contains("id=\"enrol:code\"")
                .doesNotContain("id=\"kioskVillage\"")
                .doesNotContain("b-idle");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void anEnrolledKioskOpeningTheEnrolmentPageIsToldWhichKioskItIs() throws SQLException {
        Kiosks.Kiosk kiosk = Kiosks.enrol(GAOYAN);
        HttpResponse<String> page = kiosk.client().get("/kiosk/enrol");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(kiosk.name()).contains("id=\"kioskVillage\"");
    }

    @Test
    void aRevokedKioskIsSentToEnrolmentAtOnceAndLosesItsCookie() throws SQLException {
        PortalClient admin = signedInAdmin();
        String name = Demo.unique("高岩村终端 ");
        PortalClient machine = new PortalClient();
        enrol(machine, create(admin, name, GAOYAN));
        assertThat(machine.get("/kiosk/").statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = rowAction(admin, name, "revoke");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("已停用终端 " + name);

        HttpResponse<String> after = machine.get("/kiosk/");
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/kiosk/enrol"));
        assertThat(kioskSetCookie(after)).containsIgnoringCase("Max-Age=0");
        assertThat(machine.cookie(Kiosks.COOKIE)).isNull();
        assertThat(Demo.count(
                        "select count(*) from kiosk_device where name = ? and revoked_at is not null"
                                + " and token_hash is null",
                        name))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'KIOSK_REVOKED' and actor_name = 'admin'"
                                + " and summary like ?",
                        "%name=" + name + "%"))
                .isEqualTo(1);
    }

    @Test
    void aNewCodeForAReplacedMachineEndsTheOldMachinesToken() throws SQLException {
        PortalClient admin = signedInAdmin();
        String name = Demo.unique("高岩村终端 ");
        PortalClient oldMachine = new PortalClient();
        enrol(oldMachine, create(admin, name, GAOYAN));
        String oldToken = oldMachine.cookie(Kiosks.COOKIE);
        assertThat(oldMachine.get("/kiosk/").statusCode()).isEqualTo(200);

        HttpResponse<String> issued = rowAction(admin, name, "newCode");
        Matcher matcher = ISSUED_CODE.matcher(issued.body());
        assertThat(matcher.find()).as("a new code is shown").isTrue();
        assertThat(oldMachine.get("/kiosk/").statusCode()).isEqualTo(303);

        PortalClient newMachine = new PortalClient();
        assertThat(enrol(newMachine, matcher.group(1)).statusCode()).isEqualTo(303);
        assertThat(newMachine.cookie(Kiosks.COOKIE)).isNotEqualTo(oldToken);
        assertThat(newMachine.get("/kiosk/").statusCode()).isEqualTo(200);
        assertThat(new PortalClient()
                        .withCookie(Kiosks.COOKIE, oldToken)
                        .get("/kiosk/")
                        .statusCode())
                .isEqualTo(303);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where action = 'KIOSK_CODE_ISSUED' and summary like ?",
                        "%name=" + name + "%was=ENROLLED%"))
                .isEqualTo(1);
    }

    @Test
    void aKioskInUseIsNotedAsSeenAtMostEveryTenMinutes() throws SQLException {
        Kiosks.Kiosk kiosk = Kiosks.enrol(GAOYAN);
        PortalClient client = kiosk.client();

        // the portal's clock may differ from the database's, so every step moves the time the portal wrote
        Demo.execute("update kiosk_device set last_seen_at = '2000-01-01 00:00:00' where id = ?", kiosk.id());
        assertThat(client.get("/kiosk/").statusCode()).isEqualTo(200);
        LocalDateTime seen = lastSeen(kiosk);
        assertThat(seen).as("seen again after a long time").isAfter(LocalDateTime.of(2020, 1, 1, 0, 0));

        Demo.execute("update kiosk_device set last_seen_at = ? where id = ?", seen.minusMinutes(5), kiosk.id());
        assertThat(client.get("/kiosk/").statusCode()).isEqualTo(200);
        assertThat(lastSeen(kiosk)).as("not written again within ten minutes").isEqualTo(seen.minusMinutes(5));

        Demo.execute("update kiosk_device set last_seen_at = ? where id = ?", seen.minusMinutes(11), kiosk.id());
        assertThat(client.get("/kiosk/").statusCode()).isEqualTo(200);
        assertThat(lastSeen(kiosk)).as("written again after ten minutes").isAfterOrEqualTo(seen);

        assertThat(Demo.count("select count(*) from kiosk_device where id = ? and version = 0", kiosk.id()))
                .as("being seen does not change the version")
                .isEqualTo(1);
    }

    @Test
    void anAdministratorCannotCreateAKioskForATown() throws SQLException {
        PortalClient admin = signedInAdmin();
        long townId = Demo.count("select id from place where code = '510904110'");
        HttpResponse<String> response = admin.submit(
                "/admin/kiosks",
                "editor",
                Map.of("name", Demo.unique("镇终端 "), "village_input", String.valueOf(townId)),
                "save");
        assertThat(response.body()).doesNotContain("id=\"list:issuedCode\"");
        Pages.assertNoStackTrace(response.body());
        assertThat(Demo.count("select count(*) from kiosk_device where village_code = '510904110'"))
                .isZero();
    }

    @Test
    void aBrowserIsSentToEnrolmentTypesTheCodeAndBecomesTheKioskOfItsVillage(TestInfo test) throws SQLException {
        String code = KioskSecrets.newEnrolmentCode();
        String name = Demo.unique("高岩村终端 ");
        Demo.execute(
                "insert into kiosk_device (name, village_code, enrolment_code_hash, enrolment_expires_at, version,"
                        + " created_at, updated_at) values (?, ?, sha2(?, 256), now(3) + interval 1 day, 0, now(3),"
                        + " now(3))",
                name,
                GAOYAN,
                code);
        WebDriver browser = Browsers.create();
        try {
            WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(15));
            browser.get(TestServer.url("/kiosk/"));
            wait.until(ExpectedConditions.urlMatches(".*/kiosk/enrol$"));
            assertThat(browser.findElements(By.id("kioskVillage"))).isEmpty();
            Browsers.keepEvidence(browser, "kiosk enrol page");
            browser.findElement(By.id("enrol:code")).sendKeys(code.toLowerCase());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("enrol:submit")))
                    .click();
            wait.until(ExpectedConditions.urlMatches(".*/kiosk/$"));
            assertThat(browser.findElement(By.id("kioskVillage")).getText()).isEqualTo("高岩村");
            assertThat(browser.manage().getCookieNamed(Kiosks.COOKIE)).isNotNull();
        } finally {
            Browsers.keepEvidence(browser, test.getDisplayName());
            browser.quit();
        }
    }

    private static LocalDateTime lastSeen(Kiosks.Kiosk kiosk) throws SQLException {
        try (Connection c = TestServer.sql();
                PreparedStatement query = c.prepareStatement("select last_seen_at from kiosk_device where id = ?")) {
            query.setLong(1, kiosk.id());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, LocalDateTime.class);
            }
        }
    }

    private static PortalClient signedInAdmin() {
        PortalClient admin = new PortalClient();
        assertThat(admin.signIn("admin", Demo.PASSWORD).statusCode()).isEqualTo(302);
        return admin;
    }

    /** Creates a kiosk on /admin/kiosks and returns the enrolment code shown once. */
    private static String create(PortalClient admin, String name, String villageCode) throws SQLException {
        long villageId = Demo.count("select id from place where code = ?", villageCode);
        HttpResponse<String> response = admin.submit(
                "/admin/kiosks", "editor", Map.of("name", name, "village_input", String.valueOf(villageId)), "save");
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher matcher = ISSUED_CODE.matcher(response.body());
        assertThat(matcher.find()).as("the code is shown once after creating").isTrue();
        assertThat(response.body()).contains("id=\"list:issuedFor\" class=\"b-strong\">" + name + "<");
        return matcher.group(1);
    }

    private static HttpResponse<String> enrol(PortalClient machine, String code) {
        return machine.submit("/kiosk/enrol", "enrol", Map.of("code", code), "submit");
    }

    /** Presses a row's button (newCode, revoke) for the kiosk with this name on /admin/kiosks. */
    private static HttpResponse<String> rowAction(PortalClient admin, String name, String button) {
        String page = admin.get("/admin/kiosks").body();
        int at = page.indexOf(">" + name + "<");
        assertThat(at).as("%s listed", name).isPositive();
        Matcher row =
                Pattern.compile("id=\"list:kiosks:(\\d+):" + button + "\"").matcher(page);
        assertThat(row.find(at)).as("%s has a %s button", name, button).isTrue();
        return admin.submit("/admin/kiosks", "list", Map.of(), "kiosks:" + row.group(1) + ":" + button);
    }

    private static String kioskSetCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Kiosks.COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + Kiosks.COOKIE + " cookie set"));
    }
}
