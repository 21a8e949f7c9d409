package org.bianmin.notification.infrastructure;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianmin.notification.application.MessageSender;
import org.bianmin.notification.application.MessageTexts;
import org.bianmin.notification.application.SendFailure;
import org.bianmin.notification.domain.Notification;
import org.bianmin.notification.domain.NotificationRepository;
import org.bianmin.notification.domain.NotificationStatus;
import org.bianmin.notification.domain.RetryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drains the outbox once a minute on every server instance. Each run locks up to {@value #BATCH} due rows with SKIP
 * LOCKED, so instances share the work without sending a row twice, and marks each one sent or failed in the same
 * transaction. One bad row (a gateway error, a template that no longer renders) never stops the others.
 *
 * <p>A message is sent before its row commits: should the commit fail after a successful send, the message goes out
 * again on the next run (at least once, never lost).
 */
@Singleton
@DependsOn("Migrations")
public class OutboxDispatcher {

    static final int BATCH = 100;

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Inject
    private NotificationRepository repository;

    @Inject
    private MessageTexts texts;

    @Inject
    private MessageSender sender;

    @Inject
    @ConfigProperty(name = "bianmin.notify.max-attempts", defaultValue = "8")
    private int maxAttempts;

    public OutboxDispatcher() {}

    OutboxDispatcher(NotificationRepository repository, MessageTexts texts, MessageSender sender, int maxAttempts) {
        this.repository = repository;
        this.texts = texts;
        this.sender = sender;
        this.maxAttempts = maxAttempts;
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void dispatch() {
        LocalDateTime now = LocalDateTime.now();
        List<Notification> due = repository.lockDue(now, BATCH);
        if (due.isEmpty()) {
            return;
        }
        Outcome outcome = sendAll(due, now, RetryPolicy.withMaxAttempts(maxAttempts));
        LOG.info(() -> "Notifications: " + outcome.sent() + " sent, " + outcome.retrying() + " to retry, "
                + outcome.givenUp() + " given up");
    }

    Outcome sendAll(List<Notification> due, LocalDateTime now, RetryPolicy policy) {
        int sent = 0;
        int retrying = 0;
        int givenUp = 0;
        for (Notification notification : due) {
            if (sendOne(notification, now, policy)) {
                sent++;
            } else if (notification.getStatus() == NotificationStatus.FAILED) {
                givenUp++;
            } else {
                retrying++;
            }
        }
        return new Outcome(sent, retrying, givenUp);
    }

    private boolean sendOne(Notification notification, LocalDateTime now, RetryPolicy policy) {
        try {
            sender.send(notification, texts.render(notification));
            notification.sent(now);
            return true;
        } catch (SendFailure e) {
            notification.failed(e.getMessage(), now, policy);
        } catch (RuntimeException e) {
            // the class only: a runtime exception's message is not ours and might quote the recipient or the text
            notification.failed(e.getClass().getSimpleName(), now, policy);
            LOG.log(
                    Level.WARNING,
                    "Notification " + notification.getId() + " (" + notification.getTemplate()
                            + ") could not be rendered or sent: " + e.getClass().getName());
        }
        return false;
    }

    record Outcome(int sent, int retrying, int givenUp) {}
}
