package org.bianmin.eldercare.domain;

import java.io.Serializable;
import java.time.LocalDate;
import org.bianmin.shared.domain.BusinessException;

/**
 * 公示: the days an application hangs on the village's public board, counted in calendar days from the day the home
 * check is recorded, that day included (7 days from Monday the 1st end on Sunday the 7th). Objections are taken on
 * every day of it; the town verifies from the day after it ends.
 */
public record PostingPeriod(LocalDate startsOn, LocalDate endsOn) implements Serializable {

    public PostingPeriod {
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a posting ends on or after its first day");
        }
    }

    public static PostingPeriod starting(LocalDate first, int days) {
        if (days < 1) {
            throw new BusinessException("eldercare.error.settingRange", 1, 30);
        }
        return new PostingPeriod(first, first.plusDays(days - 1L));
    }

    public boolean isOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean isOver(LocalDate day) {
        return day.isAfter(endsOn);
    }
}
