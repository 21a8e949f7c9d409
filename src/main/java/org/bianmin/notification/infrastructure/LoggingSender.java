package org.bianmin.notification.infrastructure;

import java.util.logging.Logger;
import org.bianmin.notification.application.MessageSender;
import org.bianmin.notification.domain.Notification;

/**
 * The sender when no SMS gateway is configured (development, demo, tests): it writes one line per message naming the
 * template, the reference and the kind of recipient — never the phone number or the text, which may carry a
 * verification code — and keeps nothing else.
 */
public class LoggingSender implements MessageSender {

    private static final Logger LOG = Logger.getLogger(LoggingSender.class.getName());

    @Override
    public void send(Notification notification, String text) {
        String template = notification.getTemplate();
        String reference = notification.getReference() == null ? "-" : notification.getReference();
        String recipient = String.valueOf(notification.getRecipientKind());
        LOG.info(() -> "SMS not sent (no gateway configured): template=" + template + ", reference=" + reference
                + ", recipient=" + recipient);
    }
}
