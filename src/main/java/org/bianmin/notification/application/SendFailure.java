package org.bianmin.notification.application;

/**
 * A message could not be sent this time. The message is stored as the notification's last error and may be logged:
 * keep it short and free of personal data (no phone number, no message text).
 */
public class SendFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public SendFailure(String message) {
        super(message);
    }

    public SendFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
