package org.bianmin.notification.domain;

import java.time.LocalDateTime;
import java.util.Optional;

public interface PhoneCodeRepository {

    PhoneCode save(PhoneCode code);

    /**
     * The newest code sent to this number for this purpose, locked for this transaction and read as last committed
     * (a check in its own transaction may just have verified it).
     */
    Optional<PhoneCode> newestForUpdate(String purpose, String phone);

    /** The newest code sent to this number for any purpose, to keep a minimum gap between two messages. */
    Optional<LocalDateTime> lastSentTo(String phone);

    /** How many codes this number was sent since then, for any purpose. */
    long countSentTo(String phone, LocalDateTime since);

    /** Deletes codes made before then; returns how many. */
    int deleteCreatedBefore(LocalDateTime before);
}
