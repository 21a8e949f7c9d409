package org.bianmin.notification.domain;

/** Who a notification is for: a villager, reached by mobile number, or a staff member, known by user id. */
public enum RecipientKind {
    VILLAGER,
    STAFF
}
