package org.bianmin.matter.domain;

/** What can be done to a matter. Some actions move its status, others only record something about it. */
public enum MatterAction {
    FILE,
    /** 受理 */
    ACCEPT,
    /** 不予受理: needs a reason */
    NOT_ACCEPT,
    START,
    /** 补正: the office needs more from the villager; the clock stops */
    REQUEST_INFORMATION,
    /** the villager supplied what was asked; the clock runs again */
    RESUME,
    /** 办结: needs a reply */
    RESOLVE,
    CLOSE,
    /** 退单: the receiving office says it was routed wrongly */
    RETURN,
    /** 改派: the dispatcher sends it to another office */
    REDISPATCH,
    /** 并单: a duplicate closes pointing at the matter it duplicates */
    MERGE,
    ASSIGN,
    CLAIM,
    REQUEST_EXTENSION,
    GRANT_EXTENSION,
    REFUSE_EXTENSION,
    /** 催办 */
    REMIND,
    /** 督办 */
    ESCALATE,
    RATE
}
