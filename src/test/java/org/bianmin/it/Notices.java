package org.bianmin.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.imageio.ImageIO;

/**
 * Decision-register rows for the notice-board tests, written straight into the register's tables (V15) the way the
 * clerk's pages leave them: a matter with its four meetings and a published resolution disclosure, and optionally a
 * published result with a public photo. Every test makes its own notices with unique titles.
 */
final class Notices {

    /** The demo clerk of 三门村, recorded as the one who entered the rows. */
    private static final long CLERK = 10;

    /** Words that are in the minutes and the officials' names but must never reach a public page. */
    static final String MINUTES = "会议记录内容不公开";

    static final String OFFICIALS = "镇干部不公开姓名";

    private Notices() {}

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    record Created(long id, long resolutionId, Long resultId, Long photoId, Long sheetId) {}

    /**
     * @param resolutionStart first day of the resolution disclosure (7 days on the board)
     * @param published whether the resolution is PUBLISHED (else it waits for the town's review)
     * @param withResult whether a published result with a public photo follows it (after the resolution's period)
     */
    static Created insert(
            String villageCode,
            String title,
            String categoryCode,
            LocalDate resolutionStart,
            boolean published,
            boolean withResult)
            throws SQLException {
        try (Connection c = TestServer.sql()) {
            long matter = insert(
                    c,
                    "insert into decision_matter (village_code, title, category_id, motion_source, description,"
                            + " estimated_funds, status, created_by, version, created_at, updated_at)"
                            + " values (?, ?, (select id from decision_category where code = ?), 'VILLAGE_CADRES', ?,"
                            + " 120000.00, ?, ?, 0, now(3), now(3))",
                    villageCode,
                    title,
                    categoryCode,
                    "硬化村道两公里，资金由上级补助和村集体共同承担。",
                    withResult ? "COMPLETED" : published ? "RESOLUTION_DISCLOSED" : "RESOLVED",
                    CLERK);
            LocalDate day = resolutionStart.minusDays(20);
            long sheetMeeting = meeting(c, matter, 1, "PARTY_PROPOSAL", "PARTY_ORGANISATION", day, 7, 7, null);
            meeting(c, matter, 2, "COMMITTEES_DELIBERATION", "JOINT_COMMITTEES", day.plusDays(3), 9, 9, null);
            meeting(c, matter, 3, "PARTY_MEMBERS_REVIEW", "PARTY_MEMBERS", day.plusDays(7), 42, 31, new int[] {28, 2, 1
            });
            meeting(
                    c,
                    matter,
                    4,
                    "VILLAGERS_RESOLUTION",
                    "VILLAGER_REPRESENTATIVES",
                    day.plusDays(12),
                    45,
                    36,
                    new int[] {33, 2, 1});
            long resolution = insert(
                    c,
                    "insert into decision_disclosure (matter_id, kind, body, starts_on, ends_on, state, submitted_at,"
                            + " published_at, created_by, version, created_at, updated_at)"
                            + " values (?, 'RESOLUTION', ?, ?, ?, ?, now(3), ?, ?, 0, now(3), now(3))",
                    matter,
                    "经村民代表会议表决通过：" + title + "。",
                    resolutionStart,
                    resolutionStart.plusDays(6),
                    published ? "PUBLISHED" : "AWAITING_REVIEW",
                    published ? java.sql.Timestamp.valueOf(resolutionStart.atTime(9, 0)) : null,
                    CLERK);
            long sheet = insert(
                    c,
                    "insert into decision_attachment (matter_id, meeting_id, file_name, content_type, size_bytes,"
                            + " content, public_visible, uploaded_by, version, created_at, updated_at)"
                            + " values (?, ?, 'sheet.png', 'image/png', ?, ?, false, ?, 0, now(3), now(3))",
                    matter,
                    sheetMeeting,
                    png().length,
                    png(),
                    CLERK);
            Long result = null;
            Long photo = null;
            if (withResult) {
                LocalDate resultStart = resolutionStart.plusDays(10);
                result = insert(
                        c,
                        "insert into decision_disclosure (matter_id, kind, body, starts_on, ends_on, state,"
                                + " submitted_at, published_at, funds_used, progress, completed_on, created_by,"
                                + " version, created_at, updated_at) values (?, 'RESULT', ?, ?, ?, 'PUBLISHED',"
                                + " now(3), ?, 118500.00, '已完工并验收', ?, ?, 0, now(3), now(3))",
                        matter,
                        "村道已硬化完成，经镇村联合验收合格。",
                        resultStart,
                        resultStart.plusDays(6),
                        java.sql.Timestamp.valueOf(resultStart.atTime(9, 0)),
                        resultStart.minusDays(2),
                        CLERK);
                photo = insert(
                        c,
                        "insert into decision_attachment (matter_id, disclosure_id, file_name, content_type,"
                                + " size_bytes, content, public_visible, uploaded_by, version, created_at, updated_at)"
                                + " values (?, ?, 'road.png', 'image/png', ?, ?, true, ?, 0, now(3), now(3))",
                        matter,
                        result,
                        png().length,
                        png(),
                        CLERK);
            }
            return new Created(matter, resolution, result, photo, sheet);
        }
    }

    private static long meeting(
            Connection c,
            long matter,
            int seq,
            String step,
            String form,
            LocalDate heldOn,
            int expected,
            int present,
            int[] votes)
            throws SQLException {
        return insert(
                c,
                "insert into decision_meeting (matter_id, seq, step, form, held_on, expected, present, votes_for,"
                        + " votes_against, votes_abstaining, outcome, minutes, town_officials, recorded_by, version,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PASSED', ?, ?, ?, 0, now(3),"
                        + " now(3))",
                matter,
                seq,
                step,
                form,
                heldOn,
                expected,
                present,
                votes == null ? null : votes[0],
                votes == null ? null : votes[1],
                votes == null ? null : votes[2],
                MINUTES,
                OFFICIALS,
                CLERK);
    }

    private static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A small PNG, as a phone photo would be stored. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
