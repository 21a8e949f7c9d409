package org.bianmin.onestop.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the villager takes home: enough to follow the request, nothing personal. */
public record Receipt(
        String trackingNumber,
        String serviceName,
        String officeName,
        LocalDateTime submittedAt,
        LocalDate dueDate,
        int promisedDays,
        String trackingUrl)
        implements Serializable {

    // JavaBean getters: Jakarta EL 5 (Faces 4.0) does not see record accessors.

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getServiceName() {
        return serviceName;
    }

    public String getOfficeName() {
        return officeName;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public int getPromisedDays() {
        return promisedDays;
    }

    public String getTrackingUrl() {
        return trackingUrl;
    }
}
