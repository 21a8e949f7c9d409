package org.bianmin.notice.domain;

import java.io.Serializable;
import java.time.LocalDate;
import org.bianmin.shared.domain.BusinessException;

/** The days a disclosure stays on the board, both ends included. */
public record DisclosurePeriod(LocalDate start, LocalDate end) implements Serializable {

    /** 决议公开 stays up at least 7 days unless the district says otherwise. */
    public static final int DEFAULT_DAYS = 7;

    public DisclosurePeriod {
        if (start == null || end == null) {
            throw new BusinessException("notice.error.periodMissing");
        }
        if (end.isBefore(start)) {
            throw new BusinessException("notice.error.periodOrder", start, end);
        }
    }

    /** A period of {@code days} calendar days starting on {@code start}. */
    public static DisclosurePeriod days(LocalDate start, int days) {
        if (days < 1) {
            throw new BusinessException("notice.error.periodDays");
        }
        return new DisclosurePeriod(start, start.plusDays(days - 1L));
    }

    /** Whether an objection made on this day is within the period. */
    public boolean open(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
