package org.bianmin.eldercare.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** What the applicant takes home: the tracking number and its QR address, the office, what happens next; no personal data. */
public record CareReceipt(
        String trackingNumber,
        String officeName,
        LocalDateTime submittedAt,
        List<String> services,
        int postingDays,
        String trackingUrl)
        implements Serializable {

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getOfficeName() {
        return officeName;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public List<String> getServices() {
        return services;
    }

    public String getServicesText() {
        return String.join("、", services);
    }

    public int getPostingDays() {
        return postingDays;
    }

    public String getTrackingUrl() {
        return trackingUrl;
    }
}
