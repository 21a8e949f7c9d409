package org.bianmin.api.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.bianmin.matter.domain.MatterStatus;

/**
 * Open311 knows two statuses. A matter is open while it is still someone's work (the workflow's open statuses,
 * including waiting for the villager and returned to the dispatcher); resolved, closed, not accepted and merged
 * matters are closed.
 */
public enum Open311Status {
    OPEN,
    CLOSED;

    public static Open311Status of(MatterStatus status) {
        return status.isOpen() ? OPEN : CLOSED;
    }

    /** The workflow statuses this Open311 status stands for (what a status filter searches). */
    public Set<MatterStatus> matterStatuses() {
        Set<MatterStatus> statuses = EnumSet.noneOf(MatterStatus.class);
        for (MatterStatus status : MatterStatus.values()) {
            if (of(status) == this) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    /** The word on the wire: {@code open} or {@code closed}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code open} or {@code closed} (any case), or null for anything else. */
    public static Open311Status fromWire(String word) {
        if (word == null) {
            return null;
        }
        for (Open311Status status : values()) {
            if (status.wire().equalsIgnoreCase(word.strip())) {
                return status;
            }
        }
        return null;
    }
}
