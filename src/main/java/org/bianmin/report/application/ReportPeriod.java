package org.bianmin.report.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.bianmin.shared.domain.BusinessException;

/**
 * The days a report covers, both included. Kept to a year at most: the dashboard works out working days over the
 * period's resolved matters in Java, and a year is what any report of an office asks for.
 */
public record ReportPeriod(LocalDate from, LocalDate to) implements Serializable {

    static final int MAX_DAYS = 366;

    public ReportPeriod {
        if (from == null || to == null || from.isAfter(to)) {
            throw new BusinessException("dashboard.error.period");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new BusinessException("dashboard.error.periodTooLong", MAX_DAYS);
        }
    }

    /** The calendar month {@code day} lies in: the dashboard's default. */
    public static ReportPeriod monthOf(LocalDate day) {
        return new ReportPeriod(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** The first instant in the period. */
    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** The first instant after the period, so a query asks {@code >= start and < end} and misses no millisecond. */
    public LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
