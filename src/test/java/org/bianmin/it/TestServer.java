package org.bianmin.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.bianmin.devserver.EmbeddedDatabase;
import org.bianmin.devserver.PayaraServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded MariaDB and one Payara Micro with the built WAR for the whole integration suite, started by the first
 * test class that needs them and stopped when the suite ends. {@code BIANMIN_TEST_DB_URL} points the suite at an
 * existing database instead.
 */
public final class TestServer implements BeforeAllCallback {

    private static final Object LOCK = new Object();
    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
    }

    private static Running start() {
        synchronized (LOCK) {
            if (running == null) {
                running = new Running();
            }
            return running;
        }
    }

    public static String baseUrl() {
        return start().server.baseUrl();
    }

    /** A url on the portal, e.g. {@code url("/admin/")}. */
    public static String url(String path) {
        String base = baseUrl();
        return base.substring(0, base.length() - 1) + path;
    }

    public static Connection sql() throws SQLException {
        Running r = start();
        return DriverManager.getConnection(r.jdbcUrl, r.dbUser, r.dbPassword);
    }

    static final class Running implements ExtensionContext.Store.CloseableResource {
        private final EmbeddedDatabase database;
        private final PayaraServer server;
        private final String jdbcUrl;
        private final String dbUser;
        private final String dbPassword;

        Running() {
            Path target =
                    Path.of(System.getProperty("bianmin.target", "target")).toAbsolutePath();
            String external = System.getenv("BIANMIN_TEST_DB_URL");
            long started = System.nanoTime();
            if (external == null) {
                database = EmbeddedDatabase.start(EmbeddedDatabase.freePort(), null, target.resolve("mariadb-base-it"));
                jdbcUrl = database.jdbcUrl();
                dbUser = "root";
                dbPassword = "";
            } else {
                database = null;
                jdbcUrl = external;
                dbUser = System.getenv().getOrDefault("BIANMIN_TEST_DB_USER", "root");
                dbPassword = System.getenv().getOrDefault("BIANMIN_TEST_DB_PASSWORD", "");
            }
            long dbReady = System.nanoTime();
            server = PayaraServer.start(
                    Path.of(System.getProperty("bianmin.payara.jar", "target/payara-micro.jar")),
                    Path.of(System.getProperty("bianmin.war", "target/bianmin.war")),
                    EmbeddedDatabase.freePort(),
                    target.resolve("payara-it"),
                    Map.of(
                            "BIANMIN_DB_URL",
                            jdbcUrl,
                            "BIANMIN_DB_USER",
                            dbUser,
                            "BIANMIN_DB_PASSWORD",
                            dbPassword,
                            "BIANMIN_DEMO",
                            "true",
                            // the deadline job runs every few seconds, so a test can move a due date and watch
                            "BIANMIN_DEADLINES_INTERVAL_SECONDS",
                            "5",
                            // a kiosk left alone resets within a test's patience (a person gets 180 s)
                            "BIANMIN_KIOSK_IDLE_SECONDS",
                            "45"),
                    target.resolve("payara-it.log"),
                    Duration.ofMinutes(4));
            long serverReady = System.nanoTime();
            System.out.printf(
                    "[it] embedded MariaDB ready in %.1f s, Payara Micro with the WAR in %.1f s%n",
                    (dbReady - started) / 1e9, (serverReady - dbReady) / 1e9);
        }

        @Override
        public void close() {
            server.close();
            if (database != null) {
                database.close();
            }
        }
    }
}
