package org.bianmin.shared.domain;

import java.time.LocalDate;
import java.util.List;

/** The holidays and worked weekend days, entered year by year as the State Council announces them. */
public interface CalendarRepository {

    /** The entries of one calendar year, in date order. */
    List<CalendarDay> findYear(int year);

    /** The entries from {@code from} to {@code to}, both included, in date order. */
    List<CalendarDay> findBetween(LocalDate from, LocalDate to);

    CalendarDay save(CalendarDay day);

    void delete(CalendarDay day);
}
