package org.bianmin.notice.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.bianmin.shared.domain.BusinessException;

/** The days a register covers, both ends included; at most ten years. */
public record RegisterPeriod(LocalDate from, LocalDate to) implements Serializable {

    public RegisterPeriod {
        if (from == null || to == null) {
            throw new BusinessException("notice.error.registerPeriodMissing");
        }
        if (to.isBefore(from)) {
            throw new BusinessException("notice.error.registerPeriodOrder", from, to);
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new BusinessException("notice.error.registerPeriodLong");
        }
    }
}
