package org.bianmin.shared.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which dates are working days, for counting deadlines (办理时限) in working days. A date is a working day if it is a
 * weekday that is not a public holiday, or a weekend day worked instead of a holiday (调休). Only the dates that depart
 * from the plain week are held, so a year the administrator has not entered yet simply counts as Monday to Friday.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workedWeekendDays;

    public WorkingDayCalendar(Collection<LocalDate> holidays, Collection<LocalDate> workedWeekendDays) {
        this.holidays = Set.copyOf(holidays);
        this.workedWeekendDays = Set.copyOf(workedWeekendDays);
        // A date cannot be both: whichever won would be a silent guess about what the notice said.
        for (LocalDate day : this.holidays) {
            if (this.workedWeekendDays.contains(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and a worked day");
            }
        }
    }

    public static WorkingDayCalendar of(Collection<CalendarDay> days) {
        return new WorkingDayCalendar(datesOf(days, CalendarDayKind.HOLIDAY), datesOf(days, CalendarDayKind.WORKDAY));
    }

    private static Set<LocalDate> datesOf(Collection<CalendarDay> days, CalendarDayKind kind) {
        return days.stream()
                .filter(day -> day.getKind() == kind)
                .map(CalendarDay::getDay)
                .collect(Collectors.toSet());
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (CalendarDay.isWeekend(date)) {
            return workedWeekendDays.contains(date);
        }
        return !holidays.contains(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The due date of something received on {@code start} with {@code days} working days to handle it. The day of
     * receipt is not counted (期间开始之日不计算在内), so one day from a Friday is the Monday. With zero days it is due
     * the same day, or on the next working day if received on a day off.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate due = days == 0 && isWorkingDay(start) ? start : nextWorkingDay(start);
        for (int counted = 1; counted < days; counted++) {
            due = nextWorkingDay(due);
        }
        return due;
    }

    /**
     * The working days in ({@code from}, {@code to}]: how many a matter received on {@code from} has used by the end of
     * {@code to}, so that {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every n of at least one.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof WorkingDayCalendar that
                        && holidays.equals(that.holidays)
                        && workedWeekendDays.equals(that.workedWeekendDays));
    }

    @Override
    public int hashCode() {
        return Objects.hash(holidays, workedWeekendDays);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + holidays.size() + " holidays, " + workedWeekendDays.size() + " worked days]";
    }
}
