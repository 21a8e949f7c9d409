package org.bianmin.matter.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterAction;
import org.bianmin.matter.domain.MatterEvent;
import org.bianmin.matter.domain.MatterRepository;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.RatingLevel;
import org.bianmin.matter.domain.TrackingNumbers;
import org.bianmin.shared.application.WorkingDays;
import org.bianmin.shared.domain.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The villager's side: look a matter up by tracking number and the phone's last four digits, and rate it. A wrong
 * combination always gets the same answer, and guessing is throttled.
 */
@Stateless
public class TrackingService {

    /** The steps a villager is shown; internal ones (claims, reminders, extensions) stay with the office. */
    private static final Set<MatterAction> VISIBLE_STEPS = Set.of(
            MatterAction.FILE,
            MatterAction.ACCEPT,
            MatterAction.NOT_ACCEPT,
            MatterAction.REQUEST_INFORMATION,
            MatterAction.RESUME,
            MatterAction.RESOLVE,
            MatterAction.REDISPATCH,
            MatterAction.MERGE,
            MatterAction.RATE,
            MatterAction.CLOSE);

    @Inject
    private MatterRepository matters;

    @Inject
    private TrackingThrottle throttle;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private AuditLog audit;

    @Inject
    private MatterService service;

    @Inject
    @ConfigProperty(name = "bianmin.rating.rectification-days", defaultValue = "15")
    private int rectificationDays;

    /**
     * @param client who is asking (the address), for throttling only
     * @throws BusinessException {@code track.error.tooMany} while throttled
     */
    public Optional<TrackingView> track(String typedNumber, String lastFour, String client) {
        return find(typedNumber, lastFour, client).map(TrackingService::view);
    }

    /** Rates a resolved matter; a bad rating opens a rectification for the office that handled it. */
    public TrackingView rate(String typedNumber, String lastFour, String client, RatingLevel level, String comment) {
        Matter matter = find(typedNumber, lastFour, client).orElseThrow(() -> new BusinessException("track.notFound"));
        LocalDateTime now = LocalDateTime.now();
        boolean bad = matter.rate(level, comment, now);
        audit.record(
                null,
                "villager",
                AuditAction.MATTER_RATED,
                "matter",
                matter.getId(),
                matter.getTrackingNumber() + " " + level);
        if (bad) {
            service.openRectification(matter, rectificationDays);
        }
        return view(matter);
    }

    private Optional<Matter> find(String typedNumber, String lastFour, String client) {
        Instant now = Instant.now();
        String number = TrackingNumbers.normalise(typedNumber);
        if (throttle.blockedClient(client, now) || number != null && throttle.blockedNumber(number, now)) {
            throw new BusinessException("track.error.tooMany");
        }
        Optional<Matter> found = number == null
                ? Optional.empty()
                : matters.findByTrackingNumber(number)
                        .filter(m -> m.getApplicant().phoneEndsWith(lastFour == null ? null : lastFour.strip()));
        if (found.isEmpty()) {
            throttle.failed(client, number, now);
        }
        return found;
    }

    private static TrackingView view(Matter matter) {
        List<TrackingView.Step> steps = matter.getHistory().stream()
                .filter(e -> VISIBLE_STEPS.contains(e.getAction()))
                .map(e -> new TrackingView.Step(e.getOccurredAt(), e.getAction()))
                .toList();
        return new TrackingView(
                matter.getTrackingNumber(),
                matter.getType(),
                matter.getSubject(),
                matter.getStatus(),
                matter.getOffice().getName(),
                matter.getDueDate(),
                messageFor(matter),
                steps,
                matter.getStatus() == MatterStatus.RESOLVED && matter.getRatingLevel() == null,
                matter.getRatingLevel());
    }

    /** The office's words the villager needs now: the reason, the request or the reply. */
    private static String messageFor(Matter matter) {
        return switch (matter.getStatus()) {
            case RESOLVED, CLOSED -> matter.getReply();
            case NOT_ACCEPTED, WAITING_FOR_VILLAGER -> lastComment(matter);
            default -> null;
        };
    }

    private static String lastComment(Matter matter) {
        List<MatterEvent> history = matter.getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            MatterEvent event = history.get(i);
            if (event.getAction() == MatterAction.NOT_ACCEPT || event.getAction() == MatterAction.REQUEST_INFORMATION) {
                return event.getComment();
            }
        }
        return null;
    }
}
