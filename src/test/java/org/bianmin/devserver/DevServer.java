package org.bianmin.devserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The README's run command ({@code mvn -Prun}): an embedded MariaDB whose data survive restarts in {@code ./data/},
 * the portal on Payara Micro at http://localhost:8080/ with demo data. Ctrl-C stops both.
 *
 * <p>With {@code BIANMIN_DB_URL} set, no embedded database is started and the portal uses that one; demo data then
 * load only if {@code BIANMIN_DEMO=true}.
 */
public final class DevServer {

    private DevServer() {}

    public static void main(String[] args) throws InterruptedException {
        Path war = Path.of(System.getProperty("bianmin.war", "target/bianmin.war"));
        Path payaraJar = Path.of(System.getProperty("bianmin.payara.jar", "target/payara-micro.jar"));
        Path target = Path.of(System.getProperty("bianmin.target", "target"));
        int httpPort = Integer.parseInt(env("BIANMIN_HTTP_PORT", "8080"));

        Map<String, String> serverEnv = new HashMap<>();
        EmbeddedDatabase database = null;
        if (System.getenv("BIANMIN_DB_URL") == null) {
            int dbPort = Integer.parseInt(env("BIANMIN_EMBEDDED_DB_PORT", "3307"));
            Path dataDir =
                    Path.of(env("BIANMIN_DATA_DIR", "data")).toAbsolutePath().resolve("mariadb");
            System.out.println("Starting the embedded MariaDB on port " + dbPort + ", data in " + dataDir);
            database = EmbeddedDatabase.start(
                    dbPort, dataDir, target.resolve("mariadb-base").toAbsolutePath());
            serverEnv.put("BIANMIN_DB_URL", database.jdbcUrl());
            serverEnv.put("BIANMIN_DB_USER", "root");
            serverEnv.put("BIANMIN_DB_PASSWORD", "");
            serverEnv.put("BIANMIN_DEMO", env("BIANMIN_DEMO", "true"));
        }
        EmbeddedDatabase db = database;
        System.out.println("Starting Payara Micro on port " + httpPort + " (about 20 s)…");
        PayaraServer server = PayaraServer.start(
                payaraJar,
                war,
                httpPort,
                target.resolve("payara-run").toAbsolutePath(),
                serverEnv,
                null,
                Duration.ofMinutes(4));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping…");
            server.close();
            if (db != null) {
                db.close();
            }
        }));
        System.out.println();
        System.out.println("Bianmin is running at " + server.baseUrl() + "  (Ctrl-C stops it)");
        Thread.currentThread().join();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
