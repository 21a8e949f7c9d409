package org.bianmin.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bianmin.notification.application.InMemoryNotificationRepository;
import org.bianmin.notification.application.MessageSender;
import org.bianmin.notification.application.MessageTexts;
import org.bianmin.notification.application.NotificationTemplates;
import org.bianmin.notification.application.SendFailure;
import org.bianmin.notification.domain.Notification;
import org.bianmin.notification.domain.NotificationStatus;
import org.bianmin.notification.domain.RetryPolicy;
import org.bianmin.shared.domain.PhoneNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The outbox dispatcher")
class OutboxDispatcherTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 0);

    private final InMemoryNotificationRepository repository = new InMemoryNotificationRepository();
    private final List<String> delivered = new ArrayList<>();

    /** Fails for the reference "FAIL", throws a bug for "BUG", delivers the rest. */
    private final MessageSender sender = (n, text) -> {
        if ("FAIL".equals(n.getReference())) {
            throw new SendFailure("SMS gateway answered HTTP 503");
        }
        if ("BUG".equals(n.getReference())) {
            throw new IllegalStateException("boom 13812345678");
        }
        delivered.add(text);
    };

    private Notification queue(String reference) {
        return repository.save(Notification.toVillager(
                PhoneNumber.parse("13812345678"),
                NotificationTemplates.MATTER_RESOLVED,
                Map.of("trackingNumber", "AJ20260302-1234-56", "link", "https://example.org/r"),
                reference,
                NOW.minusMinutes(1)));
    }

    @Test
    void sendsWhatIsDueAndMarksItSent() {
        Notification n = queue("OK");

        new OutboxDispatcher(repository, new MessageTexts(), sender, 8).dispatch();

        assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(delivered).singleElement().asString().startsWith("【安居便民】").contains("https://example.org/r");
    }

    @Test
    void oneFailingRowNeverStopsTheOthers() {
        Notification first = queue("OK");
        Notification failing = queue("FAIL");
        Notification buggy = queue("BUG");
        Notification last = queue("OK");

        OutboxDispatcher.Outcome outcome = new OutboxDispatcher(repository, new MessageTexts(), sender, 8)
                .sendAll(List.of(first, failing, buggy, last), NOW, RetryPolicy.withMaxAttempts(8));

        assertThat(outcome).isEqualTo(new OutboxDispatcher.Outcome(2, 2, 0));
        assertThat(first.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(last.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(failing.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(failing.getNextAttemptAt()).isEqualTo(NOW.plusMinutes(1));
        assertThat(failing.getLastError()).isEqualTo("SMS gateway answered HTTP 503");
        assertThat(buggy.getLastError()).isEqualTo("IllegalStateException");
    }

    @Test
    void givesUpAfterTheConfiguredNumberOfAttempts() {
        Notification failing = queue("FAIL");
        OutboxDispatcher dispatcher = new OutboxDispatcher(repository, new MessageTexts(), sender, 2);

        OutboxDispatcher.Outcome first = dispatcher.sendAll(List.of(failing), NOW, RetryPolicy.withMaxAttempts(2));
        OutboxDispatcher.Outcome second =
                dispatcher.sendAll(List.of(failing), NOW.plusMinutes(1), RetryPolicy.withMaxAttempts(2));

        assertThat(first.retrying()).isEqualTo(1);
        assertThat(second.givenUp()).isEqualTo(1);
        assertThat(failing.getStatus()).isEqualTo(NotificationStatus.FAILED);
    }
}
