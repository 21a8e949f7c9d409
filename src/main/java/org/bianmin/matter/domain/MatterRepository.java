package org.bianmin.matter.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MatterRepository {

    Optional<Matter> find(long id);

    Optional<Matter> findByTrackingNumber(String trackingNumber);

    /** These matters with their history, in one round trip: lists that show each matter's steps. */
    List<Matter> findAllWithHistory(Collection<Long> ids);

    boolean trackingNumberExists(String trackingNumber);

    Matter save(Matter matter);

    /** Open matters whose clock runs and whose due date is on or before {@code day}: the reminder and escalation job. */
    List<Long> openDueBy(LocalDate day, int max);

    /** Open matters of the same applicant and type, other than {@code exceptId}: possible duplicates. */
    List<Matter> openForApplicant(String idNumber, MatterType type, long exceptId);

    /** One page of a queue in the given order. */
    List<Matter> queue(QueueFilter filter, QueueOrder order, int first, int max);

    /** How many matters a queue holds, counted up to {@code cap + 1} at most: "more than cap" is all paging needs. */
    long count(QueueFilter filter, int cap);
}
