package org.bianmin.matter.application;

/** The queues a desk can open. */
public enum QueueKind {
    /** everything at my office */
    OFFICE,
    /** assigned to me */
    MINE,
    /** 督办: overdue matters of the offices my office supervises */
    SUPERVISION,
    /** the dispatch desk: returned matters waiting to be re-dispatched, and what reached the desk itself */
    DISPATCH,
    /** a village clerk's or helper's view of their village's matters */
    VILLAGE
}
