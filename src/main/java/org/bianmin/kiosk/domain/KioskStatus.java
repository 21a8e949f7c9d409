package org.bianmin.kiosk.domain;

/** Where a kiosk stands, as the administrator sees it. */
public enum KioskStatus {
    /** created or given a new code; no machine holds a working token */
    WAITING_FOR_ENROLMENT,
    /** a machine holds its token */
    ENROLLED,
    /** switched off by an administrator; no token or code works */
    REVOKED
}
