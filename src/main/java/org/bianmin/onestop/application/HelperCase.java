package org.bianmin.onestop.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.onestop.domain.FollowUpOutcome;
import org.bianmin.onestop.domain.HelperStep;

/** One request a helper filed, as their list shows it: masked applicant, the seven steps so far, what comes next. */
public record HelperCase(
        long matterId,
        String trackingNumber,
        String serviceName,
        String maskedApplicant,
        MatterStatus status,
        LocalDate dueDate,
        Map<HelperStep, LocalDateTime> steps,
        HelperStep nextStep,
        FollowUpOutcome followUpOutcome)
        implements Serializable {

    // JavaBean getters: Jakarta EL 5 (Faces 4.0) does not see record accessors.

    public long getMatterId() {
        return matterId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getServiceName() {
        return serviceName;
    }

    public String getMaskedApplicant() {
        return maskedApplicant;
    }

    public MatterStatus getStatus() {
        return status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Map<HelperStep, LocalDateTime> getSteps() {
        return steps;
    }

    public HelperStep getNextStep() {
        return nextStep;
    }

    public FollowUpOutcome getFollowUpOutcome() {
        return followUpOutcome;
    }
}
