package org.bianmin.eldercare.domain;

/** How the person applying, or the guardian, is related to the elder; a choice, so the kiosk needs no typing. */
public enum Relation {
    /** 本人 */
    SELF,
    /** 配偶 */
    SPOUSE,
    /** 子女 */
    CHILD,
    /** 孙子女 */
    GRANDCHILD,
    /** 其他亲属 */
    OTHER_RELATIVE,
    /** 邻居 */
    NEIGHBOUR,
    /** 村（社区）干部 */
    VILLAGE_CADRE,
    /** 其他 */
    OTHER
}
