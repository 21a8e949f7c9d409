package org.bianmin.notice.domain;

/** Who met for a step. The villagers' resolution is taken by either of the last two. */
public enum MeetingForm {
    /** 党组织会议 */
    PARTY_ORGANISATION,
    /** 两委联席会议 */
    JOINT_COMMITTEES,
    /** 党组织提议与两委商议合并召开 (one person holds both posts) */
    MERGED_PROPOSAL_AND_DELIBERATION,
    /** 党员大会 */
    PARTY_MEMBERS,
    /** 村民会议 */
    VILLAGERS_ASSEMBLY,
    /** 村民代表会议 */
    VILLAGER_REPRESENTATIVES
}
