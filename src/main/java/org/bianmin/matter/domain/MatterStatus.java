package org.bianmin.matter.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a matter stands, and the only moves between statuses. The table below is the whole state machine; the
 * {@link Matter} aggregate refuses any move not in it.
 */
public enum MatterStatus {
    SUBMITTED,
    ACCEPTED,
    NOT_ACCEPTED,
    IN_PROGRESS,
    WAITING_FOR_VILLAGER,
    RESOLVED,
    CLOSED,
    RETURNED,
    MERGED;

    private static final Map<MatterStatus, Map<MatterAction, MatterStatus>> MOVES = new EnumMap<>(MatterStatus.class);

    static {
        move(SUBMITTED, MatterAction.ACCEPT, ACCEPTED);
        move(SUBMITTED, MatterAction.NOT_ACCEPT, NOT_ACCEPTED);
        move(SUBMITTED, MatterAction.RETURN, RETURNED);
        move(SUBMITTED, MatterAction.MERGE, MERGED);
        move(RETURNED, MatterAction.REDISPATCH, SUBMITTED);
        move(RETURNED, MatterAction.NOT_ACCEPT, NOT_ACCEPTED);
        move(ACCEPTED, MatterAction.START, IN_PROGRESS);
        move(ACCEPTED, MatterAction.REQUEST_INFORMATION, WAITING_FOR_VILLAGER);
        move(ACCEPTED, MatterAction.RESOLVE, RESOLVED);
        move(ACCEPTED, MatterAction.MERGE, MERGED);
        move(IN_PROGRESS, MatterAction.REQUEST_INFORMATION, WAITING_FOR_VILLAGER);
        move(IN_PROGRESS, MatterAction.RESOLVE, RESOLVED);
        move(IN_PROGRESS, MatterAction.MERGE, MERGED);
        move(WAITING_FOR_VILLAGER, MatterAction.RESUME, IN_PROGRESS);
        move(WAITING_FOR_VILLAGER, MatterAction.MERGE, MERGED);
        move(RESOLVED, MatterAction.CLOSE, CLOSED);
    }

    private static void move(MatterStatus from, MatterAction action, MatterStatus to) {
        MOVES.computeIfAbsent(from, s -> new EnumMap<>(MatterAction.class)).put(action, to);
    }

    /** The status {@code action} leads to from here, or empty when the action does not move a matter from here. */
    public Optional<MatterStatus> after(MatterAction action) {
        return Optional.ofNullable(MOVES.getOrDefault(this, Map.of()).get(action));
    }

    /** The status-changing actions possible from here. */
    public Set<MatterAction> moves() {
        return Collections.unmodifiableSet(MOVES.getOrDefault(this, Map.of()).keySet());
    }

    /** Still someone's work: counted in queues, reminded and escalated. */
    public boolean isOpen() {
        return this == SUBMITTED
                || this == ACCEPTED
                || this == IN_PROGRESS
                || this == WAITING_FOR_VILLAGER
                || this == RETURNED;
    }

    /** Whether working days count against the due date now (they do not while waiting for the villager). */
    public boolean isClockRunning() {
        return this == SUBMITTED || this == ACCEPTED || this == IN_PROGRESS || this == RETURNED;
    }
}
