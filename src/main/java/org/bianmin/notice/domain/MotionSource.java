package org.bianmin.notice.domain;

/** Where the motion for a decision matter came from (议题来源). */
public enum MotionSource {
    /** 党员、村民建议 */
    PARTY_OR_VILLAGER_SUGGESTION,
    /** 村干部提出 */
    VILLAGE_CADRES,
    /** 上级交办 */
    HIGHER_LEVEL
}
