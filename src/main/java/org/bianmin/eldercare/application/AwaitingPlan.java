package org.bianmin.eldercare.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.bianmin.eldercare.domain.AbilityGrade;

/** An approved application waiting for its service plan, as the queue shows it (name masked). */
public record AwaitingPlan(
        long applicationId,
        String trackingNumber,
        String maskedName,
        String villageCode,
        String villageName,
        AbilityGrade grade,
        String servicesWanted,
        LocalDate approvedOn,
        LocalDate dueOn)
        implements Serializable {

    public long getApplicationId() {
        return applicationId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getMaskedName() {
        return maskedName;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public String getVillageName() {
        return villageName;
    }

    public AbilityGrade getGrade() {
        return grade;
    }

    public String getServicesWanted() {
        return servicesWanted;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
