package org.bianmin.matter.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.bianmin.matter.domain.MatterAction;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.matter.domain.RatingLevel;

/**
 * What a villager sees on the tracking page: plain status, the steps so far, the due date and what happens next.
 * No personal data and no staff names.
 */
public record TrackingView(
        String trackingNumber,
        MatterType type,
        String subject,
        MatterStatus status,
        String officeName,
        LocalDate dueDate,
        String message,
        List<Step> steps,
        boolean canRate,
        RatingLevel rating)
        implements Serializable {

    /** One step the villager recognises. */
    public record Step(LocalDateTime at, MatterAction action) implements Serializable {

        public LocalDateTime getAt() {
            return at;
        }

        public MatterAction getAction() {
            return action;
        }
    }

    // JavaBean getters for Jakarta EL 5
    public String getTrackingNumber() {
        return trackingNumber;
    }

    public MatterType getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public MatterStatus getStatus() {
        return status;
    }

    public String getOfficeName() {
        return officeName;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getMessage() {
        return message;
    }

    public List<Step> getSteps() {
        return steps;
    }

    public boolean isCanRate() {
        return canRate;
    }

    public RatingLevel getRating() {
        return rating;
    }
}
