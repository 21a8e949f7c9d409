package org.bianmin.it;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Enrolled kiosks for tests that open kiosk pages: a kiosk put straight into the database with a known device token,
 * and that token in a client's or a browser's kiosk cookie. The token's hash is made by MariaDB's {@code sha2}, as in the
 * demo data, so every test through it also checks that the application hashes the same way.
 */
public final class Kiosks {

    /** The kiosk cookie's name (see {@code KioskCookie}). */
    public static final String COOKIE = "bianmin_kiosk";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Kiosks() {}

    /** An enrolled kiosk for this village (a VILLAGE place code, e.g. 三门村 {@code 510904110201}). */
    public static Kiosk enrol(String villageCode) throws SQLException {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String name = Demo.unique("测试终端 ");
        try (Connection c = TestServer.sql();
                PreparedStatement insert = c.prepareStatement(
                        "insert into kiosk_device (name, village_code, token_hash, enrolled_at, last_seen_at, version,"
                                + " created_at, updated_at) values (?, ?, sha2(?, 256), now(3), now(3), 0, now(3), now(3))",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, villageCode);
            insert.setString(3, token);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Kiosk(keys.getLong(1), name, villageCode, token);
            }
        }
    }

    /** A client that is an enrolled kiosk of this village. */
    public static PortalClient client(String villageCode) throws SQLException {
        return enrol(villageCode).client();
    }

    /** Makes the browser an enrolled kiosk of this village; it may be on any page (or none) of the portal. */
    public static Kiosk enrol(WebDriver browser, String villageCode) throws SQLException {
        Kiosk kiosk = enrol(villageCode);
        kiosk.enter(browser);
        return kiosk;
    }

    /** An enrolled kiosk and its device token (the kiosk cookie's value). */
    public record Kiosk(long id, String name, String villageCode, String token) {

        /** A new client holding this kiosk's cookie. */
        public PortalClient client() {
            return new PortalClient().withCookie(COOKIE, token);
        }

        /**
         * Puts this kiosk's cookie into the browser. A browser takes cookies only for the site it is on, so a browser
         * that is elsewhere first opens the portal's home page.
         */
        public void enter(WebDriver browser) {
            String current = browser.getCurrentUrl();
            if (current == null || !current.startsWith(TestServer.baseUrl())) {
                browser.get(TestServer.url("/"));
            }
            browser.manage()
                    .addCookie(new Cookie.Builder(COOKIE, token).path("/").build());
        }
    }
}
