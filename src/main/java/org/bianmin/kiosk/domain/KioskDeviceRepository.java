package org.bianmin.kiosk.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

public interface KioskDeviceRepository {

    Optional<KioskDevice> find(long id);

    /** Newest first: the kiosk just created, with its code, is at the top. */
    List<KioskDevice> findAll();

    /** The kiosk holding this token hash, if it is not revoked. */
    Optional<KioskDevice> findActiveByTokenHash(String tokenHash);

    /** Locked for update, so that one code is exchanged once even when it is typed at two machines at once. */
    Optional<KioskDevice> findByEnrolmentCodeHashForUpdate(String codeHash);

    /**
     * Records that the kiosk was seen, without changing its version: a kiosk in use must not make an administrator's
     * revocation look like a stale edit.
     */
    void markSeen(long id, LocalDateTime now);

    KioskDevice save(KioskDevice device);
}
