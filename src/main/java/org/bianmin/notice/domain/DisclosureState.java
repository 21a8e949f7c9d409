package org.bianmin.notice.domain;

/** A disclosure is public only when PUBLISHED; the other two exist only where the town reviews (乡镇审核). */
public enum DisclosureState {
    AWAITING_REVIEW,
    /** the town sent it back with a note; the clerk edits and submits again */
    RETURNED,
    PUBLISHED
}
