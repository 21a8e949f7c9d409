package org.bianmin.report.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.bianmin.matter.domain.RatingLevel;

/**
 * What the reports read from the matters of some offices. Counts come grouped by office and village from the
 * database; only the resolved matters of a period come one by one, for the working days the database cannot count.
 * Periods are half-open: {@code start <= t < end}.
 */
public interface ReportQueries {

    /** Matters submitted in the period. */
    Iterable<Tally> received(Set<Long> officeIds, LocalDateTime start, LocalDateTime end);

    /** Matters open now, split by whether they are overdue. */
    Iterable<OpenTally> open(Set<Long> officeIds);

    /** Ratings given in the period, by level. */
    Iterable<RatingTally> ratings(Set<Long> officeIds, LocalDateTime start, LocalDateTime end);

    /** Each matter resolved in the period, with what the on-time and working-day figures need. */
    Iterable<Resolution> resolutions(Set<Long> officeIds, LocalDateTime start, LocalDateTime end);

    /** How many matters submitted in the period the ledger would list. */
    long ledgerSize(Set<Long> officeIds, LocalDateTime start, LocalDateTime end);

    /**
     * The ledger's rows, oldest submission first, read in batches as they are iterated so that a large ledger never
     * sits in memory whole.
     */
    Iterable<LedgerRow> ledger(Set<Long> officeIds, LocalDateTime start, LocalDateTime end);

    record Tally(long officeId, String villageCode, long count) {}

    record OpenTally(long officeId, String villageCode, boolean overdue, long count) {}

    record RatingTally(long officeId, String villageCode, RatingLevel level, long count) {}

    record Resolution(
            long officeId,
            String villageCode,
            LocalDateTime submittedAt,
            LocalDateTime resolvedAt,
            LocalDate dueDate) {}
}
