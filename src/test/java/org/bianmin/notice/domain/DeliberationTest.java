package org.bianmin.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("四议: the four discussions in order, failures recorded, nothing skipped")
class DeliberationTest {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 2);
    private static final VotingRules LAW = VotingRules.LAW;
    private static final Attendance ALL_FOR = Attendance.of(9, 9, 9, 0, 0);

    private final Deliberation deliberation = new Deliberation();

    private Outcome record(Step step, MeetingForm form, int day, Attendance attendance) {
        return deliberation.record(step, form, D1.plusDays(day), attendance, LAW);
    }

    @Test
    void theFourStepsInOrderResolveTheMatter() {
        assertThat(deliberation.nextStep()).isEqualTo(Step.PARTY_PROPOSAL);
        assertThat(record(Step.PARTY_PROPOSAL, MeetingForm.PARTY_ORGANISATION, 0, ALL_FOR))
                .isEqualTo(Outcome.PASSED);
        assertThat(record(Step.COMMITTEES_DELIBERATION, MeetingForm.JOINT_COMMITTEES, 1, ALL_FOR))
                .isEqualTo(Outcome.PASSED);
        assertThat(record(Step.PARTY_MEMBERS_REVIEW, MeetingForm.PARTY_MEMBERS, 5, Attendance.of(30, 20, 11, 9, 0)))
                .isEqualTo(Outcome.PASSED);
        assertThat(deliberation.resolved()).isFalse();
        assertThat(record(
                        Step.VILLAGERS_RESOLUTION,
                        MeetingForm.VILLAGER_REPRESENTATIVES,
                        9,
                        Attendance.of(45, 30, 16, 10, 4)))
                .isEqualTo(Outcome.PASSED);
        assertThat(deliberation.resolved()).isTrue();
        assertThat(deliberation.nextStep()).isNull();
        assertThat(deliberation.meetings()).hasSize(4);
    }

    @Test
    void proposalAndDeliberationMayBeOneMergedMeeting() {
        record(Step.PARTY_PROPOSAL, MeetingForm.MERGED_PROPOSAL_AND_DELIBERATION, 0, ALL_FOR);
        assertThat(deliberation.nextStep()).isEqualTo(Step.PARTY_MEMBERS_REVIEW);
    }

    @Test
    void stepsCannotBeSkippedOrReordered() {
        assertThatThrownBy(() -> record(Step.PARTY_MEMBERS_REVIEW, MeetingForm.PARTY_MEMBERS, 0, ALL_FOR))
                .hasMessage("notice.error.stepOrder");
        record(Step.PARTY_PROPOSAL, MeetingForm.PARTY_ORGANISATION, 0, ALL_FOR);
        assertThatThrownBy(() -> record(Step.PARTY_PROPOSAL, MeetingForm.PARTY_ORGANISATION, 1, ALL_FOR))
                .hasMessage("notice.error.stepOrder");
        assertThat(deliberation.meetings()).hasSize(1);
    }

    @Test
    void eachStepIsHeldByItsOwnKindOfMeeting() {
        assertThatThrownBy(() -> record(Step.PARTY_PROPOSAL, MeetingForm.VILLAGERS_ASSEMBLY, 0, ALL_FOR))
                .hasMessage("notice.error.formForStep");
    }

    @Test
    void meetingsCannotGoBackInTime() {
        record(Step.PARTY_PROPOSAL, MeetingForm.PARTY_ORGANISATION, 3, ALL_FOR);
        assertThatThrownBy(() -> record(Step.COMMITTEES_DELIBERATION, MeetingForm.JOINT_COMMITTEES, 2, ALL_FOR))
                .hasMessage("notice.error.dateOrder");
        assertThat(record(Step.COMMITTEES_DELIBERATION, MeetingForm.JOINT_COMMITTEES, 3, ALL_FOR))
                .as("the same day is fine")
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void aFailedQuorumOrVoteIsRecordedAndTheStepMayBeHeldAgain() {
        record(Step.PARTY_PROPOSAL, MeetingForm.MERGED_PROPOSAL_AND_DELIBERATION, 0, ALL_FOR);
        assertThat(record(Step.PARTY_MEMBERS_REVIEW, MeetingForm.PARTY_MEMBERS, 2, Attendance.of(30, 19, 19, 0, 0)))
                .isEqualTo(Outcome.NO_QUORUM);
        assertThat(record(Step.PARTY_MEMBERS_REVIEW, MeetingForm.PARTY_MEMBERS, 9, Attendance.of(30, 20, 10, 10, 0)))
                .isEqualTo(Outcome.REJECTED);
        assertThat(deliberation.nextStep()).isEqualTo(Step.PARTY_MEMBERS_REVIEW);
        assertThat(record(Step.PARTY_MEMBERS_REVIEW, MeetingForm.PARTY_MEMBERS, 16, Attendance.of(30, 25, 20, 5, 0)))
                .isEqualTo(Outcome.PASSED);
        assertThat(deliberation.meetings())
                .extracting(Meeting::outcome)
                .containsExactly(Outcome.PASSED, Outcome.NO_QUORUM, Outcome.REJECTED, Outcome.PASSED);
    }

    @Test
    void aMatterMayBeDroppedAfterAFailedVoteButNotOnceResolved() {
        record(Step.PARTY_PROPOSAL, MeetingForm.PARTY_ORGANISATION, 0, Attendance.of(9, 9, 3, 6, 0));
        deliberation.drop();
        assertThat(deliberation.nextStep()).isNull();
        assertThat(deliberation.resolved()).isFalse();
        assertThatThrownBy(() -> record(Step.PARTY_PROPOSAL, MeetingForm.PARTY_ORGANISATION, 1, ALL_FOR))
                .hasMessage("notice.error.dropped");

        Deliberation done = new Deliberation();
        done.record(Step.PARTY_PROPOSAL, MeetingForm.MERGED_PROPOSAL_AND_DELIBERATION, D1, ALL_FOR, LAW);
        done.record(Step.PARTY_MEMBERS_REVIEW, MeetingForm.PARTY_MEMBERS, D1, ALL_FOR, LAW);
        done.record(Step.VILLAGERS_RESOLUTION, MeetingForm.VILLAGERS_ASSEMBLY, D1, Attendance.of(9, 9, 9, 0, 0), LAW);
        assertThatThrownBy(done::drop).hasMessage("notice.error.alreadyResolved");
    }
}
