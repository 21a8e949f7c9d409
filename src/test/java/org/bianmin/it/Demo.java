package org.bianmin.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** The demo accounts the suite signs in with, and small SQL helpers for test data. */
public final class Demo {

    /** Every demo account's password (see db/demo). */
    public static final String PASSWORD = "Demo!2026";
    /** The argon2id hash of {@link #PASSWORD}, for accounts a test inserts itself. */
    public static final String PASSWORD_HASH = "$shiro2$argon2id$v=19$t=1,m=65536,p=4$1k5qcxmaxSzLNE+s16/LEA"
            + "$N6Bwwpl7w3uszG7N3x5eCrb+amp4ElExWYYrKfaXUmU";

    private Demo() {}

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Inserts an enabled account with the demo password and one role, scoped to an office by code (or none). */
    public static String insertUser(String role, String officeCode) throws SQLException {
        String username = unique("it.");
        try (Connection c = TestServer.sql()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into user_account (username, display_name, password_hash, must_change_password, enabled,"
                            + " office_id, version, created_at, updated_at)"
                            + " values (?, ?, ?, false, true, (select id from office where code = ?), 0, now(3), now(3))")) {
                insert.setString(1, username);
                insert.setString(2, "测试" + username.substring(3, 7));
                insert.setString(3, PASSWORD_HASH);
                insert.setString(4, officeCode);
                insert.executeUpdate();
            }
            try (PreparedStatement grant = c.prepareStatement(
                    "insert into user_role (user_id, role) select id, ? from user_account where username = ?")) {
                grant.setString(1, role);
                grant.setString(2, username);
                grant.executeUpdate();
            }
        }
        return username;
    }

    public static int execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = TestServer.sql();
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = TestServer.sql();
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
