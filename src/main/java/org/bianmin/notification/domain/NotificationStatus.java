package org.bianmin.notification.domain;

/** PENDING until sent; FAILED only once the retry policy gives up. SENT and FAILED are final. */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED
}
