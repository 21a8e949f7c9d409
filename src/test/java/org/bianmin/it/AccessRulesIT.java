package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every signed-in folder refuses people without its role; public pages need nobody and keep no session. */
@ExtendWith(TestServer.class)
class AccessRulesIT {

    /** 三家镇 三门村, the demo village. */
    private static final String SANMEN_VILLAGE = "510904110201";

    @ParameterizedTest
    @ValueSource(strings = {"/admin/", "/admin/users", "/admin/audit", "/staff/", "/clerk/", "/account/password"})
    void anonymousVisitorsAreSentToSignIn(String path) {
        HttpResponse<String> response = new PortalClient().get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void anonymousAjaxRequestsGetAFacesRedirectNotA302() {
        HttpResponse<String> response = new PortalClient().get("/staff/", Map.of("Faces-Request", "partial/ajax"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<partial-response><redirect url=\"/login\"/></partial-response>");
    }

    /** user, then the expected status for /admin/, /admin/audit, /staff/, /clerk/ (200 open, 403 refused). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "admin,          200, 403, 403, 403",
        "auditor,        403, 200, 403, 403",
        "sanjia.staff,   403, 403, 200, 403",
        "sanjia.leader,  403, 403, 200, 403",
        "minzheng.staff, 403, 403, 200, 403",
        "sanmen.clerk,   403, 403, 403, 200",
        "sanmen.helper,  403, 403, 403, 200"
    })
    void eachRoleOpensOnlyItsOwnFolders(String user, int admin, int audit, int staff, int clerk) {
        PortalClient client = new PortalClient();
        assertThat(client.signIn(user, Demo.PASSWORD).statusCode())
                .as("sign-in redirects")
                .isEqualTo(302);
        assertThat(client.get("/admin/").statusCode()).as("/admin/").isEqualTo(admin);
        assertThat(client.get("/admin/audit").statusCode()).as("/admin/audit").isEqualTo(audit);
        assertThat(client.get("/staff/").statusCode()).as("/staff/").isEqualTo(staff);
        assertThat(client.get("/clerk/").statusCode()).as("/clerk/").isEqualTo(clerk);
    }

    @Test
    void aTownStaffMemberReachingAdminIsRefusedWithAFriendlyPageAndAudited() throws SQLException {
        String user = Demo.insertUser("TOWN_STAFF", "TC-510904110");
        PortalClient client = new PortalClient();
        client.signIn(user, Demo.PASSWORD);
        HttpResponse<String> response = client.get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("没有权限");
        Pages.assertNoStackTrace(response.body());
        assertThat(Demo.count(
                        "select count(*) from audit_entry where actor_name = ? and action = 'ACCESS_DENIED'"
                                + " and summary = '/admin/users'",
                        user))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/public/notices", "/public/rights", "/kiosk/enrol"})
    void publicPagesOpenWithoutSignInAndCreateNoSession(String path) {
        HttpResponse<String> response = new PortalClient().get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("BIANMIN_SESSION"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kiosk/", "/kiosk/track"})
    void anEnrolledKioskOpensTheKioskPagesWithoutSignInAndCreatesNoSession(String path) throws SQLException {
        HttpResponse<String> response = Kiosks.client(SANMEN_VILLAGE).get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("BIANMIN_SESSION"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kiosk/", "/kiosk/track", "/kiosk/track?no=AJ1", "/kiosk/file", "/kiosk/receipt"})
    void aBrowserThatIsNotAnEnrolledKioskIsSentToEnrolment(String path) {
        HttpResponse<String> response = new PortalClient().get(path);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/kiosk/enrol"));
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("BIANMIN_SESSION"));
    }

    /** Other spellings of a kiosk page are first sent to their canonical address, and from there to enrolment. */
    @ParameterizedTest
    @ValueSource(strings = {"/kiosk/index", "/kiosk/index.xhtml", "/kiosk/track.xhtml"})
    void noOtherSpellingOfAKioskPageOpensForABrowserThatIsNotAKiosk(String path) {
        PortalClient client = new PortalClient();
        HttpResponse<String> response = client.get(path);
        for (int hops = 0; hops < 3 && response.statusCode() == 301; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = client.get(
                    java.net.URI.create(TestServer.baseUrl()).resolve(location).getRawPath());
        }
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/kiosk/enrol"));
    }

    @Test
    void anUnknownKioskTokenIsSentToEnrolmentAndDropped() {
        HttpResponse<String> response =
                new PortalClient().withCookie(Kiosks.COOKIE, "x".repeat(43)).get("/kiosk/");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith(Kiosks.COOKIE + "=").containsIgnoringCase("Max-Age=0"));
    }

    @Test
    void anAjaxRequestFromABrowserThatIsNotAKioskGetsAFacesRedirect() {
        HttpResponse<String> response = new PortalClient().get("/kiosk/", Map.of("Faces-Request", "partial/ajax"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<partial-response><redirect url=\"/kiosk/enrol\"/></partial-response>");
    }

    @Test
    void kioskPagesAreNeverStored() throws SQLException {
        HttpResponse<String> response = Kiosks.client(SANMEN_VILLAGE).get("/kiosk/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new PortalClient().get("/kiosk/enrol").headers().firstValue("Cache-Control"))
                .hasValue("no-store");
    }
}
