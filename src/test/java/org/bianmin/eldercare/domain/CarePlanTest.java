package org.bianmin.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.bianmin.eldercare.domain.CarePlan.ReviewRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A plan uses an active provider serving the village and offering the services; reviews and ending")
class CarePlanTest {

    static final String SANMEN = "510904112201";
    static final String JINJI = "510904113201";
    static final long MEALS = 1L;
    static final long CLEANING = 2L;
    static final long BATHING = 3L;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static CareProvider provider(String name, List<Long> services, List<String> area) {
        return new CareProvider(new CareProvider.Details(name, "王经理", "0825-6612345", null, services, area));
    }

    private final CareProvider sanjiaTown = provider("三家镇幸福居家养老服务中心", List.of(MEALS, CLEANING), List.of("510904112"));

    private static PlanTerms terms(CareProvider provider, Long... services) {
        return PlanTerms.of(provider, Set.of(services), 20, new BigDecimal("200"));
    }

    private CarePlan plan() {
        return CarePlan.create(7L, SANMEN, terms(sanjiaTown, MEALS), YearMonth.of(2026, 12), null, TODAY, "mz.staff");
    }

    @Test
    void aPlanStartsNextMonthAndIsFirstReviewedSixMonthsLater() {
        CarePlan plan = plan();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.getStartMonth()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(plan.getNextReviewOn()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(plan.getMonthlySubsidy()).isEqualByComparingTo("200.00");
        assertThat(plan.getServiceIds()).containsExactly(MEALS);
    }

    @Test
    void aProviderServingTheWholeTownServesEachOfItsVillagesButNoOther() {
        assertThat(sanjiaTown.serves(SANMEN)).isTrue();
        assertThat(sanjiaTown.serves(JINJI)).isFalse();
        CareProvider oneVillage = provider("金鸡村互助点", List.of(MEALS), List.of(JINJI));
        assertThat(oneVillage.serves(JINJI)).isTrue();
        assertThat(oneVillage.serves("510904113202")).isFalse();
    }

    @Test
    void aProviderNotServingTheVillageIsRefused() {
        assertThatThrownBy(() -> CarePlan.create(
                        7L, JINJI, terms(sanjiaTown, MEALS), YearMonth.of(2026, 12), null, TODAY, "mz.staff"))
                .hasMessage("eldercare.plan.error.providerArea");
    }

    @Test
    void anInactiveProviderIsRefused() {
        sanjiaTown.deactivate();
        assertThatThrownBy(this::plan).hasMessage("eldercare.plan.error.providerInactive");
    }

    @Test
    void aServiceTheProviderDoesNotOfferIsRefused() {
        assertThatThrownBy(() -> CarePlan.create(
                        7L, SANMEN, terms(sanjiaTown, MEALS, BATHING), YearMonth.of(2026, 12), null, TODAY, "mz.staff"))
                .hasMessage("eldercare.plan.error.providerService");
    }

    @Test
    void termsNeedServicesHoursAndASubsidyInRange() {
        YearMonth dec = YearMonth.of(2026, 12);
        assertThatThrownBy(() -> CarePlan.create(7L, SANMEN, terms(sanjiaTown), dec, null, TODAY, "x"))
                .hasMessage("eldercare.plan.error.services");
        assertThatThrownBy(() -> CarePlan.create(
                        7L, SANMEN, PlanTerms.of(sanjiaTown, Set.of(MEALS), 0, BigDecimal.TEN), dec, null, TODAY, "x"))
                .hasMessage("eldercare.plan.error.hours");
        assertThatThrownBy(() -> CarePlan.create(
                        7L,
                        SANMEN,
                        PlanTerms.of(sanjiaTown, Set.of(MEALS), 301, BigDecimal.TEN),
                        dec,
                        null,
                        TODAY,
                        "x"))
                .hasMessage("eldercare.plan.error.hours");
        assertThatThrownBy(() -> CarePlan.create(
                        7L,
                        SANMEN,
                        PlanTerms.of(sanjiaTown, Set.of(MEALS), 20, new BigDecimal("-1")),
                        dec,
                        null,
                        TODAY,
                        "x"))
                .hasMessage("eldercare.plan.error.subsidy");
        assertThatThrownBy(() -> CarePlan.create(
                        7L, SANMEN, PlanTerms.of(null, Set.of(MEALS), 20, BigDecimal.TEN), dec, null, TODAY, "x"))
                .hasMessage("eldercare.plan.error.provider");
    }

    @Test
    void aPlanCannotStartInAPastMonthAndItsReviewMustFollowTheStartWithinAYear() {
        assertThatThrownBy(() ->
                        CarePlan.create(7L, SANMEN, terms(sanjiaTown, MEALS), YearMonth.of(2026, 10), null, TODAY, "x"))
                .hasMessage("eldercare.plan.error.startMonth");
        // the current month is allowed (a plan agreed early in the month)
        assertThat(CarePlan.create(7L, SANMEN, terms(sanjiaTown, MEALS), YearMonth.of(2026, 11), null, TODAY, "x")
                        .getNextReviewOn())
                .isEqualTo(LocalDate.of(2027, 5, 1));
        assertThatThrownBy(() -> CarePlan.create(
                        7L,
                        SANMEN,
                        terms(sanjiaTown, MEALS),
                        YearMonth.of(2026, 12),
                        LocalDate.of(2026, 12, 1),
                        TODAY,
                        "x"))
                .hasMessage("eldercare.plan.error.nextReview");
        assertThatThrownBy(() -> CarePlan.create(
                        7L,
                        SANMEN,
                        terms(sanjiaTown, MEALS),
                        YearMonth.of(2026, 12),
                        LocalDate.of(2027, 12, 2),
                        TODAY,
                        "x"))
                .hasMessage("eldercare.plan.error.nextReview");
    }

    @Test
    void aReminderIsDueOnceForEachReviewDate() {
        CarePlan plan = plan();
        LocalDate due = plan.getNextReviewOn();
        assertThat(plan.needsReminder(due.minusDays(1))).isFalse();
        assertThat(plan.needsReminder(due)).isTrue();
        plan.reminded(99L);
        assertThat(plan.needsReminder(due.plusDays(3))).isFalse();
        assertThat(plan.isReviewDue(due.plusDays(3))).isTrue();
        plan.review(
                new ReviewRecord(due.plusDays(3), ReviewOutcome.CONTINUE, null, null, null, null),
                due.plusDays(3),
                "t");
        assertThat(plan.getNextReviewOn()).isEqualTo(LocalDate.of(2027, 12, 4));
        assertThat(plan.needsReminder(LocalDate.of(2027, 12, 4))).isTrue();
    }

    @Test
    void aReviewThatChangesThePlanChecksTheNewTermsAndRecordsWhatChanged() {
        CarePlan plan = plan();
        LocalDate on = LocalDate.of(2027, 6, 2);
        CareProvider other = provider("拦江镇护理站", List.of(MEALS, BATHING), List.of("510904115"));
        assertThatThrownBy(() -> plan.review(
                        new ReviewRecord(on, ReviewOutcome.CHANGE, "需要助浴", null, terms(other, BATHING), null), on, "t"))
                .hasMessage("eldercare.plan.error.providerArea");
        assertThatThrownBy(() -> plan.review(
                        new ReviewRecord(on, ReviewOutcome.CHANGE, "无变化", null, terms(sanjiaTown, MEALS), null),
                        on,
                        "t"))
                .hasMessage("eldercare.plan.error.nothingChanged");
        assertThatThrownBy(() -> plan.review(
                        new ReviewRecord(on, ReviewOutcome.CHANGE, " ", null, terms(sanjiaTown, CLEANING), null),
                        on,
                        "t"))
                .hasMessage("eldercare.plan.error.noteRequired");
        CareReview review = plan.review(
                new ReviewRecord(
                        on,
                        ReviewOutcome.CHANGE,
                        "增加保洁",
                        null,
                        PlanTerms.of(sanjiaTown, Set.of(MEALS, CLEANING), 30, new BigDecimal("300")),
                        null),
                on,
                "t");
        assertThat(review.getChangeSummary()).contains("hours 20 -> 30").contains("subsidy 200.00 -> 300.00");
        assertThat(plan.getHoursPerMonth()).isEqualTo(30);
        assertThat(plan.getServiceIds()).containsExactly(MEALS, CLEANING);
        assertThat(plan.getNextReviewOn()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(plan.getReviews()).hasSize(1);
    }

    @Test
    void aReviewCannotBeInTheFutureOrBeforeTheStart() {
        CarePlan plan = plan();
        assertThatThrownBy(() -> plan.review(
                        new ReviewRecord(TODAY.plusDays(1), ReviewOutcome.CONTINUE, null, null, null, null),
                        TODAY,
                        "t"))
                .hasMessage("eldercare.plan.error.reviewDate");
        assertThatThrownBy(() -> plan.review(
                        new ReviewRecord(TODAY, ReviewOutcome.CONTINUE, null, null, null, null), TODAY, "t"))
                .hasMessage("eldercare.plan.error.reviewBeforeStart");
    }

    @Test
    void endingNeedsAReasonAndADateNotInTheFutureAndIsFinal() {
        CarePlan plan = plan();
        LocalDate later = LocalDate.of(2027, 3, 15);
        assertThatThrownBy(() -> plan.end(null, later, null, later)).hasMessage("eldercare.plan.error.endReason");
        assertThatThrownBy(() -> plan.end(EndReason.MOVED_AWAY, later.plusDays(1), null, later))
                .hasMessage("eldercare.plan.error.endDate");
        plan.end(EndReason.ENTERED_INSTITUTION, later, "入住安居区社会福利院", later);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.ENDED);
        assertThat(plan.getEndedOn()).isEqualTo(later);
        assertThat(plan.getNextReviewOn()).isNull();
        assertThat(plan.needsReminder(LocalDate.of(2028, 1, 1))).isFalse();
        assertThatThrownBy(() -> plan.end(EndReason.DIED, later, null, later)).hasMessage("eldercare.plan.error.ended");
    }

    @Test
    void aReviewMayEndThePlan() {
        CarePlan plan = plan();
        LocalDate on = LocalDate.of(2027, 6, 3);
        assertThatThrownBy(
                        () -> plan.review(new ReviewRecord(on, ReviewOutcome.END, "本人不再需要", null, null, null), on, "t"))
                .hasMessage("eldercare.plan.error.endReason");
        CareReview review =
                plan.review(new ReviewRecord(on, ReviewOutcome.END, "本人不再需要", null, null, EndReason.DECLINED), on, "t");
        assertThat(review.getNextReviewOn()).isNull();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.ENDED);
        assertThat(plan.getEndReason()).isEqualTo(EndReason.DECLINED);
    }

    @Test
    void aProviderNeedsServicesAnAreaOfTownsOrVillagesAndAPhone() {
        assertThatThrownBy(() -> provider("甲", List.of(), List.of("510904112")))
                .hasMessage("eldercare.provider.error.services");
        assertThatThrownBy(() -> provider("甲", List.of(MEALS), List.of())).hasMessage("eldercare.provider.error.area");
        assertThatThrownBy(() -> provider("甲", List.of(MEALS), List.of("510904")))
                .hasMessage("eldercare.provider.error.area");
        assertThatThrownBy(() -> new CareProvider(
                        new CareProvider.Details("甲", "王", "call me", null, List.of(MEALS), List.of("510904112"))))
                .hasMessage("eldercare.provider.error.phone");
        assertThatThrownBy(() -> provider(" ", List.of(MEALS), List.of("510904112")))
                .hasMessage("eldercare.provider.error.name");
    }
}
