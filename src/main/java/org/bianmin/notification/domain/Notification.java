package org.bianmin.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bianmin.shared.domain.PhoneNumber;

/**
 * One message in the outbox (通知发件箱). It is written in the transaction of the action it reports and sent later by a
 * scheduled job, which calls {@link #sent} or {@link #failed}; nothing else changes it.
 *
 * <p>It stores the template name and its parameters rather than the finished text, and {@link #toString()} leaves out
 * the phone number and the parameters, so logs can name a notification only by template, reference and kind.
 */
@Entity
@Table(name = "notification")
public class Notification implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_ERROR_LENGTH = 200;
    public static final int MAX_REFERENCE_LENGTH = 64;
    public static final int MAX_TEMPLATE_LENGTH = 64;

    /** Long digit runs in an error text (a phone number echoed back by a gateway, say) never reach the database. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{7,}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", length = 16, nullable = false, updatable = false)
    private RecipientKind recipientKind;

    @Column(name = "recipient_phone", length = 11, updatable = false)
    private String recipientPhone;

    @Column(name = "recipient_user_id", updatable = false)
    private Long recipientUserId;

    @Column(name = "template", length = MAX_TEMPLATE_LENGTH, nullable = false, updatable = false)
    private String template;

    @Column(name = "params", length = NotificationParams.MAX_ENCODED_LENGTH, nullable = false, updatable = false)
    private String params;

    @Column(name = "reference", length = MAX_REFERENCE_LENGTH, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private NotificationStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Notification() {}

    private Notification(
            RecipientKind kind,
            String phone,
            Long userId,
            String template,
            Map<String, String> params,
            String reference,
            LocalDateTime now) {
        if (template == null || template.isBlank() || template.length() > MAX_TEMPLATE_LENGTH) {
            throw new IllegalArgumentException("template name must be 1 to " + MAX_TEMPLATE_LENGTH + " characters");
        }
        if (reference != null && reference.length() > MAX_REFERENCE_LENGTH) {
            throw new IllegalArgumentException("reference longer than " + MAX_REFERENCE_LENGTH + " characters");
        }
        this.recipientKind = kind;
        this.recipientPhone = phone;
        this.recipientUserId = userId;
        this.template = template;
        this.params = NotificationParams.encode(params);
        this.reference = reference;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.status = NotificationStatus.PENDING;
        this.nextAttemptAt = now;
    }

    /** A message to a villager's mobile, due at once. */
    public static Notification toVillager(
            PhoneNumber phone, String template, Map<String, String> params, String reference, LocalDateTime now) {
        Objects.requireNonNull(phone, "phone");
        return new Notification(RecipientKind.VILLAGER, phone.value(), null, template, params, reference, now);
    }

    /** A message to a staff member, due at once. */
    public static Notification toStaff(
            long userId, String template, Map<String, String> params, String reference, LocalDateTime now) {
        return new Notification(RecipientKind.STAFF, null, userId, template, params, reference, now);
    }

    /** The message went out. */
    public void sent(LocalDateTime now) {
        requirePending();
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now;
    }

    /**
     * The message could not be sent: try again after the policy's back-off, or give up (FAILED) once the policy's
     * attempts are used.
     *
     * @param error a short reason without personal data; long digit runs are masked and the text is cut to fit
     */
    public void failed(String error, LocalDateTime now, RetryPolicy policy) {
        requirePending();
        attempts++;
        lastError = cleaned(error);
        if (policy.givesUpAfter(attempts)) {
            status = NotificationStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        }
    }

    private void requirePending() {
        if (status != NotificationStatus.PENDING) {
            throw new IllegalStateException("notification is already " + status);
        }
    }

    private static String cleaned(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error.strip();
        text = LONG_NUMBER.matcher(text).replaceAll("***");
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    public boolean isDue(LocalDateTime now) {
        return status == NotificationStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    /** The 11-digit mobile number for a villager; null for staff. Never log it. */
    public String getRecipientPhone() {
        return recipientPhone;
    }

    /** The staff member's user id; null for a villager. */
    public Long getRecipientUserId() {
        return recipientUserId;
    }

    public String getTemplate() {
        return template;
    }

    public Map<String, String> getParams() {
        return NotificationParams.decode(params);
    }

    /** What logs may show to tie a message to its case, e.g. a tracking number. */
    public String getReference() {
        return reference;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Notification that)) {
            return false;
        }
        return id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Notification.class.hashCode();
    }

    @Override
    public String toString() {
        return "Notification[id=" + id + ", template=" + template + ", reference=" + reference + ", recipient="
                + recipientKind + ", status=" + status + "]";
    }
}
