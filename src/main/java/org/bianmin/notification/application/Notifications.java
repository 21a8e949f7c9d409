package org.bianmin.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.bianmin.notification.domain.Notification;
import org.bianmin.notification.domain.NotificationRepository;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.PhoneNumber;

/**
 * Queues a message in the caller's transaction: it is written if and only if the business action commits, and is
 * sent afterwards by the outbox dispatcher, so a gateway that is down can never roll the action back.
 *
 * <p>Usage from a use case: {@code notifications.toVillager(matter.getApplicantPhone(),
 * NotificationTemplates.MATTER_ACCEPTED, Map.of("trackingNumber", n, "office", name, "dueDate", due), n)}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    private NotificationRepository repository;
    private MessageTexts texts;

    /** For the CDI proxy. */
    protected Notifications() {}

    @Inject
    public Notifications(NotificationRepository repository, MessageTexts texts) {
        this.repository = repository;
        this.texts = texts;
    }

    /**
     * An SMS to a villager. Does nothing when there is no phone number; a number that is not a mainland mobile is
     * skipped with a warning (that does not name it) rather than failing the caller's action.
     *
     * @param phone as stored, e.g. a matter's applicant phone; may be null
     * @param params a value for every placeholder of the template (see {@link NotificationTemplates})
     * @param reference what logs may show, e.g. the tracking number; may be null
     */
    public void toVillager(String phone, String template, Map<String, String> params, String reference) {
        if (phone == null || phone.isBlank()) {
            return;
        }
        PhoneNumber number;
        try {
            number = PhoneNumber.parse(phone);
        } catch (BusinessException e) {
            LOG.warning(() -> "Not a mobile number; notification " + template + " for " + reference + " not queued");
            return;
        }
        queue(template, params, reference, () -> Notification.toVillager(number, template, params, reference, now()));
    }

    /**
     * A message to a staff member.
     *
     * @param params a value for every placeholder of the template (see {@link NotificationTemplates})
     * @param reference what logs may show, e.g. the tracking number; may be null
     */
    public void toStaff(long userId, String template, Map<String, String> params, String reference) {
        queue(template, params, reference, () -> Notification.toStaff(userId, template, params, reference, now()));
    }

    /**
     * An unknown template, a missing placeholder value or an oversized parameter is a programming error, but one that
     * must not undo the caller's action: the message is dropped with a SEVERE log line naming what is wrong (never the
     * values), which the feature's own tests should catch by finding no row.
     */
    private void queue(String template, Map<String, String> params, String reference, Supplier<Notification> build) {
        try {
            texts.check(template, params);
            repository.save(build.get());
        } catch (IllegalArgumentException e) {
            LOG.severe(() -> "Notification " + template + " for " + reference + " not queued: " + e.getMessage());
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now();
    }
}
