package org.bianmin.notice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * The district's settings for decision matters (one row): the voting thresholds, stored as whole-number fractions and
 * defaulting to the law's ({@link VotingRules#LAW}), how many days a disclosure stays up by default, and by how many
 * days after the resolution disclosure ends the result should be disclosed.
 */
@Entity
@Table(name = "decision_settings")
public class DecisionSettings extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final long ID = 1L;
    public static final int MAX_DAYS = 365;

    @Column(name = "party_members_quorum_num", nullable = false)
    private int partyMembersQuorumNum;

    @Column(name = "party_members_quorum_den", nullable = false)
    private int partyMembersQuorumDen;

    @Column(name = "party_members_majority_num", nullable = false)
    private int partyMembersMajorityNum;

    @Column(name = "party_members_majority_den", nullable = false)
    private int partyMembersMajorityDen;

    @Column(name = "assembly_villagers_quorum_num", nullable = false)
    private int assemblyVillagersQuorumNum;

    @Column(name = "assembly_villagers_quorum_den", nullable = false)
    private int assemblyVillagersQuorumDen;

    @Column(name = "assembly_households_quorum_num", nullable = false)
    private int assemblyHouseholdsQuorumNum;

    @Column(name = "assembly_households_quorum_den", nullable = false)
    private int assemblyHouseholdsQuorumDen;

    @Column(name = "representatives_quorum_num", nullable = false)
    private int representativesQuorumNum;

    @Column(name = "representatives_quorum_den", nullable = false)
    private int representativesQuorumDen;

    @Column(name = "villagers_majority_num", nullable = false)
    private int villagersMajorityNum;

    @Column(name = "villagers_majority_den", nullable = false)
    private int villagersMajorityDen;

    @Column(name = "disclosure_days", nullable = false)
    private int disclosureDays;

    @Column(name = "result_due_days", nullable = false)
    private int resultDueDays;

    protected DecisionSettings() {}

    /** Settings as the law and common practice have them (what the migration stores). */
    public static DecisionSettings law() {
        DecisionSettings settings = new DecisionSettings();
        settings.change(VotingRules.LAW, DisclosurePeriod.DEFAULT_DAYS, 90);
        return settings;
    }

    /** The rules meetings are checked against. */
    public VotingRules rules() {
        return new VotingRules(
                new Fraction(partyMembersQuorumNum, partyMembersQuorumDen),
                new Fraction(partyMembersMajorityNum, partyMembersMajorityDen),
                new Fraction(assemblyVillagersQuorumNum, assemblyVillagersQuorumDen),
                new Fraction(assemblyHouseholdsQuorumNum, assemblyHouseholdsQuorumDen),
                new Fraction(representativesQuorumNum, representativesQuorumDen),
                new Fraction(villagersMajorityNum, villagersMajorityDen));
    }

    /**
     * Changes the thresholds and the days. A district may be stricter than the law, never laxer.
     *
     * @throws BusinessException when a threshold is below the law's or the days are out of range
     */
    public void change(VotingRules rules, int disclosureDays, int resultDueDays) {
        VotingRules law = VotingRules.LAW;
        atLeast(rules.partyMembersQuorum(), law.partyMembersQuorum());
        atLeast(rules.partyMembersMajority(), law.partyMembersMajority());
        atLeast(rules.assemblyVillagersQuorum(), law.assemblyVillagersQuorum());
        atLeast(rules.assemblyHouseholdsQuorum(), law.assemblyHouseholdsQuorum());
        atLeast(rules.representativesQuorum(), law.representativesQuorum());
        atLeast(rules.villagersMajority(), law.villagersMajority());
        if (disclosureDays < 1 || disclosureDays > MAX_DAYS || resultDueDays < 1 || resultDueDays > MAX_DAYS) {
            throw new BusinessException("notice.error.settingsDays", MAX_DAYS);
        }
        partyMembersQuorumNum = rules.partyMembersQuorum().numerator();
        partyMembersQuorumDen = rules.partyMembersQuorum().denominator();
        partyMembersMajorityNum = rules.partyMembersMajority().numerator();
        partyMembersMajorityDen = rules.partyMembersMajority().denominator();
        assemblyVillagersQuorumNum = rules.assemblyVillagersQuorum().numerator();
        assemblyVillagersQuorumDen = rules.assemblyVillagersQuorum().denominator();
        assemblyHouseholdsQuorumNum = rules.assemblyHouseholdsQuorum().numerator();
        assemblyHouseholdsQuorumDen = rules.assemblyHouseholdsQuorum().denominator();
        representativesQuorumNum = rules.representativesQuorum().numerator();
        representativesQuorumDen = rules.representativesQuorum().denominator();
        villagersMajorityNum = rules.villagersMajority().numerator();
        villagersMajorityDen = rules.villagersMajority().denominator();
        this.disclosureDays = disclosureDays;
        this.resultDueDays = resultDueDays;
    }

    private static void atLeast(Fraction chosen, Fraction law) {
        if (chosen == null) {
            throw new BusinessException("notice.error.fraction");
        }
        if ((long) chosen.numerator() * law.denominator() < (long) law.numerator() * chosen.denominator()) {
            throw new BusinessException("notice.error.belowLaw", chosen, law);
        }
    }

    public int getDisclosureDays() {
        return disclosureDays;
    }

    public int getResultDueDays() {
        return resultDueDays;
    }
}
