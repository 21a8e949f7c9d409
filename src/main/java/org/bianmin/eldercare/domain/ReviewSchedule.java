package org.bianmin.eldercare.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a running plan is looked at again: every six months (每六个月复评). Six months from a date falls on the same day
 * of the month, or on the month's last day when that month is shorter (31 August → 28 or 29 February), as
 * {@link LocalDate#plusMonths} counts.
 */
public final class ReviewSchedule {

    /** Months between two reviews. */
    public static final int INTERVAL_MONTHS = 6;

    private ReviewSchedule() {}

    /** The first review of a plan starting in this month: six months after its first day. */
    public static LocalDate firstReview(YearMonth startMonth) {
        return startMonth.atDay(1).plusMonths(INTERVAL_MONTHS);
    }

    /** The review after one recorded on this date. */
    public static LocalDate after(LocalDate reviewedOn) {
        return reviewedOn.plusMonths(INTERVAL_MONTHS);
    }

    /** Whether a review planned for {@code nextReviewOn} is due on {@code today} (on the day or overdue). */
    public static boolean isDue(LocalDate nextReviewOn, LocalDate today) {
        return nextReviewOn != null && !today.isBefore(nextReviewOn);
    }

    /** A plan starts at the earliest next month: 服务计划从次月起执行. */
    public static YearMonth defaultStart(LocalDate today) {
        return YearMonth.from(today).plusMonths(1);
    }
}
