package org.bianmin.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.bianmin.notification.domain.Notification;
import org.bianmin.shared.domain.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The logging sender")
class LoggingSenderTest {

    private static final String PHONE = "13912345678";

    private final Logger logger = Logger.getLogger(LoggingSender.class.getName());
    private final List<String> lines = new ArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            lines.add(formatter.formatMessage(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level levelBefore;

    @BeforeEach
    void captureTheLog() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        logger.setLevel(levelBefore);
    }

    @Test
    void logsTemplateReferenceAndKindButNoDigitOfThePhoneAndNotTheText() {
        Notification n = Notification.toVillager(
                PhoneNumber.parse(PHONE),
                "phone.code",
                Map.of("code", "482913"),
                "AJ-TRACK-REF",
                LocalDateTime.of(2026, 3, 2, 9, 0));

        new LoggingSender().send(n, "【安居便民】您的验证码是482913，请勿告诉他人。");

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line).contains("phone.code", "AJ-TRACK-REF", "VILLAGER");
            assertThat(line)
                    .as("no digit at all: the phone's digits cannot leak")
                    .doesNotContainPattern("\\d");
            assertThat(line).doesNotContain("验证码", "482913");
        });
    }

    @Test
    void aMessageWithoutReferenceStillLogsOneSafeLine() {
        Notification n = Notification.toStaff(
                5, "staff.reminder", Map.of("trackingNumber", "x", "dueDate", "y"), null, LocalDateTime.now());

        new LoggingSender().send(n, "text");

        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .contains("staff.reminder", "STAFF")
                .doesNotContain("text"));
    }
}
