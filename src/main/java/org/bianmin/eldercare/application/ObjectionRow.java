package org.bianmin.eldercare.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.bianmin.matter.domain.MatterStatus;

/** An objection as the staff processing the application see it: its matter's number and status, the text, the reply. */
public record ObjectionRow(
        String trackingNumber, String body, MatterStatus status, LocalDateTime submittedAt, String reply)
        implements Serializable {

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getBody() {
        return body;
    }

    public MatterStatus getStatus() {
        return status;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getReply() {
        return reply;
    }
}
