package org.bianmin.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Working days: Monday to Friday, less public holidays, plus the weekend days worked instead (调休)")
class WorkingDayCalendarTest {

    /**
     * The 2026 schedule of the State Council General Office notice of 2025-11-04, written out again on purpose rather
     * than read from V2__calendar_days.sql: this list is the specification the migration is checked against by eye.
     */
    static List<CalendarDay> official2026() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "元旦", "2026-01-01", "2026-01-03");
        worked(days, "元旦调休", "2026-01-04");
        holidays(days, "春节", "2026-02-15", "2026-02-23");
        worked(days, "春节调休", "2026-02-14", "2026-02-28");
        holidays(days, "清明节", "2026-04-04", "2026-04-06");
        holidays(days, "劳动节", "2026-05-01", "2026-05-05");
        worked(days, "劳动节调休", "2026-05-09");
        holidays(days, "端午节", "2026-06-19", "2026-06-21");
        holidays(days, "中秋节", "2026-09-25", "2026-09-27");
        holidays(days, "国庆节", "2026-10-01", "2026-10-07");
        // The notice lists 20 Sep under National Day, not Mid-Autumn: Mid-Autumn takes only Friday 25 Sep.
        worked(days, "国庆节调休", "2026-09-20", "2026-10-10");
        return days;
    }

    private static void holidays(List<CalendarDay> days, String name, String first, String last) {
        LocalDate end = LocalDate.parse(last);
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(end); day = day.plusDays(1)) {
            days.add(new CalendarDay(day, CalendarDayKind.HOLIDAY, name));
        }
    }

    private static void worked(List<CalendarDay> days, String name, String... dates) {
        for (String date : dates) {
            days.add(new CalendarDay(LocalDate.parse(date), CalendarDayKind.WORKDAY, name));
        }
    }

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(official2026());

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Stream<LocalDate> holidays2026() {
        return official2026().stream()
                .filter(day -> day.getKind() == CalendarDayKind.HOLIDAY)
                .map(CalendarDay::getDay);
    }

    static Stream<LocalDate> workedWeekendDays2026() {
        return official2026().stream()
                .filter(day -> day.getKind() == CalendarDayKind.WORKDAY)
                .map(CalendarDay::getDay);
    }

    @Nested
    @DisplayName("which days are working days")
    class WhichDays {

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"})
        void anOrdinaryMondayToFridayIsWorked(String day) {
            assertThat(CALENDAR.isWorkingDay(date(day))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-07", "2026-03-08"})
        void anOrdinarySaturdayOrSundayIsNot(String day) {
            assertThat(CALENDAR.isWorkingDay(date(day))).isFalse();
        }

        @Test
        void theScheduleHasThirtyThreeHolidaysAndSixWorkedWeekendDays() {
            assertThat(holidays2026()).hasSize(33).doesNotHaveDuplicates();
            assertThat(workedWeekendDays2026()).hasSize(6);
        }

        @ParameterizedTest
        @MethodSource("org.bianmin.shared.domain.WorkingDayCalendarTest#holidays2026")
        void everyHolidayOf2026IsADayOff(LocalDate holiday) {
            assertThat(CALENDAR.isWorkingDay(holiday)).isFalse();
        }

        @ParameterizedTest
        @MethodSource("org.bianmin.shared.domain.WorkingDayCalendarTest#workedWeekendDays2026")
        void everyWeekendDayWorkedInsteadIsAWorkingDay(LocalDate day) {
            assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(CALENDAR.isWorkingDay(day)).isTrue();
        }

        @Test
        void twentyTwentySixHas248WorkingDays() {
            assertThat(CALENDAR.workingDaysBetween(date("2025-12-31"), date("2026-12-31")))
                    .isEqualTo(248);
        }

        @Test
        void aYearNotEnteredYetCountsAsAPlainWeek() {
            assertThat(CALENDAR.isWorkingDay(date("2027-01-01")))
                    .as("Friday 1 Jan 2027")
                    .isTrue();
            assertThat(CALENDAR.addWorkingDays(date("2026-12-31"), 1)).isEqualTo(date("2027-01-01"));
        }

        @Test
        void theNextWorkingDayCanBeAWorkedSunday() {
            assertThat(CALENDAR.nextWorkingDay(date("2026-01-03"))).isEqualTo(date("2026-01-04"));
            assertThat(CALENDAR.nextWorkingDay(date("2026-02-13"))).isEqualTo(date("2026-02-14"));
            assertThat(CALENDAR.nextWorkingDay(date("2026-03-13")))
                    .as("Friday to Monday")
                    .isEqualTo(date("2026-03-16"));
        }
    }

    @Nested
    @DisplayName("due dates: the day of receipt is not counted")
    class DueDates {

        @Test
        void oneDayFromAFridayIsTheMonday() {
            assertThat(CALENDAR.addWorkingDays(date("2026-03-13"), 1)).isEqualTo(date("2026-03-16"));
        }

        @Test
        void threeDaysFromTheThursdayBeforeSpringFestivalIsTheTuesdayAfterIt() {
            // Fri 13 Feb is 1, the worked Saturday 14 Feb is 2, 15-23 Feb are off, Tue 24 Feb is 3.
            assertThat(CALENDAR.addWorkingDays(date("2026-02-12"), 3)).isEqualTo(date("2026-02-24"));
        }

        @Test
        void oneDayFromTheEveOfNationalDayIsTheDayAfterTheGoldenWeek() {
            assertThat(CALENDAR.addWorkingDays(date("2026-09-30"), 1)).isEqualTo(date("2026-10-08"));
        }

        @Test
        void aFifteenWorkingDayRectificationSpanningMidAutumnAndNationalDayTakesTwentySevenCalendarDays() {
            // Issued Fri 18 Sep: Sun 20 Sep and Sat 10 Oct are worked; 25-27 Sep and 1-7 Oct are off.
            LocalDate issued = date("2026-09-18");

            LocalDate due = CALENDAR.addWorkingDays(issued, 15);

            assertThat(due).isEqualTo(date("2026-10-15"));
            assertThat(issued.plusDays(27)).isEqualTo(due);
        }

        @Test
        void zeroDaysOnAWorkingDayIsDueThatDay() {
            assertThat(CALENDAR.addWorkingDays(date("2026-03-10"), 0)).isEqualTo(date("2026-03-10"));
            assertThat(CALENDAR.addWorkingDays(date("2026-02-14"), 0))
                    .as("a worked Saturday")
                    .isEqualTo(date("2026-02-14"));
        }

        @Test
        void zeroDaysOnAHolidayIsDueOnTheNextWorkingDay() {
            assertThat(CALENDAR.addWorkingDays(date("2026-02-16"), 0)).isEqualTo(date("2026-02-24"));
            assertThat(CALENDAR.addWorkingDays(date("2026-03-07"), 0))
                    .as("a plain Saturday")
                    .isEqualTo(date("2026-03-09"));
        }

        @Test
        void receivedOnAHolidayTheCountStartsAfterIt() {
            assertThat(CALENDAR.addWorkingDays(date("2026-10-03"), 1)).isEqualTo(date("2026-10-08"));
            assertThat(CALENDAR.addWorkingDays(date("2026-10-03"), 3))
                    .as("through the worked Saturday 10 Oct")
                    .isEqualTo(date("2026-10-10"));
        }

        @Test
        void negativeDaysAreRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.addWorkingDays(date("2026-03-10"), -1));
        }
    }

    @Nested
    @DisplayName("counting the working days used: those after the first date, up to and including the second")
    class Counting {

        @Test
        void noneUntilTheDayAfter() {
            assertThat(CALENDAR.workingDaysBetween(date("2026-03-10"), date("2026-03-10")))
                    .isZero();
            assertThat(CALENDAR.workingDaysBetween(date("2026-03-10"), date("2026-03-09")))
                    .as("backwards")
                    .isZero();
        }

        @Test
        void acrossSpringFestivalOnlyTheWorkedSaturdayAndTheFirstDayBackCount() {
            assertThat(CALENDAR.workingDaysBetween(date("2026-02-13"), date("2026-02-24")))
                    .isEqualTo(2);
        }

        @Test
        void acrossTheWholeGoldenWeekNothingCounts() {
            assertThat(CALENDAR.workingDaysBetween(date("2026-09-30"), date("2026-10-07")))
                    .isZero();
        }

        @Test
        void countingUndoesAddingForEveryStartAndLength() {
            for (LocalDate start : List.of(
                    date("2026-01-01"),
                    date("2026-02-12"),
                    date("2026-02-16"),
                    date("2026-04-30"),
                    date("2026-09-18"),
                    date("2026-10-03"),
                    date("2026-12-20"))) {
                for (int days = 1; days <= 30; days++) {
                    LocalDate due = CALENDAR.addWorkingDays(start, days);
                    assertThat(CALENDAR.workingDaysBetween(start, due))
                            .as("%s + %d = %s", start, days, due)
                            .isEqualTo(days);
                    assertThat(CALENDAR.isWorkingDay(due))
                            .as("%s is a working day", due)
                            .isTrue();
                }
            }
        }
    }

    @Nested
    @DisplayName("building the calendar")
    class Building {

        @Test
        void fromEntriesItEqualsTheCalendarOfTheSameDates() {
            WorkingDayCalendar direct = new WorkingDayCalendar(
                    holidays2026().toList(), workedWeekendDays2026().toList());

            assertThat(CALENDAR).isEqualTo(direct).hasSameHashCodeAs(direct);
        }

        @Test
        void aDateCannotBeBothAHolidayAndAWorkedDay() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new WorkingDayCalendar(Set.of(date("2026-02-14")), Set.of(date("2026-02-14"))));
        }

        @Test
        void anEmptyCalendarIsThePlainWeek() {
            WorkingDayCalendar plain = WorkingDayCalendar.of(List.of());

            assertThat(plain.isWorkingDay(date("2026-10-01"))).isTrue();
            assertThat(plain.isWorkingDay(date("2026-02-14"))).isFalse();
            assertThat(plain.addWorkingDays(date("2026-09-30"), 1)).isEqualTo(date("2026-10-01"));
        }

        @Test
        void aWorkedDayMustBeAWeekendDay() {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> new CalendarDay(date("2026-03-10"), CalendarDayKind.WORKDAY, "调休"))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("calendar.error.workdayOnWeekday");
        }

        @Test
        void anEntryNeedsAName() {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> new CalendarDay(date("2026-10-01"), CalendarDayKind.HOLIDAY, " "))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("calendar.error.name");
        }

        @Test
        void anAdministratorCanCorrectAnEntry() {
            CalendarDay entry = new CalendarDay(date("2026-09-20"), CalendarDayKind.WORKDAY, "中秋节调休");

            entry.change(CalendarDayKind.WORKDAY, " 国庆节调休 ");

            assertThat(entry.getName()).isEqualTo("国庆节调休");
            assertThat(entry.getKind()).isEqualTo(CalendarDayKind.WORKDAY);
            assertThat(entry).isEqualTo(new CalendarDay(date("2026-09-20"), CalendarDayKind.HOLIDAY, "别的名字"));
        }
    }
}
