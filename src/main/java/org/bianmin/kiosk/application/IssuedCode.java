package org.bianmin.kiosk.application;

import java.time.LocalDateTime;

/** An enrolment code just issued, to be shown once to the administrator and typed at the kiosk before it expires. */
public record IssuedCode(long deviceId, String kioskName, String code, LocalDateTime expiresAt) {}
