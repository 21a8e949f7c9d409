package org.bianmin.matter.domain;

/** How a queue is sorted: by filing time (newest first by default) or by due date. Only indexed orders exist. */
public enum QueueOrder {
    NEWEST_FIRST("m.submittedAt desc, m.id desc"),
    OLDEST_FIRST("m.submittedAt asc, m.id asc"),
    DUE_SOONEST("m.dueDate asc, m.id asc"),
    DUE_LATEST("m.dueDate desc, m.id desc");

    private final String jpql;

    QueueOrder(String jpql) {
        this.jpql = jpql;
    }

    /** The JPQL order-by clause (fixed text, never built from user input). */
    public String jpql() {
        return jpql;
    }
}
