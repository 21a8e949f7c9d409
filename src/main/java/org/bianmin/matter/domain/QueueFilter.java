package org.bianmin.matter.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which matters a queue shows. The scope part ({@code officeIds}, {@code assigneeId}, {@code statuses}) is set by the
 * service from the person's desk, never from the page; the rest are the person's filters.
 *
 * @param officeIds matters at these offices (empty: no office restriction, used only for the dispatcher)
 */
public record QueueFilter(
        Set<Long> officeIds,
        Long assigneeId,
        Set<MatterStatus> statuses,
        MatterType type,
        String villageCode,
        boolean overdueOnly,
        LocalDate from,
        LocalDate to) {

    public QueueFilter {
        officeIds = officeIds == null ? Set.of() : Set.copyOf(officeIds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
