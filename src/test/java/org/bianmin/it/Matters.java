package org.bianmin.it;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** Test matters put straight into the database, each with a unique tracking number and phone. */
public final class Matters {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Matters() {}

    /** A matter as the kiosk would file it; returns its id. The phone ends in {@link Created#lastFour()}. */
    public static Created insert(String officeCode, String villageCode, String status, LocalDate dueDate)
            throws SQLException {
        String number = "IT" + LocalDate.now().toString().replace("-", "") + "-"
                + String.format("%04d-%02d", RANDOM.nextInt(10_000), RANDOM.nextInt(100));
        String lastFour = String.format("%04d", RANDOM.nextInt(10_000));
        try (Connection c = TestServer.sql();
                PreparedStatement insert = c.prepareStatement(
                        "insert into matter (tracking_number, type, subject, applicant_name, applicant_id_number,"
                                + " applicant_phone, village_code, channel, office_id, status, promised_days,"
                                + " submitted_at, due_date, overdue, version, created_at, updated_at)"
                                + " values (?, 'SERVICE_REQUEST', ?, '测试村民', '510904194803120210', ?, ?, 'KIOSK',"
                                + " (select id from office where code = ?), ?, 5, now(3), ?, false, 0, now(3), now(3))",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, number);
            insert.setString(2, "测试事项 " + number);
            insert.setString(3, "1390000" + lastFour);
            insert.setString(4, villageCode);
            insert.setString(5, officeCode);
            insert.setString(6, status);
            insert.setObject(7, dueDate);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                Demo.execute(
                        "insert into matter_event (matter_id, occurred_at, actor_name, action, to_status)"
                                + " values (?, now(3), 'villager', 'FILE', 'SUBMITTED')",
                        id);
                return new Created(id, number, lastFour);
            }
        }
    }

    public record Created(long id, String trackingNumber, String lastFour) {}
}
