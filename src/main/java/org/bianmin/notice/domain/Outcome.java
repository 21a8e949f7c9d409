package org.bianmin.notice.domain;

/** How a meeting ended: only a passed one moves the matter on; the others are recorded and may be held again. */
public enum Outcome {
    PASSED,
    /** 未达到法定人数 */
    NO_QUORUM,
    /** 表决未通过 */
    REJECTED
}
