package org.bianmin.notification.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A code is on its way to the phone.
 *
 * @param demoCode the code itself, only in demo mode (there is no SMS gateway, so the page shows it); null otherwise
 */
public record SentCode(String maskedPhone, LocalDateTime expiresAt, String demoCode) implements Serializable {

    public String getMaskedPhone() {
        return maskedPhone;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getDemoCode() {
        return demoCode;
    }
}
