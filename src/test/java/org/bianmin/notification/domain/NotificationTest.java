package org.bianmin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bianmin.shared.domain.PhoneNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A notification")
class NotificationTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final String PHONE = "13812345678";

    private static Notification villager() {
        return Notification.toVillager(
                PhoneNumber.parse(PHONE),
                "matter.resolved",
                Map.of("trackingNumber", "AJ20260302-1234-56", "link", "https://example.org/r/x"),
                "AJ20260302-1234-56",
                T0);
    }

    @Test
    void startsPendingAndDueAtOnce() {
        Notification n = villager();

        assertThat(n.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(n.getRecipientKind()).isEqualTo(RecipientKind.VILLAGER);
        assertThat(n.getRecipientPhone()).isEqualTo(PHONE);
        assertThat(n.getAttempts()).isZero();
        assertThat(n.getNextAttemptAt()).isEqualTo(T0);
        assertThat(n.isDue(T0)).isTrue();
        assertThat(n.getParams()).containsEntry("link", "https://example.org/r/x");
    }

    @Test
    void aStaffNotificationKnowsTheUserNotAPhone() {
        Notification n = Notification.toStaff(42, "staff.reminder", Map.of(), "AJ1", T0);

        assertThat(n.getRecipientKind()).isEqualTo(RecipientKind.STAFF);
        assertThat(n.getRecipientUserId()).isEqualTo(42L);
        assertThat(n.getRecipientPhone()).isNull();
    }

    @Test
    void neverShowsThePhoneOrParametersInToString() {
        assertThat(villager().toString()).doesNotContain("1381234", "5678", "example.org");
    }

    @Nested
    @DisplayName("once sent")
    class Sent {

        @Test
        void isSentAndNoLongerDue() {
            Notification n = villager();
            n.sent(T0.plusSeconds(5));

            assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.getSentAt()).isEqualTo(T0.plusSeconds(5));
            assertThat(n.getAttempts()).isEqualTo(1);
            assertThat(n.isDue(T0.plusDays(1))).isFalse();
        }

        @Test
        void cannotBeSentOrFailedAgain() {
            Notification n = villager();
            n.sent(T0);

            assertThatThrownBy(() -> n.sent(T0)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> n.failed("x", T0, RetryPolicy.withMaxAttempts(8)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    @DisplayName("when sending fails")
    class Failing {

        private final RetryPolicy policy = RetryPolicy.withMaxAttempts(8);

        @Test
        void backsOffExponentiallyThenGivesUpAfterTheLastAttempt() {
            Notification n = villager();
            LocalDateTime now = T0;
            List<Long> waits = new ArrayList<>();
            for (int attempt = 1; attempt <= 7; attempt++) {
                n.failed("HTTP 503", now, policy);
                assertThat(n.getStatus()).isEqualTo(NotificationStatus.PENDING);
                assertThat(n.isDue(now)).isFalse();
                waits.add(java.time.Duration.between(now, n.getNextAttemptAt()).toMinutes());
                now = n.getNextAttemptAt();
                assertThat(n.isDue(now)).isTrue();
            }
            assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);

            n.failed("HTTP 503", now, policy);

            assertThat(n.getStatus()).isEqualTo(NotificationStatus.FAILED);
            assertThat(n.getAttempts()).isEqualTo(8);
            assertThat(n.isDue(now.plusDays(1))).isFalse();
            assertThat(n.getLastError()).isEqualTo("HTTP 503");
            assertThatThrownBy(() -> n.failed("again", T0, policy)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void honoursAConfiguredMaximum() {
            Notification n = villager();
            RetryPolicy twice = RetryPolicy.withMaxAttempts(2);

            n.failed("down", T0, twice);
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.PENDING);
            n.failed("down", T0.plusMinutes(1), twice);
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.FAILED);
        }

        @Test
        void canStillBeSentOnALaterAttempt() {
            Notification n = villager();
            n.failed("timeout", T0, policy);
            n.sent(T0.plusMinutes(1));

            assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.getAttempts()).isEqualTo(2);
        }

        @Test
        void keepsNoPhoneNumberAndNoMoreThan200CharactersOfTheError() {
            Notification n = villager();
            n.failed("rejected 13812345678: " + "x".repeat(500), T0, policy);

            assertThat(n.getLastError()).doesNotContain("13812345678").hasSize(200);
            assertThat(n.getLastError()).startsWith("rejected ***: ");
        }

        @Test
        void recordsSomethingEvenWithoutAMessage() {
            Notification n = villager();
            n.failed(null, T0, policy);

            assertThat(n.getLastError()).isNotBlank();
        }
    }

    @Test
    void refusesAReferenceOrTemplateTheColumnsCannotHold() {
        assertThatThrownBy(() -> Notification.toStaff(1, "t", Map.of(), "r".repeat(65), T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notification.toStaff(1, " ", Map.of(), null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
