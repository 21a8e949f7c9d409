package org.bianmin.eldercare.domain;

/** Why a plan ended. */
public enum EndReason {
    /** 迁出 */
    MOVED_AWAY,
    /** 入住养老机构 */
    ENTERED_INSTITUTION,
    /** 死亡 */
    DIED,
    /** 本人放弃 */
    DECLINED,
    /** 复评不再符合条件 */
    NO_LONGER_ELIGIBLE
}
