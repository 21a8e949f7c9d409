package org.bianmin.matter.application;

import java.time.LocalDate;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.MatterType;

/** The filters a person chose on a queue page; the scope comes from their desk, not from here. */
public record QueueSearch(
        QueueKind kind,
        MatterStatus status,
        MatterType type,
        String villageCode,
        boolean overdueOnly,
        LocalDate from,
        LocalDate to) {}
