package org.bianmin.notice.web;

import org.bianmin.notice.domain.Attendance;
import org.bianmin.notice.domain.DecisionMeeting;
import org.bianmin.notice.domain.Fraction;
import org.bianmin.notice.domain.MeetingForm;
import org.bianmin.notice.domain.Outcome;
import org.bianmin.notice.domain.VotingRules;
import org.bianmin.shared.web.Messages;

/** Says in words why a meeting failed: which threshold it missed, against the counts recorded. */
public final class Explanations {

    private Explanations() {}

    public static String of(DecisionMeeting meeting, VotingRules rules) {
        Attendance a = meeting.attendance();
        MeetingForm form = meeting.getForm();
        if (meeting.getOutcome() == Outcome.NO_QUORUM) {
            return switch (form) {
                case PARTY_MEMBERS -> Messages.text(
                        "decision_explain.quorumPartyMembers", rules.partyMembersQuorum(), a.expected(), a.present());
                case VILLAGER_REPRESENTATIVES -> Messages.text(
                        "decision_explain.quorumRepresentatives",
                        rules.representativesQuorum(),
                        a.expected(),
                        a.present());
                case VILLAGERS_ASSEMBLY -> Messages.text(
                        "decision_explain.quorumAssembly",
                        rules.assemblyVillagersQuorum(),
                        rules.assemblyHouseholdsQuorum(),
                        Messages.text("decision_sheet.attendanceText", a.expected(), a.present())
                                + Messages.text(
                                        "decision_sheet.householdsText",
                                        a.householdsExpected(),
                                        a.householdsPresent()));
                default -> Messages.text("decision_explain.quorumCommittee", Fraction.HALF, a.expected(), a.present());
            };
        }
        if (meeting.getOutcome() == Outcome.REJECTED) {
            Fraction majority =
                    switch (form) {
                        case PARTY_MEMBERS -> rules.partyMembersMajority();
                        case VILLAGERS_ASSEMBLY, VILLAGER_REPRESENTATIVES -> rules.villagersMajority();
                        default -> Fraction.HALF;
                    };
            return Messages.text(
                    "decision_explain.rejected",
                    majority,
                    a.present(),
                    Messages.text("decision_sheet.votesText", a.votesFor(), a.votesAgainst(), a.abstentions()));
        }
        return "";
    }
}
