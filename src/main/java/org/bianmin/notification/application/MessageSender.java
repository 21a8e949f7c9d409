package org.bianmin.notification.application;

import org.bianmin.notification.domain.Notification;

/** Where rendered notifications leave the system: an SMS gateway, or only the log. */
public interface MessageSender {

    /**
     * Delivers one message. Implementations must not log the phone number or the text.
     *
     * @param text the rendered text, ready to send
     * @throws SendFailure when it was not delivered and a later attempt may succeed
     */
    void send(Notification notification, String text) throws SendFailure;
}
