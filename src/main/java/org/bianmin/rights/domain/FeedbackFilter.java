package org.bianmin.rights.domain;

/**
 * What the office looks for in the feedback list; every criterion may be left empty.
 *
 * @param state null for all
 */
public record FeedbackFilter(Long versionId, String itemKey, FeedbackType type, State state) {

    /** Where a piece of feedback stands for the office. */
    public enum State {
        /** visible and not answered yet */
        UNANSWERED,
        ANSWERED,
        HIDDEN,
        ADOPTED
    }
}
