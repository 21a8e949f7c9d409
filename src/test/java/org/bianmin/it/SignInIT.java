package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in, refusal, lockout and sign-out, and the audit lines each leaves. */
@ExtendWith(TestServer.class)
class SignInIT {

    private static final String REFUSED = "用户名或密码不正确";
    private static final String LOCKED = "账号已暂时锁定";

    @Test
    void aGoodSignInLandsOnTheUsersDeskAndIsAudited() throws SQLException {
        String user = Demo.insertUser("TOWN_STAFF", "TC-510904111");
        PortalClient client = new PortalClient();
        HttpResponse<String> response = client.signIn(user, Demo.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/staff/"));
        assertThat(client.get("/staff/").body()).contains("玉丰镇便民服务中心");
        assertThat(Demo.count("select count(*) from audit_entry where actor_name = ? and action = 'SIGN_IN'", user))
                .isEqualTo(1);
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameMessageAndAreAudited() throws SQLException {
        String user = Demo.insertUser("TOWN_STAFF", "TC-510904111");
        String unknown = Demo.unique("nobody.");
        HttpResponse<String> wrong = new PortalClient().signIn(user, "Wrong-pass1");
        HttpResponse<String> nobody = new PortalClient().signIn(unknown, "Wrong-pass1");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains(REFUSED);
        assertThat(nobody.body()).contains(REFUSED);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where actor_name = ? and action = 'SIGN_IN_FAILED'", user))
                .isEqualTo(1);
        assertThat(Demo.count(
                        "select count(*) from audit_entry where actor_name = ? and action = 'SIGN_IN_FAILED'", unknown))
                .isEqualTo(1);
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws SQLException {
        String user = Demo.insertUser("TOWN_STAFF", "TC-510904112");
        PortalClient client = new PortalClient();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(client.signIn(user, "Wrong-pass" + attempt).body())
                    .as("attempt " + attempt)
                    .contains(REFUSED);
        }
        assertThat(client.signIn(user, "Wrong-pass5").body()).contains(LOCKED);
        HttpResponse<String> right = client.signIn(user, Demo.PASSWORD);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains(LOCKED);
        assertThat(Demo.count("select count(*) from audit_entry where actor_name = ? and action = 'LOCKOUT'", user))
                .isEqualTo(1);
        assertThat(Demo.count("select count(*) from audit_entry where actor_name = ? and action = 'SIGN_IN'", user))
                .isZero();
    }

    @Test
    void anUnknownNameIsLockedExactlyLikeAKnownOne() {
        String unknown = Demo.unique("ghost.");
        PortalClient client = new PortalClient();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(client.signIn(unknown, "Wrong-pass" + attempt).body()).contains(REFUSED);
        }
        assertThat(client.signIn(unknown, "Wrong-pass5").body()).contains(LOCKED);
    }

    @Test
    void signInRenewsTheSessionIdAndSignOutEndsTheSession() throws SQLException {
        String user = Demo.insertUser("TOWN_STAFF", "TC-510904110");
        PortalClient client = new PortalClient();
        // a session that exists before sign-in: asking for a desk page saves the request in one
        String before = sessionCookie(client.get("/staff/"));
        assertThat(before).isNotNull();
        HttpResponse<String> signedIn = client.signIn(user, Demo.PASSWORD);
        String after = sessionCookie(signedIn);
        assertThat(after).isNotNull().isNotEqualTo(before);
        HttpResponse<String> desk = client.get("/staff/");
        assertThat(desk.statusCode()).isEqualTo(200);
        HttpResponse<String> out = client.submit("/staff/", "userbox", java.util.Map.of(), "signOut");
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(client.get("/staff/").statusCode()).isEqualTo(302);
        assertThat(Demo.count("select count(*) from audit_entry where actor_name = ? and action = 'SIGN_OUT'", user))
                .isEqualTo(1);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtTheNextRequest() throws SQLException {
        String user = Demo.insertUser("TOWN_STAFF", "TC-510904110");
        PortalClient client = new PortalClient();
        client.signIn(user, Demo.PASSWORD);
        assertThat(client.get("/staff/").statusCode()).isEqualTo(200);
        Demo.execute("update user_account set enabled = false where username = ?", user);
        HttpResponse<String> next = client.get("/staff/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended=1"));
        assertThat(client.get("/staff/").statusCode())
                .as("and stays signed out")
                .isEqualTo(302);
    }

    @Test
    void changingAnAccountsRolesEndsItsOpenSession() throws SQLException {
        String user = Demo.insertUser("TOWN_STAFF", "TC-510904110");
        PortalClient client = new PortalClient();
        client.signIn(user, Demo.PASSWORD);
        assertThat(client.get("/staff/").statusCode()).isEqualTo(200);
        Demo.execute(
                "insert into user_role (user_id, role) select id, 'TOWN_LEADER' from user_account"
                        + " where username = ?",
                user);
        assertThat(client.get("/staff/").statusCode()).isEqualTo(302);
        assertThat(client.signIn(user, Demo.PASSWORD).statusCode())
                .as("signing in again works")
                .isEqualTo(302);
        assertThat(client.get("/staff/").statusCode()).isEqualTo(200);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("BIANMIN_SESSION="))
                .map(c -> c.substring("BIANMIN_SESSION=".length(), c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }
}
