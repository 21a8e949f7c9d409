package org.bianmin.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.bianmin.matter.domain.RatingLevel;
import org.bianmin.report.application.ReportQueries.OpenTally;
import org.bianmin.report.application.ReportQueries.RatingTally;
import org.bianmin.report.application.ReportQueries.Resolution;
import org.bianmin.report.application.ReportQueries.Tally;
import org.bianmin.shared.domain.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Adding up the dashboard per office and per town")
class DashboardTallyTest {

    private static final long SANJIA_CENTRE = 11L;
    private static final long YUFENG_CENTRE = 12L;
    private static final long CIVIL_AFFAIRS = 21L;

    private static final String SANMEN = "510904100201"; // 三家镇三门村
    private static final String SANJIA_OTHER = "510904100202"; // another village of 三家镇
    private static final String JINJI = "510904101201"; // 玉丰镇金鸡村

    /** National Day 2026: 1 to 7 October off, Saturday 10 October worked instead. */
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            LocalDate.parse("2026-10-01")
                    .datesUntil(LocalDate.parse("2026-10-08"))
                    .toList(),
            List.of(LocalDate.parse("2026-10-10")));

    private final DashboardTally tally = new DashboardTally(CALENDAR);

    private static Resolution resolution(String submitted, String resolved, String due) {
        return new Resolution(
                SANJIA_CENTRE,
                SANMEN,
                LocalDateTime.parse(submitted),
                LocalDateTime.parse(resolved),
                due == null ? null : LocalDate.parse(due));
    }

    @Nested
    @DisplayName("on time")
    class OnTime {

        @Test
        void resolvedOnTheDueDateIsOnTimeEvenLateInTheDay() {
            assertThat(DashboardTally.onTime(resolution("2026-11-02T09:00", "2026-11-09T23:59:59", "2026-11-09")))
                    .isTrue();
        }

        @Test
        void resolvedBeforeTheDueDateIsOnTime() {
            assertThat(DashboardTally.onTime(resolution("2026-11-02T09:00", "2026-11-05T10:00", "2026-11-09")))
                    .isTrue();
        }

        @Test
        void resolvedTheDayAfterTheDueDateIsLateEvenJustAfterMidnight() {
            assertThat(DashboardTally.onTime(resolution("2026-11-02T09:00", "2026-11-10T00:00", "2026-11-09")))
                    .isFalse();
        }

        @Test
        void aMatterThatNeverHadADueDateWasNeverLate() {
            assertThat(DashboardTally.onTime(resolution("2026-11-02T09:00", "2026-11-30T10:00", null)))
                    .isTrue();
        }

        @Test
        void theOnTimeRateCountsTheBoundaryAsOnTime() {
            tally.resolved(resolution("2026-11-02T09:00", "2026-11-09T17:00", "2026-11-09"))
                    .resolved(resolution("2026-11-02T09:00", "2026-11-10T08:30", "2026-11-09"));

            Figures sanjia = tally.office(SANJIA_CENTRE);
            assertThat(sanjia.resolved()).isEqualTo(2);
            assertThat(sanjia.resolvedOnTime()).isEqualTo(1);
            assertThat(sanjia.onTimePercent()).isEqualByComparingTo("50.0");
        }
    }

    @Nested
    @DisplayName("working days to resolve")
    class WorkingDays {

        @Test
        void theDayOfSubmissionDoesNotCount() {
            assertThat(tally.workingDays(resolution("2026-11-02T09:00", "2026-11-02T16:00", "2026-11-09")))
                    .isZero();
            assertThat(tally.workingDays(resolution("2026-11-02T09:00", "2026-11-03T09:00", "2026-11-09")))
                    .isEqualTo(1);
        }

        @Test
        void aWeekendInBetweenDoesNotCount() {
            // Friday 6 November to Monday 9 November
            assertThat(tally.workingDays(resolution("2026-11-06T15:00", "2026-11-09T10:00", "2026-11-13")))
                    .isEqualTo(1);
        }

        @Test
        void holidaysDoNotCountAndAWorkedSaturdayDoes() {
            // Wednesday 30 September to Monday 12 October: 1 to 7 October off, Saturday 10 October worked
            assertThat(tally.workingDays(resolution("2026-09-30T09:00", "2026-10-12T09:00", "2026-10-14")))
                    .isEqualTo(4); // 8, 9, 10 and 12 October
        }

        @Test
        void theAverageIsOverTheResolvedMattersOfTheOffice() {
            tally.resolved(resolution("2026-11-02T09:00", "2026-11-03T09:00", "2026-11-09")) // 1 day
                    .resolved(resolution("2026-11-06T09:00", "2026-11-13T09:00", "2026-11-13")); // 5 days

            assertThat(tally.office(SANJIA_CENTRE).averageWorkingDaysToResolve())
                    .isEqualByComparingTo("3.0");
        }

        @Test
        void anOfficeThatResolvedNothingHasNoAverage() {
            tally.received(new Tally(SANJIA_CENTRE, SANMEN, 4));

            assertThat(tally.office(SANJIA_CENTRE).averageWorkingDaysToResolve())
                    .isNull();
            assertThat(tally.office(SANJIA_CENTRE).onTimePercent()).isNull();
        }
    }

    @Nested
    @DisplayName("open and overdue")
    class OpenAndOverdue {

        @Test
        void overdueMattersAreCountedAmongTheOpenOnesToo() {
            tally.open(new OpenTally(SANJIA_CENTRE, SANMEN, false, 5))
                    .open(new OpenTally(SANJIA_CENTRE, SANMEN, true, 2))
                    .open(new OpenTally(SANJIA_CENTRE, SANJIA_OTHER, true, 1));

            assertThat(tally.office(SANJIA_CENTRE).open()).isEqualTo(8);
            assertThat(tally.office(SANJIA_CENTRE).overdue()).isEqualTo(3);
        }
    }

    @Nested
    @DisplayName("satisfaction")
    class Satisfaction {

        @ParameterizedTest
        @EnumSource(
                value = RatingLevel.class,
                names = {"VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED"})
        void basicallySatisfiedOrBetterCountsAsSatisfied(RatingLevel level) {
            assertThat(DashboardTally.satisfied(level)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(
                value = RatingLevel.class,
                names = {"DISSATISFIED", "VERY_DISSATISFIED"})
        void aBadRatingDoesNot(RatingLevel level) {
            assertThat(DashboardTally.satisfied(level)).isFalse();
        }

        @Test
        void theRateIsOverEveryRatingOfThePeriod() {
            tally.rated(new RatingTally(SANJIA_CENTRE, SANMEN, RatingLevel.VERY_SATISFIED, 2))
                    .rated(new RatingTally(SANJIA_CENTRE, SANMEN, RatingLevel.BASICALLY_SATISFIED, 1))
                    .rated(new RatingTally(SANJIA_CENTRE, SANJIA_OTHER, RatingLevel.VERY_DISSATISFIED, 1));

            Figures sanjia = tally.office(SANJIA_CENTRE);
            assertThat(sanjia.rated()).isEqualTo(4);
            assertThat(sanjia.satisfied()).isEqualTo(3);
            assertThat(sanjia.satisfactionPercent()).isEqualByComparingTo("75.0");
        }
    }

    @Nested
    @DisplayName("per town")
    class PerTown {

        @Test
        void theTownIsTheFirstNineDigitsOfTheVillageCode() {
            assertThat(DashboardTally.townCodeOf(SANMEN)).isEqualTo("510904100");
            assertThat(DashboardTally.townCodeOf("510904100")).isEqualTo("510904100");
            assertThat(DashboardTally.townCodeOf(null)).isEmpty();
        }

        @Test
        void villagesOfOneTownAddUpAcrossOffices() {
            tally.received(new Tally(SANJIA_CENTRE, SANMEN, 3))
                    .received(new Tally(SANJIA_CENTRE, SANJIA_OTHER, 2))
                    .received(new Tally(CIVIL_AFFAIRS, SANMEN, 1))
                    .received(new Tally(YUFENG_CENTRE, JINJI, 4));

            assertThat(tally.towns()).containsOnlyKeys("510904100", "510904101");
            assertThat(tally.towns().get("510904100").received()).isEqualTo(6);
            assertThat(tally.towns().get("510904101").received()).isEqualTo(4);
        }

        @Test
        void townsComeInCodeOrder() {
            tally.received(new Tally(YUFENG_CENTRE, JINJI, 1)).received(new Tally(SANJIA_CENTRE, SANMEN, 1));

            assertThat(tally.towns().keySet()).containsExactly("510904100", "510904101");
        }
    }

    @Test
    void anOfficeWithNothingHasAllZeros() {
        assertThat(tally.office(YUFENG_CENTRE)).isEqualTo(Figures.NONE);
    }

    @Test
    void theTotalIsEveryOfficeTogetherAndEqualsEveryTownTogether() {
        tally.received(new Tally(SANJIA_CENTRE, SANMEN, 3))
                .received(new Tally(YUFENG_CENTRE, JINJI, 4))
                .open(new OpenTally(YUFENG_CENTRE, JINJI, true, 2))
                .resolved(resolution("2026-11-02T09:00", "2026-11-03T09:00", "2026-11-09"));

        Figures total = tally.total();
        assertThat(total.received()).isEqualTo(7);
        assertThat(total.overdue()).isEqualTo(2);
        assertThat(total.resolved()).isEqualTo(1);
        assertThat(tally.towns().values().stream().reduce(Figures.NONE, Figures::plus))
                .isEqualTo(total);
        assertThat(tally.office(SANJIA_CENTRE).received()).isEqualTo(3);
        assertThat(tally.office(YUFENG_CENTRE).received()).isEqualTo(4);
    }
}
