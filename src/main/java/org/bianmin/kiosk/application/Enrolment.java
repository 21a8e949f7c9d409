package org.bianmin.kiosk.application;

/** A machine just enrolled: the device token for its cookie (never stored, never logged) and the kiosk it now is. */
public record Enrolment(String token, EnrolledKiosk kiosk) {

    @Override
    public String toString() {
        return "Enrolment[kiosk=" + kiosk + "]";
    }
}
