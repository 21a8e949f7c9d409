package org.bianmin.kiosk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * A kiosk in a village service room. A machine becomes this kiosk by typing a one-time enrolment code, which is
 * exchanged for a device token; a new code or a revocation ends the token at once. The kiosk knows the hashes of its
 * secrets only (see {@link KioskSecrets}).
 */
@Entity
@Table(name = "kiosk_device")
public class KioskDevice extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NAME = 100;
    /** How long an enrolment code works after it is issued. */
    public static final Duration CODE_VALIDITY = Duration.ofHours(24);
    /** Last-seen times are kept to this precision, so a kiosk in use writes at most once per interval. */
    public static final Duration SEEN_INTERVAL = Duration.ofMinutes(10);

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "village_code", nullable = false, updatable = false, length = 12)
    private String villageCode;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "enrolment_code_hash", length = 64)
    private String enrolmentCodeHash;

    @Column(name = "enrolment_expires_at")
    private LocalDateTime enrolmentExpiresAt;

    @Column(name = "enrolled_at")
    private LocalDateTime enrolledAt;

    @Column(name = "last_seen_at")
    private LocalDateTime lastSeenAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    protected KioskDevice() {}

    /** A new kiosk for an active village, waiting for its first enrolment code. */
    public KioskDevice(String name, Place village, Long createdBy) {
        if (village == null || village.getLevel() != PlaceLevel.VILLAGE) {
            throw new BusinessException("kiosk.error.village");
        }
        if (!village.isActive()) {
            throw new BusinessException("kiosk.error.villageInactive");
        }
        rename(name);
        this.villageCode = village.getCode();
        this.createdBy = createdBy;
    }

    public void rename(String newName) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new BusinessException("kiosk.error.name", MAX_NAME);
        }
        this.name = trimmed;
    }

    /**
     * Issues a one-time enrolment code, valid for {@link #CODE_VALIDITY}, and returns it: it is shown once and only its
     * hash is kept. Whatever machine held this kiosk's token stops being the kiosk now (a replaced machine is
     * re-enrolled this way), an earlier code stops working, and a revoked kiosk can be enrolled again.
     */
    public String issueEnrolmentCode(LocalDateTime now) {
        String code = KioskSecrets.newEnrolmentCode();
        enrolmentCodeHash = KioskSecrets.hash(code);
        enrolmentExpiresAt = now.plus(CODE_VALIDITY);
        tokenHash = null;
        enrolledAt = null;
        revokedAt = null;
        return code;
    }

    /** Whether this code (as typed, in any case) would enrol a machine now. */
    public boolean acceptsCode(String typedCode, LocalDateTime now) {
        return revokedAt == null
                && enrolmentExpiresAt != null
                && now.isBefore(enrolmentExpiresAt)
                && KioskSecrets.normaliseCode(typedCode)
                        .map(KioskSecrets::hash)
                        .filter(hash -> KioskSecrets.sameHash(hash, enrolmentCodeHash))
                        .isPresent();
    }

    /**
     * Makes the machine that typed the code this kiosk: returns the new device token for its cookie and keeps only the
     * token's hash. The code is used up.
     *
     * @throws BusinessException {@code kiosk_enrol.error.invalid} when the code is wrong, expired or used, all alike
     */
    public String enrol(String typedCode, LocalDateTime now) {
        if (!acceptsCode(typedCode, now)) {
            throw new BusinessException("kiosk_enrol.error.invalid");
        }
        String token = KioskSecrets.newDeviceToken();
        tokenHash = KioskSecrets.hash(token);
        enrolmentCodeHash = null;
        enrolmentExpiresAt = null;
        enrolledAt = now;
        lastSeenAt = now;
        return token;
    }

    /** Switches the kiosk off: its token and any open code stop working at once. */
    public void revoke(LocalDateTime now) {
        if (revokedAt != null) {
            throw new BusinessException("kiosk.error.revoked");
        }
        revokedAt = now;
        tokenHash = null;
        enrolmentCodeHash = null;
        enrolmentExpiresAt = null;
    }

    /** Whether a request carrying this token comes from this kiosk. */
    public boolean recognises(String token) {
        return revokedAt == null
                && KioskSecrets.looksLikeToken(token)
                && KioskSecrets.sameHash(KioskSecrets.hash(token), tokenHash);
    }

    /** Whether a request now should update the last-seen time (at most once per {@link #SEEN_INTERVAL}). */
    public boolean dueForSeen(LocalDateTime now) {
        return lastSeenAt == null || !now.isBefore(lastSeenAt.plus(SEEN_INTERVAL));
    }

    public KioskStatus getStatus() {
        if (revokedAt != null) {
            return KioskStatus.REVOKED;
        }
        return tokenHash != null ? KioskStatus.ENROLLED : KioskStatus.WAITING_FOR_ENROLMENT;
    }

    /** Whether an issued code is still open, though past its time. */
    public boolean isCodeExpired(LocalDateTime now) {
        return enrolmentExpiresAt != null && !now.isBefore(enrolmentExpiresAt);
    }

    public String getName() {
        return name;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getEnrolmentCodeHash() {
        return enrolmentCodeHash;
    }

    public LocalDateTime getEnrolmentExpiresAt() {
        return enrolmentExpiresAt;
    }

    public LocalDateTime getEnrolledAt() {
        return enrolledAt;
    }

    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    @Override
    public String toString() {
        return "KioskDevice " + getId() + " (" + villageCode + ")";
    }
}
