package org.bianmin.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import org.bianmin.notification.domain.Notification;
import org.bianmin.notification.domain.NotificationStatus;
import org.bianmin.notification.domain.RecipientKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Queueing notifications")
class NotificationsTest {

    private static final Map<String, String> ACCEPTED =
            Map.of("trackingNumber", "AJ20260302-1234-56", "office", "安居镇社会事务办", "dueDate", "2026-03-16");

    private final InMemoryNotificationRepository repository = new InMemoryNotificationRepository();
    private final Notifications notifications = new Notifications(repository, new MessageTexts());

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void toAVillagerWithoutAPhoneWritesNothing(String phone) {
        notifications.toVillager(phone, NotificationTemplates.MATTER_ACCEPTED, ACCEPTED, "AJ20260302-1234-56");

        assertThat(repository.saved).isEmpty();
    }

    @Test
    void toAVillagerWhoseNumberIsNoMobileWritesNothingAndDoesNotFail() {
        notifications.toVillager("0825-1234567", NotificationTemplates.MATTER_ACCEPTED, ACCEPTED, "AJ1");

        assertThat(repository.saved).isEmpty();
    }

    @Test
    void toAVillagerQueuesOnePendingMessageWithTheNumberNormalised() {
        notifications.toVillager(
                "+86 138 1234 5678", NotificationTemplates.MATTER_ACCEPTED, ACCEPTED, "AJ20260302-1234-56");

        assertThat(repository.saved).hasSize(1);
        Notification n = repository.saved.get(0);
        assertThat(n.getRecipientKind()).isEqualTo(RecipientKind.VILLAGER);
        assertThat(n.getRecipientPhone()).isEqualTo("13812345678");
        assertThat(n.getTemplate()).isEqualTo("matter.accepted");
        assertThat(n.getParams()).isEqualTo(ACCEPTED);
        assertThat(n.getReference()).isEqualTo("AJ20260302-1234-56");
        assertThat(n.getStatus()).isEqualTo(NotificationStatus.PENDING);
    }

    @Test
    void toStaffQueuesAMessageForTheUser() {
        notifications.toStaff(
                7,
                NotificationTemplates.STAFF_REMINDER,
                Map.of("trackingNumber", "AJ1", "dueDate", "2026-03-16"),
                "AJ1");

        assertThat(repository.saved).singleElement().satisfies(n -> {
            assertThat(n.getRecipientKind()).isEqualTo(RecipientKind.STAFF);
            assertThat(n.getRecipientUserId()).isEqualTo(7L);
        });
    }

    @Test
    void anUnknownTemplateOrAMissingValueIsDroppedWithoutFailingTheCallersAction() {
        assertThatCode(() -> {
                    notifications.toStaff(7, "staff.unknown", Map.of(), null);
                    notifications.toVillager(
                            "13812345678",
                            NotificationTemplates.MATTER_RESOLVED,
                            Map.of("trackingNumber", "AJ1"),
                            "AJ1");
                    notifications.toStaff(
                            7, NotificationTemplates.STAFF_ASSIGNED, Map.of("trackingNumber", "AJ1"), "R".repeat(65));
                })
                .doesNotThrowAnyException();

        assertThat(repository.saved).isEmpty();
    }
}
