package org.bianmin.onestop.domain;

/** The seven steps of 帮办代办, in order; the middle two are the office's, the rest the helper's. */
public enum HelperStep {
    /** 委托: the villager entrusts the helper (recorded with the consent at filing) */
    ENTRUSTED,
    /** 受理: the office accepts the matter */
    ACCEPTED,
    /** 办理: the office handles it to a result (办结) */
    HANDLED,
    /** 送达: the helper hands the result to the villager */
    DELIVERED,
    /** 归档: the helper files the papers */
    ARCHIVED,
    /** 上报: the helper reports the finished case to the town */
    REPORTED,
    /** 回访: the helper calls the villager back, with the outcome */
    FOLLOWED_UP
}
