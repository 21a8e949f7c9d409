package org.bianmin.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.bianmin.shared.domain.CalendarRepository;
import org.bianmin.shared.domain.WorkingDayCalendar;

/**
 * The working-day calendar as the workflow uses it. The calendar table is tiny and changes a few times a year, so it
 * is read once and kept for a few minutes; every node of a cluster sees an administrator's change within that time.
 */
@ApplicationScoped
public class WorkingDays {

    private static final Duration KEEP = Duration.ofMinutes(5);

    @Inject
    private CalendarRepository days;

    private volatile WorkingDayCalendar calendar;
    private volatile Instant loadedAt = Instant.EPOCH;

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDayCalendar calendar() {
        if (calendar == null || Instant.now().isAfter(loadedAt.plus(KEEP))) {
            LocalDate today = LocalDate.now();
            calendar = WorkingDayCalendar.of(days.findBetween(today.minusYears(2), today.plusYears(2)));
            loadedAt = Instant.now();
        }
        return calendar;
    }

    /** After an administrator edits the calendar. */
    public void forget() {
        calendar = null;
    }
}
