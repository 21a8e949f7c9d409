package org.bianmin.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The suite's database starts empty; the deployed WAR must have migrated it with Flyway and loaded demo data. */
@ExtendWith(TestServer.class)
class MigrationIT {

    @Test
    void flywayMigratedTheEmptyDatabaseToTheLatestVersion() throws SQLException {
        assertThat(Demo.count("select count(*) from flyway_schema_history where success = 1 and version = '1'"))
                .isEqualTo(1);
        assertThat(Demo.count("select count(*) from flyway_schema_history where success = 0"))
                .isZero();
        for (String table :
                new String[] {"place", "office", "user_account", "user_role", "login_throttle", "audit_entry"}) {
            assertThat(Demo.count(
                            "select count(*) from information_schema.tables where table_schema = database()"
                                    + " and table_name = ?",
                            table))
                    .as(table)
                    .isEqualTo(1);
        }
    }

    @Test
    void demoDataWentInOnceWithTheDistrictAndEighteenTowns() throws SQLException {
        assertThat(Demo.count("select count(*) from place where level = 'DISTRICT' and code = '510904'"))
                .isEqualTo(1);
        assertThat(Demo.count("select count(*) from place where level = 'TOWN' and code like '510904%'"))
                .isGreaterThanOrEqualTo(18);
        assertThat(Demo.count("select count(*) from office where kind = 'TOWN_CENTRE'"))
                .isGreaterThanOrEqualTo(18);
        assertThat(Demo.count("select count(*) from flyway_demo_history where success = 1"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void the2026HolidayScheduleIsReferenceData() throws SQLException {
        assertThat(Demo.count("select count(*) from calendar_day where kind = 'HOLIDAY' and year(day) = 2026"))
                .isEqualTo(33);
        assertThat(Demo.count("select count(*) from calendar_day where kind = 'WORKDAY' and year(day) = 2026"))
                .isEqualTo(6);
    }

    @Test
    void theAuditLogRefusesChangesAndDeletions() throws SQLException {
        try (Connection c = TestServer.sql();
                Statement statement = c.createStatement()) {
            statement.executeUpdate("insert into audit_entry (occurred_at, action, summary)"
                    + " values (now(3), 'ACCESS_DENIED', 'migration-it')");
            assertThatThrownBy(() -> statement.executeUpdate(
                            "update audit_entry set summary = 'changed' where summary = 'migration-it'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_entry where summary = 'migration-it'"))
                    .hasMessageContaining("append-only");
        }
    }
}
