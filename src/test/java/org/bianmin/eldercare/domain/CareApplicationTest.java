package org.bianmin.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bianmin.shared.domain.Sex;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A home-care application goes through its stages in order, keeping what each recorded")
class CareApplicationTest {

    /** Monday 2 November 2026 */
    private static final LocalDateTime MON = LocalDateTime.of(2026, 11, 2, 9, 0);

    private final CareApplication application = CareTesting.application(true, MON);

    private void checked() {
        application.recordHomeCheck(
                MON.toLocalDate().minusDays(1),
                "孙红梅、王村医",
                "独居，行动不便",
                PostingPeriod.starting(MON.toLocalDate(), 7),
                "sanmen.clerk",
                MON,
                LocalDate.of(2026, 11, 18));
    }

    @Test
    void ageAndSexComeFromTheIdNumber() {
        assertThat(application.ageOn(LocalDate.of(2026, 11, 28))).isEqualTo(85);
        assertThat(application.ageOn(LocalDate.of(2026, 11, 29))).isEqualTo(86);
        assertThat(application.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void theHomeCheckPostsTheApplicationForSevenDaysAndHandsItToTheTown() {
        checked();
        assertThat(application.getStage()).isEqualTo(Stage.TOWN_VERIFICATION);
        assertThat(application.getPostingStartsOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(application.getPostingEndsOn()).isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(application.isPostedOn(LocalDate.of(2026, 11, 8))).isTrue();
        assertThat(application.isPostedOn(LocalDate.of(2026, 11, 9))).isFalse();
        assertThat(application.getStageDueOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(application.getMoves()).hasSize(1);
    }

    @Test
    void aHomeCheckNeedsAVisitDateNotInTheFutureWhoVisitedAndFindings() {
        PostingPeriod posting = PostingPeriod.starting(MON.toLocalDate(), 7);
        assertThatThrownBy(() ->
                        application.recordHomeCheck(MON.toLocalDate().plusDays(1), "x", "y", posting, "c", MON, null))
                .hasMessage("eldercare.error.visitDate");
        assertThatThrownBy(() -> application.recordHomeCheck(MON.toLocalDate(), " ", "y", posting, "c", MON, null))
                .hasMessage("eldercare.error.visitedBy");
        assertThatThrownBy(() -> application.recordHomeCheck(MON.toLocalDate(), "x", "", posting, "c", MON, null))
                .hasMessage("eldercare.error.findings");
        assertThat(application.getStage()).isEqualTo(Stage.VILLAGE_CHECK);
    }

    @Test
    void theTownVerifiesOnlyAfterThePostingEnds() {
        checked();
        assertThatThrownBy(() -> application.verify("ok", "sanjia.staff", LocalDateTime.of(2026, 11, 8, 17, 0), null))
                .hasMessage("eldercare.error.postingRunning");
        application.verify("ok", "sanjia.staff", LocalDateTime.of(2026, 11, 9, 9, 0), null);
        assertThat(application.getStage()).isEqualTo(Stage.ABILITY_ASSESSMENT);
        assertThat(application.getVerifiedOn()).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void aStageCannotBeSkipped() {
        assertThatThrownBy(() -> application.verify("ok", "sanjia.staff", MON, null))
                .hasMessage("eldercare.error.wrongStage");
        assertThatThrownBy(() -> application.approve("ok", "mz", MON, null)).hasMessage("eldercare.error.wrongStage");
        assertThat(application.getStage()).isEqualTo(Stage.VILLAGE_CHECK);
    }

    private void toApproval() {
        checked();
        application.verify(null, "sanjia.staff", MON.plusDays(8), null);
        application.assess(
                "李评估",
                MON.toLocalDate().plusDays(9),
                62,
                AbilityGrade.MODERATELY_IMPAIRED,
                null,
                "a",
                MON.plusDays(9),
                null);
    }

    @Test
    void theAssessmentNeedsAScoreFrom0To100AndAGrade() {
        checked();
        application.verify(null, "sanjia.staff", MON.plusDays(8), null);
        LocalDate on = MON.toLocalDate().plusDays(8);
        assertThatThrownBy(
                        () -> application.assess("李", on, 101, AbilityGrade.INTACT, null, "a", MON.plusDays(9), null))
                .hasMessage("eldercare.error.score");
        assertThatThrownBy(() -> application.assess("李", on, 50, null, null, "a", MON.plusDays(9), null))
                .hasMessage("eldercare.error.grade");
        assertThatThrownBy(() -> application.assess(
                        "李", MON.toLocalDate().minusDays(5), 50, AbilityGrade.INTACT, null, "a", MON.plusDays(9), null))
                .hasMessage("eldercare.error.assessedOn");
        application.assess("李", on, 0, AbilityGrade.COMPLETELY_LOST, null, "a", MON.plusDays(9), null);
        assertThat(application.getGrade()).isEqualTo(AbilityGrade.COMPLETELY_LOST);
    }

    @Test
    void approvalLeadsToTheServicePlanAndThenService() {
        toApproval();
        application.approve(null, "minzheng.staff", MON.plusDays(12), LocalDate.of(2026, 11, 30));
        assertThat(application.getStage()).isEqualTo(Stage.SERVICE_PLAN);
        assertThat(application.getApprovedOn()).isEqualTo(LocalDate.of(2026, 11, 14));
        application.startService("minzheng.staff", MON.plusDays(14));
        assertThat(application.getStage()).isEqualTo(Stage.IN_SERVICE);
        assertThat(application.getStageDueOn()).isNull();
    }

    @Test
    void anApplicantTheRulesDoNotCoverIsApprovedOnlyWithAReason() {
        CareApplication notCovered = CareTesting.application(false, MON);
        notCovered.recordHomeCheck(
                MON.toLocalDate(), "x", "y", PostingPeriod.starting(MON.toLocalDate(), 7), "c", MON, null);
        notCovered.verify(null, "t", MON.plusDays(8), null);
        notCovered.assess(
                "李",
                MON.toLocalDate().plusDays(8),
                40,
                AbilityGrade.SEVERELY_IMPAIRED,
                null,
                "a",
                MON.plusDays(8),
                null);
        assertThatThrownBy(() -> notCovered.approve(" ", "mz", MON.plusDays(9), null))
                .hasMessage("eldercare.error.approveReason");
        notCovered.approve("重度失能，独居无人照料", "mz", MON.plusDays(9), null);
        assertThat(notCovered.getDecisionNote()).isEqualTo("重度失能，独居无人照料");
    }

    @Test
    void refusalNeedsAReasonAndEndsTheApplication() {
        toApproval();
        assertThatThrownBy(() -> application.refuse(" ", "mz", MON.plusDays(12)))
                .hasMessage("eldercare.error.reasonRequired");
        application.refuse("家庭收入超过低收入标准", "mz", MON.plusDays(12));
        assertThat(application.getStage()).isEqualTo(Stage.REFUSED);
        assertThat(application.getRefusedReason()).isEqualTo("家庭收入超过低收入标准");
        assertThatThrownBy(() -> application.startService("mz", MON.plusDays(13)))
                .hasMessage("eldercare.error.finished");
    }

    @Test
    void sentBackToTheVillageThePostingIsDoneAgain() {
        toApproval();
        application.sendBack(Stage.VILLAGE_CHECK, "核查情况不完整", "minzheng.staff", MON.plusDays(12), null);
        assertThat(application.getStage()).isEqualTo(Stage.VILLAGE_CHECK);
        assertThat(application.getPostingEndsOn()).isNull();
        assertThat(application.getMoves()).hasSize(4);
        assertThat(application.getMoves().get(3).isSendBack()).isTrue();
        assertThat(application.getMoves().get(3).getReason()).isEqualTo("核查情况不完整");
    }
}
