package org.bianmin.onestop.domain;

/** What the villager said when the helper called back (回访). */
public enum FollowUpOutcome {
    SATISFIED,
    PARTLY_SATISFIED,
    DISSATISFIED,
    NOT_REACHED
}
