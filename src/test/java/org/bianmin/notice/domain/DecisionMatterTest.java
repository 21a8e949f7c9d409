package org.bianmin.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A decision matter: its status through the four discussions and the two disclosures")
class DecisionMatterTest {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);
    private static final Attendance ALL_FOR = Attendance.of(9, 9, 9, 0, 0);
    private static final DecisionCategory CATEGORY = new DecisionCategory("OTHER", "其他", "Other", 7);

    private static DecisionMatter matter() {
        return DecisionMatter.open(
                "510904110201", "村道硬化", CATEGORY, MotionSource.VILLAGE_CADRES, "说明", new BigDecimal("1000.00"), 10);
    }

    private static Outcome meet(DecisionMatter m, Step step, MeetingForm form, int day, Attendance a) {
        return m.recordMeeting(step, form, D1.plusDays(day), a, "纪要", null, VotingRules.LAW, TODAY, 10)
                .getOutcome();
    }

    /** A matter the villagers resolved on D1 + 9. */
    private static DecisionMatter resolved() {
        DecisionMatter m = matter();
        meet(m, Step.PARTY_PROPOSAL, MeetingForm.MERGED_PROPOSAL_AND_DELIBERATION, 0, ALL_FOR);
        meet(m, Step.PARTY_MEMBERS_REVIEW, MeetingForm.PARTY_MEMBERS, 5, Attendance.of(30, 20, 11, 9, 0));
        meet(m, Step.VILLAGERS_RESOLUTION, MeetingForm.VILLAGER_REPRESENTATIVES, 9, Attendance.of(30, 20, 11, 0, 0));
        return m;
    }

    private static DisclosurePeriod week(LocalDate start) {
        return DisclosurePeriod.days(start, 7);
    }

    @Nested
    class Opening {

        @Test
        void aNewMatterIsInDiscussionAtTheFirstStep() {
            DecisionMatter m = matter();
            assertThat(m.getStatus()).isEqualTo(DecisionStatus.IN_DISCUSSION);
            assertThat(m.nextStep()).isEqualTo(Step.PARTY_PROPOSAL);
        }

        @Test
        void titleCategorySourceAndFundsAreChecked() {
            assertThatThrownBy(
                            () -> DecisionMatter.open("5109", " ", CATEGORY, MotionSource.HIGHER_LEVEL, null, null, 1))
                    .hasMessage("notice.error.titleMissing");
            assertThatThrownBy(() -> DecisionMatter.open(
                            "5109", "x".repeat(101), CATEGORY, MotionSource.HIGHER_LEVEL, null, null, 1))
                    .hasMessage("notice.error.titleTooLong");
            assertThatThrownBy(() -> DecisionMatter.open("5109", "t", null, MotionSource.HIGHER_LEVEL, null, null, 1))
                    .hasMessage("notice.error.categoryMissing");
            assertThatThrownBy(() -> DecisionMatter.open("5109", "t", CATEGORY, null, null, null, 1))
                    .hasMessage("notice.error.sourceMissing");
            assertThatThrownBy(() -> DecisionMatter.open(
                            "5109", "t", CATEGORY, MotionSource.HIGHER_LEVEL, null, new BigDecimal("-1"), 1))
                    .hasMessage("notice.error.funds");
            assertThatThrownBy(() -> DecisionMatter.open(
                            "5109", "t", CATEGORY, MotionSource.HIGHER_LEVEL, null, new BigDecimal("1.001"), 1))
                    .hasMessage("notice.error.funds");
            assertThat(DecisionMatter.open("5109", "t", CATEGORY, MotionSource.HIGHER_LEVEL, null, BigDecimal.ZERO, 1)
                            .getEstimatedFunds())
                    .isZero();
        }

        @Test
        void aSwitchedOffCategoryTakesNoNewMattersButStaysOnOldOnes() {
            DecisionCategory old = new DecisionCategory("OLD_ONE", "旧类别", "Old", 9);
            DecisionMatter m = DecisionMatter.open("5109", "t", old, MotionSource.HIGHER_LEVEL, null, null, 1);
            old.setActive(false);
            assertThatThrownBy(() -> DecisionMatter.open("5109", "t", old, MotionSource.HIGHER_LEVEL, null, null, 1))
                    .hasMessage("notice.error.categoryInactive");
            m.edit("新标题", old, MotionSource.HIGHER_LEVEL, null, null);
            assertThat(m.getTitle()).isEqualTo("新标题");
            assertThat(m.getCategory()).isSameAs(old);
        }

        @Test
        void detailsChangeOnlyWhileInDiscussion() {
            DecisionMatter m = resolved();
            assertThatThrownBy(() -> m.edit("t", CATEGORY, MotionSource.HIGHER_LEVEL, null, null))
                    .hasMessage("notice.error.notEditable");
        }
    }

    @Nested
    class Discussions {

        @Test
        void thePassingVillagersResolutionResolvesTheMatter() {
            DecisionMatter m = resolved();
            assertThat(m.getStatus()).isEqualTo(DecisionStatus.RESOLVED);
            assertThat(m.nextStep()).isNull();
            assertThat(m.resolvedOn()).contains(D1.plusDays(9));
            assertThat(m.getMeetings()).extracting(DecisionMeeting::getSeq).containsExactly(1, 2, 3);
        }

        @Test
        void aLostVoteIsRecordedAndTheStepIsHeldAgain() {
            DecisionMatter m = matter();
            meet(m, Step.PARTY_PROPOSAL, MeetingForm.MERGED_PROPOSAL_AND_DELIBERATION, 0, ALL_FOR);
            // exactly half for is not more than half
            assertThat(meet(
                            m,
                            Step.PARTY_MEMBERS_REVIEW,
                            MeetingForm.PARTY_MEMBERS,
                            1,
                            Attendance.of(30, 20, 10, 10, 0)))
                    .isEqualTo(Outcome.REJECTED);
            assertThat(m.getStatus()).isEqualTo(DecisionStatus.IN_DISCUSSION);
            assertThat(m.nextStep()).isEqualTo(Step.PARTY_MEMBERS_REVIEW);
            assertThat(meet(
                            m,
                            Step.PARTY_MEMBERS_REVIEW,
                            MeetingForm.PARTY_MEMBERS,
                            2,
                            Attendance.of(30, 20, 11, 9, 0)))
                    .isEqualTo(Outcome.PASSED);
            assertThat(m.getMeetings()).hasSize(3);
            assertThat(m.getMeetings().get(1).getOutcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void stepsCannotBeSkippedNorMeetingsGoBackInTimeNorLieInTheFuture() {
            DecisionMatter m = matter();
            assertThatThrownBy(() -> meet(m, Step.PARTY_MEMBERS_REVIEW, MeetingForm.PARTY_MEMBERS, 0, ALL_FOR))
                    .hasMessage("notice.error.stepOrder");
            meet(m, Step.PARTY_PROPOSAL, MeetingForm.PARTY_ORGANISATION, 5, ALL_FOR);
            assertThatThrownBy(() -> meet(m, Step.COMMITTEES_DELIBERATION, MeetingForm.JOINT_COMMITTEES, 4, ALL_FOR))
                    .hasMessage("notice.error.dateOrder");
            assertThatThrownBy(() -> m.recordMeeting(
                            Step.COMMITTEES_DELIBERATION,
                            MeetingForm.JOINT_COMMITTEES,
                            TODAY.plusDays(1),
                            ALL_FOR,
                            null,
                            null,
                            VotingRules.LAW,
                            TODAY,
                            10))
                    .hasMessage("notice.error.dateFuture");
            // the same day as the previous meeting is fine, and so is today
            meet(m, Step.COMMITTEES_DELIBERATION, MeetingForm.JOINT_COMMITTEES, 5, ALL_FOR);
            assertThat(m.getMeetings()).hasSize(2);
        }

        @Test
        void badCountsLeaveTheRecordAsItWas() {
            DecisionMatter m = matter();
            assertThatThrownBy(() -> meet(
                            m,
                            Step.PARTY_PROPOSAL,
                            MeetingForm.PARTY_ORGANISATION,
                            0,
                            new Attendance(5, 6, 0, 0, 0, 0, 0)))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("notice.error.presentOverExpected");
            assertThatThrownBy(() -> meet(
                            m, Step.PARTY_PROPOSAL, MeetingForm.PARTY_ORGANISATION, 0, Attendance.of(5, 5, 3, 2, 1)))
                    .hasMessage("notice.error.votesOverPresent");
            assertThatThrownBy(() -> m.recordMeeting(
                            Step.PARTY_PROPOSAL,
                            MeetingForm.PARTY_ORGANISATION,
                            D1,
                            ALL_FOR,
                            "x".repeat(DecisionMeeting.MAX_MINUTES + 1),
                            null,
                            VotingRules.LAW,
                            TODAY,
                            10))
                    .hasMessage("notice.error.minutesTooLong");
            assertThat(m.getMeetings()).isEmpty();
        }

        @Test
        void aStoredOutcomeStaysWhenTheThresholdsChangeLater() {
            DecisionMatter m = matter();
            meet(m, Step.PARTY_PROPOSAL, MeetingForm.MERGED_PROPOSAL_AND_DELIBERATION, 0, ALL_FOR);
            meet(m, Step.PARTY_MEMBERS_REVIEW, MeetingForm.PARTY_MEMBERS, 1, Attendance.of(30, 20, 11, 9, 0));
            VotingRules stricter = new VotingRules(
                    new Fraction(3, 4),
                    new Fraction(2, 3),
                    Fraction.HALF,
                    Fraction.TWO_THIRDS,
                    Fraction.TWO_THIRDS,
                    Fraction.HALF);
            m.recordMeeting(
                    Step.VILLAGERS_RESOLUTION,
                    MeetingForm.VILLAGER_REPRESENTATIVES,
                    D1.plusDays(2),
                    Attendance.of(30, 20, 11, 0, 0),
                    null,
                    null,
                    stricter,
                    TODAY,
                    10);
            assertThat(m.getStatus()).isEqualTo(DecisionStatus.RESOLVED);
            assertThat(m.deliberation().meetings()).extracting(Meeting::outcome).containsOnly(Outcome.PASSED);
        }

        @Test
        void aMatterIsDroppedWithAReasonAndThenTakesNoMeetings() {
            DecisionMatter m = matter();
            meet(m, Step.PARTY_PROPOSAL, MeetingForm.PARTY_ORGANISATION, 0, Attendance.of(5, 5, 2, 3, 0));
            assertThatThrownBy(() -> m.drop("  ", NOW)).hasMessage("notice.error.reasonMissing");
            assertThatThrownBy(() -> m.drop("x".repeat(201), NOW)).hasMessage("notice.error.reasonTooLong");
            m.drop("村民意见分歧", NOW);
            assertThat(m.getStatus()).isEqualTo(DecisionStatus.DROPPED);
            assertThat(m.nextStep()).isNull();
            assertThat(m.getMeetings()).hasSize(1);
            assertThatThrownBy(() -> meet(m, Step.PARTY_PROPOSAL, MeetingForm.PARTY_ORGANISATION, 1, ALL_FOR))
                    .hasMessage("notice.error.dropped");
            assertThatThrownBy(() -> m.drop("again", NOW)).hasMessage("notice.error.dropped");
        }

        @Test
        void aResolvedMatterCannotBeDropped() {
            assertThatThrownBy(() -> resolved().drop("too late", NOW)).hasMessage("notice.error.alreadyResolved");
        }
    }

    @Nested
    class Disclosures {

        @Test
        void withoutTownReviewTheResolutionIsPublishedAtOnceAndTheResultFallsDue() {
            DecisionMatter m = resolved();
            DecisionDisclosure d = m.submitResolution("决议", week(TODAY), false, 90, NOW, 10);
            assertThat(d.getState()).isEqualTo(DisclosureState.PUBLISHED);
            assertThat(d.getPublishedAt()).isEqualTo(NOW);
            assertThat(m.getStatus()).isEqualTo(DecisionStatus.RESOLUTION_DISCLOSED);
            assertThat(m.getResultDueOn()).isEqualTo(TODAY.plusDays(6 + 90));
            assertThat(d.openOn(TODAY)).isTrue();
            assertThat(d.openOn(TODAY.plusDays(6))).isTrue();
            assertThat(d.openOn(TODAY.plusDays(7))).isFalse();
            assertThatThrownBy(() -> m.submitResolution("again", week(TODAY), false, 90, NOW, 10))
                    .hasMessage("notice.error.alreadyDisclosed");
        }

        @Test
        void onlyAResolvedMatterDisclosesItsResolution() {
            DecisionMatter m = matter();
            assertThatThrownBy(() -> m.submitResolution("决议", week(TODAY), false, 90, NOW, 10))
                    .hasMessage("notice.error.notResolved");
        }

        @Test
        void theResolutionIsNotDisclosedBeforeItWasTaken() {
            DecisionMatter m = resolved();
            assertThatThrownBy(() -> m.submitResolution("决议", week(D1.plusDays(8)), false, 90, NOW, 10))
                    .hasMessage("notice.error.periodBeforeResolution");
            assertThatThrownBy(() -> m.submitResolution(" ", week(TODAY), false, 90, NOW, 10))
                    .hasMessage("notice.error.bodyMissing");
            assertThat(m.getDisclosures()).isEmpty();
            // the day of the resolution itself is fine
            m.submitResolution("决议", week(D1.plusDays(9)), false, 90, NOW, 10);
        }

        @Test
        void withTownReviewItWaitsIsReturnedWithANoteResubmittedAndApproved() {
            DecisionMatter m = resolved();
            DecisionDisclosure d = m.submitResolution("决议", week(TODAY), true, 90, NOW, 10);
            assertThat(d.getState()).isEqualTo(DisclosureState.AWAITING_REVIEW);
            assertThat(m.getStatus()).isEqualTo(DecisionStatus.RESOLVED);
            assertThatThrownBy(() -> m.submitResolution("决议", week(TODAY), true, 90, NOW, 10))
                    .hasMessage("notice.error.awaitingReview");

            assertThatThrownBy(() -> m.returnResolution(" ", 5)).hasMessage("notice.error.noteMissing");
            m.returnResolution("补充租金支付方式", 5);
            assertThat(d.getState()).isEqualTo(DisclosureState.RETURNED);
            assertThat(d.getReviewNote()).isEqualTo("补充租金支付方式");
            assertThatThrownBy(() -> m.approveResolution(5, TODAY, NOW, 90))
                    .hasMessage("notice.error.notAwaitingReview");

            m.submitResolution("决议（已补充）", week(TODAY), true, 90, NOW, 10);
            assertThat(m.getDisclosures()).hasSize(1);
            assertThat(d.getState()).isEqualTo(DisclosureState.AWAITING_REVIEW);

            m.approveResolution(5, TODAY, NOW, 90);
            assertThat(d.getState()).isEqualTo(DisclosureState.PUBLISHED);
            assertThat(d.getReviewedBy()).isEqualTo(5L);
            assertThat(d.getBody()).isEqualTo("决议（已补充）");
            assertThat(m.getStatus()).isEqualTo(DecisionStatus.RESOLUTION_DISCLOSED);
        }

        @Test
        void anApprovalAfterTheFirstDayMovesThePeriodToStartTodayWithTheSameLength() {
            DecisionMatter m = resolved();
            m.submitResolution("决议", week(TODAY.minusDays(3)), true, 90, NOW, 10);
            DecisionDisclosure d = m.approveResolution(5, TODAY, NOW, 90);
            assertThat(d.getStartsOn()).isEqualTo(TODAY);
            assertThat(d.getEndsOn()).isEqualTo(TODAY.plusDays(6));
        }

        @Test
        void theResultFollowsThePublishedResolutionAndCompletesTheMatter() {
            DecisionMatter m = resolved();
            assertThatThrownBy(() -> m.publishResult("结果", week(TODAY), null, "完工", null, NOW, 10))
                    .hasMessage("notice.error.resolutionNotPublic");
            m.submitResolution("决议", week(TODAY), false, 90, NOW, 10);
            assertThatThrownBy(() -> m.publishResult("结果", week(TODAY.minusDays(1)), null, "完工", null, NOW, 10))
                    .hasMessage("notice.error.resultBeforeResolution");
            assertThatThrownBy(() -> m.publishResult("结果", week(TODAY), null, " ", null, NOW, 10))
                    .hasMessage("notice.error.progressMissing");
            assertThatThrownBy(() -> m.publishResult("结果", week(TODAY), new BigDecimal("-5"), "完工", null, NOW, 10))
                    .hasMessage("notice.error.funds");
            assertThatThrownBy(() -> m.publishResult("结果", week(TODAY), null, "完工", D1, NOW, 10))
                    .hasMessage("notice.error.completedBeforeResolution");

            DecisionDisclosure r = m.publishResult("结果", week(TODAY), new BigDecimal("980.50"), "已完工", TODAY, NOW, 10);
            assertThat(r.getKind()).isEqualTo(DisclosureKind.RESULT);
            assertThat(r.isPublished()).isTrue();
            assertThat(m.getStatus()).isEqualTo(DecisionStatus.COMPLETED);
            assertThatThrownBy(() -> m.publishResult("again", week(TODAY), null, "x", null, NOW, 10))
                    .hasMessage("notice.error.resultDone");
        }

        @Test
        void aDisclosureCannotEndBeforeItStarts() {
            assertThatThrownBy(() -> new DisclosurePeriod(TODAY, TODAY.minusDays(1)))
                    .hasMessage("notice.error.periodOrder");
        }

        @Test
        void theClerkIsRemindedOnceWhenTheResultIsDue() {
            DecisionMatter m = resolved();
            m.submitResolution("决议", week(TODAY), false, 30, NOW, 10);
            LocalDate due = m.getResultDueOn();
            assertThat(m.remindResultIfDue(due.minusDays(1))).isFalse();
            assertThat(m.remindResultIfDue(due)).isTrue();
            assertThat(m.remindResultIfDue(due.plusDays(1))).isFalse();
            assertThat(m.getResultRemindedOn()).isEqualTo(due);
        }

        @Test
        void noReminderOnceTheResultIsPublished() {
            DecisionMatter m = resolved();
            m.submitResolution("决议", week(TODAY), false, 1, NOW, 10);
            m.publishResult("结果", week(TODAY), null, "已完工", null, NOW, 10);
            assertThat(m.remindResultIfDue(TODAY.plusYears(1))).isFalse();
        }
    }
}
