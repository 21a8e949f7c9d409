package org.bianmin.eldercare.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.bianmin.eldercare.domain.Stage;

/** One line of a staff queue: masked name, village, stage, due date and whether it is this user's to act on. */
public record QueueRow(
        long id,
        String trackingNumber,
        String maskedName,
        String villageName,
        Stage stage,
        LocalDate dueOn,
        boolean overdue,
        boolean mine,
        boolean eligible,
        LocalDate postingEndsOn)
        implements Serializable {

    public long getId() {
        return id;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getMaskedName() {
        return maskedName;
    }

    public String getVillageName() {
        return villageName;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public boolean isMine() {
        return mine;
    }

    public boolean isEligible() {
        return eligible;
    }

    public LocalDate getPostingEndsOn() {
        return postingEndsOn;
    }
}
