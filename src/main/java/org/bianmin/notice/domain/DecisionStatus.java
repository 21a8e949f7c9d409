package org.bianmin.notice.domain;

/**
 * Where a decision matter stands: in discussion until the villagers resolve it (or the village drops it), then its
 * resolution is disclosed, then the result of carrying it out.
 */
public enum DecisionStatus {
    IN_DISCUSSION,
    /** given up, with the reason; the meetings held stay in the register */
    DROPPED,
    /** the villagers (or their representatives) passed it; the resolution is not yet public */
    RESOLVED,
    /** 决议公开 published */
    RESOLUTION_DISCLOSED,
    /** 实施结果公开 published */
    COMPLETED
}
