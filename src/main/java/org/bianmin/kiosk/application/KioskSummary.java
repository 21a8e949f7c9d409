package org.bianmin.kiosk.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.bianmin.kiosk.domain.KioskStatus;

/** One line of the administrator's kiosk list. Getters, not only record accessors, because the pages read it by EL. */
public record KioskSummary(
        long id,
        int version,
        String name,
        String villageCode,
        String villageName,
        KioskStatus status,
        LocalDateTime codeExpiresAt,
        boolean codeExpired,
        LocalDateTime enrolledAt,
        LocalDateTime lastSeenAt)
        implements Serializable {

    public long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public String getVillageName() {
        return villageName;
    }

    public KioskStatus getStatus() {
        return status;
    }

    public LocalDateTime getCodeExpiresAt() {
        return codeExpiresAt;
    }

    public boolean isCodeExpired() {
        return codeExpired;
    }

    public LocalDateTime getEnrolledAt() {
        return enrolledAt;
    }

    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public boolean isRevoked() {
        return status == KioskStatus.REVOKED;
    }
}
