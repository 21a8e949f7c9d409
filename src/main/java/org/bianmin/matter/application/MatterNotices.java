package org.bianmin.matter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterAction;
import org.bianmin.matter.domain.MatterEvent;
import org.bianmin.notification.application.Notifications;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which messages a workflow step sends, written to the outbox in the step's own transaction and sent later, so a
 * failed send never undoes the step. Villagers hear about acceptance, refusal, requests for more and the result.
 */
@ApplicationScoped
public class MatterNotices {

    @Inject
    private Notifications notifications;

    @Inject
    @ConfigProperty(name = "bianmin.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    void filed(Matter matter) {
        // the villager leaves with a printed receipt; nothing to send yet
    }

    void acted(Matter matter, MatterAction action) {
        String phone = matter.getApplicant().getPhone();
        String number = matter.getTrackingNumber();
        switch (action) {
            case ACCEPT -> notifications.toVillager(
                    phone,
                    "matter.accepted",
                    Map.of(
                            "trackingNumber",
                            number,
                            "office",
                            matter.getOffice().getName(),
                            "dueDate",
                            String.valueOf(matter.getDueDate())),
                    number);
            case NOT_ACCEPT -> notifications.toVillager(
                    phone,
                    "matter.notAccepted",
                    Map.of("trackingNumber", number, "reason", lastComment(matter)),
                    number);
            case REQUEST_INFORMATION -> notifications.toVillager(
                    phone,
                    "matter.needsInformation",
                    Map.of("trackingNumber", number, "reason", lastComment(matter)),
                    number);
            case RESOLVE -> notifications.toVillager(
                    phone, "matter.resolved", Map.of("trackingNumber", number, "link", trackingLink(number)), number);
            case MERGE -> notifications.toVillager(
                    phone,
                    "matter.merged",
                    Map.of(
                            "trackingNumber",
                            number,
                            "target",
                            matter.getMergedInto().getTrackingNumber()),
                    number);
            default -> {
                // other steps are the office's own business
            }
        }
    }

    void assigned(Matter matter, long assigneeId) {
        notifications.toStaff(
                assigneeId,
                "staff.assigned",
                Map.of("trackingNumber", matter.getTrackingNumber()),
                matter.getTrackingNumber());
    }

    void reminded(Matter matter) {
        if (matter.getAssigneeId() != null) {
            notifications.toStaff(
                    matter.getAssigneeId(),
                    "staff.reminder",
                    Map.of(
                            "trackingNumber",
                            matter.getTrackingNumber(),
                            "dueDate",
                            String.valueOf(matter.getDueDate())),
                    matter.getTrackingNumber());
        }
    }

    void escalated(Matter matter, List<Long> leaderIds) {
        for (Long leader : leaderIds) {
            notifications.toStaff(
                    leader,
                    "staff.escalated",
                    Map.of(
                            "trackingNumber",
                            matter.getTrackingNumber(),
                            "office",
                            matter.getOffice().getName()),
                    matter.getTrackingNumber());
        }
    }

    /** The tracking page with the number filled in: the villager adds the last four digits of their phone. */
    public String trackingLink(String trackingNumber) {
        return publicUrl + "/track?no=" + trackingNumber;
    }

    private static String lastComment(Matter matter) {
        List<MatterEvent> history = matter.getHistory();
        String comment =
                history.isEmpty() ? null : history.get(history.size() - 1).getComment();
        return comment == null ? "" : comment;
    }
}
