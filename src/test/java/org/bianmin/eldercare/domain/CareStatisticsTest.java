package org.bianmin.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.bianmin.eldercare.domain.CareStatistics.ApplicationFact;
import org.bianmin.eldercare.domain.CareStatistics.Figures;
import org.bianmin.eldercare.domain.CareStatistics.PlanFact;
import org.bianmin.eldercare.domain.CareStatistics.StageVisit;
import org.bianmin.shared.domain.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Home-care statistics: by stage, approvals and refusals, working days per stage, plans per town")
class CareStatisticsTest {

    static final String SANJIA = "510904112";
    static final String YUFENG = "510904113";
    /** 2026 National Day holiday 1–7 October, 10 October (Saturday) worked instead. */
    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).toList(),
            List.of(LocalDate.of(2026, 10, 10)));

    @Test
    void applicationsAreCountedByStageAndTownWithApprovalsAndRefusals() {
        Figures figures = CareStatistics.compute(
                List.of(
                        new ApplicationFact(SANJIA + "201", Stage.VILLAGE_CHECK, false),
                        new ApplicationFact(SANJIA + "202", Stage.IN_SERVICE, true),
                        new ApplicationFact(SANJIA + "201", Stage.SERVICE_PLAN, true),
                        new ApplicationFact(YUFENG + "201", Stage.REFUSED, false)),
                List.of(),
                List.of(),
                Map.of(SANJIA, "三家镇"),
                CALENDAR);
        assertThat(figures.applications()).isEqualTo(4);
        assertThat(figures.byStage())
                .containsEntry(Stage.VILLAGE_CHECK, 1L)
                .containsEntry(Stage.TOWN_VERIFICATION, 0L)
                .containsEntry(Stage.IN_SERVICE, 1L)
                .containsEntry(Stage.REFUSED, 1L)
                .hasSize(Stage.values().length);
        assertThat(figures.approved()).isEqualTo(2);
        assertThat(figures.refused()).isEqualTo(1);
        assertThat(figures.towns())
                .extracting(CareStatistics.TownLine::townName)
                .containsExactly("三家镇", YUFENG); // a town without a name shows its code
        assertThat(figures.towns().get(0).applications()).isEqualTo(3);
        assertThat(figures.towns().get(0).approved()).isEqualTo(2);
        assertThat(figures.towns().get(1).refused()).isEqualTo(1);
    }

    @Test
    void onlyActivePlansCountAndTheirSubsidiesAddUpPerTown() {
        Figures figures = CareStatistics.compute(
                List.of(),
                List.of(),
                List.of(
                        new PlanFact(SANJIA + "201", PlanStatus.ACTIVE, new BigDecimal("200.00")),
                        new PlanFact(SANJIA + "202", PlanStatus.ACTIVE, new BigDecimal("350.50")),
                        new PlanFact(SANJIA + "202", PlanStatus.ENDED, new BigDecimal("999.00")),
                        new PlanFact(YUFENG + "201", PlanStatus.ACTIVE, new BigDecimal("200.00"))),
                Map.of(),
                CALENDAR);
        assertThat(figures.activePlans()).isEqualTo(3);
        assertThat(figures.monthlySubsidy()).isEqualByComparingTo("750.50");
        assertThat(figures.towns().get(0).activePlans()).isEqualTo(2);
        assertThat(figures.towns().get(0).monthlySubsidy()).isEqualByComparingTo("550.50");
        assertThat(figures.towns().get(1).monthlySubsidy()).isEqualByComparingTo("200.00");
    }

    @Test
    void averageWorkingDaysSkipHolidaysAndCountWorkedWeekendDays() {
        List<StageVisit> visits = List.of(
                // Mon 28 Sep → Fri 9 Oct: 29, 30 Sep and 8, 9 Oct are working days
                new StageVisit(Stage.TOWN_VERIFICATION, LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 9)),
                // Fri 9 Oct → Mon 12 Oct: Saturday 10 Oct is worked, Monday too
                new StageVisit(Stage.TOWN_VERIFICATION, LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12)),
                new StageVisit(Stage.DISTRICT_APPROVAL, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)));
        Figures figures = CareStatistics.compute(List.of(), visits, List.of(), Map.of(), CALENDAR);
        assertThat(figures.averageWorkingDays()).containsEntry(Stage.TOWN_VERIFICATION, 3.0);
        assertThat(figures.averageWorkingDays()).containsEntry(Stage.DISTRICT_APPROVAL, 0.0);
        assertThat(figures.averageWorkingDays()).doesNotContainKey(Stage.ABILITY_ASSESSMENT);
        assertThat(figures.stages().get(Stage.ABILITY_ASSESSMENT.ordinal()).averageWorkingDays())
                .isNull();
    }

    @Test
    void visitsFollowTheMovesIncludingASendBackAndLeaveOutTheCurrentStage() {
        LocalDateTime filed = LocalDateTime.of(2026, 11, 2, 9, 0);
        List<StageTrail.Move> moves = List.of(
                new StageTrail.Move(Stage.VILLAGE_CHECK, Stage.TOWN_VERIFICATION, null, "c", filed.plusDays(9)),
                new StageTrail.Move(Stage.TOWN_VERIFICATION, Stage.VILLAGE_CHECK, "补充", "t", filed.plusDays(10)),
                new StageTrail.Move(Stage.VILLAGE_CHECK, Stage.TOWN_VERIFICATION, null, "c", filed.plusDays(14)));
        List<StageVisit> visits = CareStatistics.visits(filed, moves);
        assertThat(visits)
                .containsExactly(
                        new StageVisit(Stage.VILLAGE_CHECK, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 11)),
                        new StageVisit(Stage.TOWN_VERIFICATION, LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 12)),
                        new StageVisit(Stage.VILLAGE_CHECK, LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 16)));
    }

    @Test
    void aVillageCodeBelongsToTheTownOfItsFirstNineDigits() {
        assertThat(CareStatistics.town("510904112201")).isEqualTo("510904112");
    }
}
