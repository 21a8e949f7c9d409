package org.bianmin.notice.domain;

import java.io.Serializable;

/**
 * The quorum and majority each meeting needs, defaulting to the law's (村民委员会组织法, 中国共产党农村基层组织工作条例);
 * a district may set stricter ones. "At least" thresholds are reached with exactly the fraction; "more than" ones are
 * not.
 *
 * @param partyMembersQuorum at least this share of Party members present
 * @param partyMembersMajority more than this share of those present vote for
 * @param assemblyVillagersQuorum more than this share of adult villagers present, or
 * @param assemblyHouseholdsQuorum at least this share of households represented
 * @param representativesQuorum at least this share of representatives present
 * @param villagersMajority more than this share of those present vote for (assembly or representatives)
 */
public record VotingRules(
        Fraction partyMembersQuorum,
        Fraction partyMembersMajority,
        Fraction assemblyVillagersQuorum,
        Fraction assemblyHouseholdsQuorum,
        Fraction representativesQuorum,
        Fraction villagersMajority)
        implements Serializable {

    public static final VotingRules LAW = new VotingRules(
            Fraction.TWO_THIRDS, Fraction.HALF, Fraction.HALF, Fraction.TWO_THIRDS, Fraction.TWO_THIRDS, Fraction.HALF);

    /** Whether enough people came for the meeting to decide anything. */
    public boolean quorate(MeetingForm form, Attendance a) {
        return switch (form) {
            case PARTY_MEMBERS -> partyMembersQuorum.reachedBy(a.present(), a.expected());
            case VILLAGERS_ASSEMBLY -> assemblyVillagersQuorum.exceededBy(a.present(), a.expected())
                    || (a.householdsExpected() > 0
                            && assemblyHouseholdsQuorum.reachedBy(a.householdsPresent(), a.householdsExpected()));
            case VILLAGER_REPRESENTATIVES -> representativesQuorum.reachedBy(a.present(), a.expected());
                // the Party organisation and the two committees decide among themselves: a simple majority present
            case PARTY_ORGANISATION, JOINT_COMMITTEES, MERGED_PROPOSAL_AND_DELIBERATION -> Fraction.HALF.exceededBy(
                    a.present(), a.expected());
        };
    }

    /** Whether the votes carry the motion, counted against those present. */
    public boolean passed(MeetingForm form, Attendance a) {
        Fraction majority =
                switch (form) {
                    case PARTY_MEMBERS -> partyMembersMajority;
                    case VILLAGERS_ASSEMBLY, VILLAGER_REPRESENTATIVES -> villagersMajority;
                    case PARTY_ORGANISATION, JOINT_COMMITTEES, MERGED_PROPOSAL_AND_DELIBERATION -> Fraction.HALF;
                };
        return majority.exceededBy(a.votesFor(), a.present());
    }
}
