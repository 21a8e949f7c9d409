package org.bianmin.notice.domain;

/** What a person may do to a decision matter now; {@link DecisionPolicy} decides, the page shows them as buttons. */
public enum DecisionAction {
    EDIT,
    RECORD_MEETING,
    DROP,
    ATTACH,
    SUBMIT_RESOLUTION,
    PUBLISH_RESULT,
    /** 乡镇审核: approve or return the resolution disclosure */
    REVIEW
}
