package org.bianmin.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything touches JPA, then loads demo data when asked. Runs outside a
 * transaction: Flyway manages its own, and DDL cannot run inside a JTA one on MySQL.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "java:app/jdbc/bianmin")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "bianmin.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void migrate() {
        ClassLoader appLoader = Migrations.class.getClassLoader();
        MigrateResult schema = Flyway.configure(appLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migrations applied now)");
        if (demo) {
            loadDemoData(appLoader);
        }
    }

    /**
     * Demo data go in only where there is nothing yet, or where demo data went in before (so that a later release's
     * demo scripts reach an existing demo database). Their history sits in a table of their own, apart from the
     * schema's, and they never run in production because {@code bianmin.demo} is false there.
     */
    private void loadDemoData(ClassLoader appLoader) {
        if (!demoHistoryExists() && !databaseEmpty()) {
            LOG.warning("Demo data requested but the database already holds data; demo data not loaded");
            return;
        }
        MigrateResult result = Flyway.configure(appLoader)
                .dataSource(dataSource)
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Demo data: " + result.migrationsExecuted + " scripts applied now");
    }

    private boolean demoHistoryExists() {
        return count("select count(*) from information_schema.tables where table_schema = database()"
                        + " and table_name = 'flyway_demo_history'")
                > 0;
    }

    private boolean databaseEmpty() {
        return count("select count(*) from place") == 0 && count("select count(*) from user_account") == 0;
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not inspect the database", e);
        }
    }
}
