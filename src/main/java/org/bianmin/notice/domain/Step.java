package org.bianmin.notice.domain;

/** The four discussions, in the order the law sets; the first two may be one merged meeting. */
public enum Step {
    /** 党组织提议: the village Party organisation proposes */
    PARTY_PROPOSAL,
    /** 两委会商议: the Party committee and the villagers' committee deliberate together */
    COMMITTEES_DELIBERATION,
    /** 党员大会审议: the Party members' meeting reviews */
    PARTY_MEMBERS_REVIEW,
    /** 村民会议或村民代表会议决议: the villagers (or their representatives) decide */
    VILLAGERS_RESOLUTION
}
