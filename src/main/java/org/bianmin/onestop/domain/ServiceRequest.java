package org.bianmin.onestop.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * A service request: what a matter of type SERVICE_REQUEST asked for beyond the workflow — the item, the answers to its
 * extra fields, and, when a helper filed it (帮办代办), the villager's consent and the helper's steps. The matter
 * itself holds status, office and deadline.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final int MAX_NOTE = 500;

    @Column(name = "matter_id", nullable = false, updatable = false)
    private long matterId;

    @Column(name = "service_code", nullable = false, length = 32, updatable = false)
    private String serviceCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_request_answer", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<Answer> answers = new ArrayList<>();

    @Column(name = "helper_id", updatable = false)
    private Long helperId;

    @Column(name = "helper_name", length = 64, updatable = false)
    private String helperName;

    @Column(name = "consent_by", length = 64, updatable = false)
    private String consentBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_method", length = 32, updatable = false)
    private ConsentMethod consentMethod;

    @Column(name = "consent_at", updatable = false)
    private LocalDateTime consentAt;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    @Column(name = "delivery_note", length = MAX_NOTE)
    private String deliveryNote;

    @Column(name = "archived_at")
    private LocalDateTime archivedAt;

    @Column(name = "reported_at")
    private LocalDateTime reportedAt;

    @Column(name = "followed_up_at")
    private LocalDateTime followedUpAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_outcome", length = 32)
    private FollowUpOutcome followUpOutcome;

    @Column(name = "follow_up_note", length = MAX_NOTE)
    private String followUpNote;

    protected ServiceRequest() {}

    private ServiceRequest(long matterId, String serviceCode, List<Answer> answers) {
        this.matterId = matterId;
        this.serviceCode = serviceCode;
        this.answers = new ArrayList<>(answers);
    }

    /** Filed by the villager (kiosk) or through the API. */
    public static ServiceRequest byVillager(long matterId, String serviceCode, List<Answer> answers) {
        return new ServiceRequest(matterId, serviceCode, answers);
    }

    /** 委托: filed by a helper for a villager present, with the villager's consent recorded now. */
    public static ServiceRequest byHelper(
            long matterId,
            String serviceCode,
            List<Answer> answers,
            long helperId,
            String helperName,
            Consent consent,
            LocalDateTime now) {
        ServiceRequest request = new ServiceRequest(matterId, serviceCode, answers);
        request.helperId = helperId;
        request.helperName = helperName;
        request.consentBy = consent.by();
        request.consentMethod = consent.method();
        request.consentAt = now;
        return request;
    }

    /** Who consented (the villager, or a family member present) and how. */
    public record Consent(String by, ConsentMethod method) {
        public Consent {
            by = by == null ? "" : by.strip();
            if (by.isEmpty() || by.length() > 64) {
                throw new BusinessException("onestop.error.consentBy", 64);
            }
            if (method == null) {
                throw new BusinessException("onestop.error.consentMethod");
            }
        }
    }

    public boolean isByHelper() {
        return helperId != null;
    }

    /**
     * 送达: the helper hands the office's answer to the villager; only once the office has finished with the matter.
     */
    public void deliver(boolean matterFinished, String note, LocalDateTime now) {
        requireHelperStep(deliveredAt == null, matterFinished, "onestop.error.deliverBeforeResult");
        deliveryNote = note(note);
        deliveredAt = now;
    }

    /** 归档 */
    public void archive(LocalDateTime now) {
        requireHelperStep(archivedAt == null, deliveredAt != null, "onestop.error.archiveBeforeDelivery");
        archivedAt = now;
    }

    /** 上报 */
    public void report(LocalDateTime now) {
        requireHelperStep(reportedAt == null, archivedAt != null, "onestop.error.reportBeforeArchive");
        reportedAt = now;
    }

    /** 回访: the call back, with what the villager said. */
    public void followUp(FollowUpOutcome outcome, String note, LocalDateTime now) {
        requireHelperStep(followedUpAt == null, reportedAt != null, "onestop.error.followUpBeforeReport");
        if (outcome == null) {
            throw new BusinessException("onestop.error.followUpOutcome");
        }
        followUpOutcome = outcome;
        followUpNote = note(note);
        followedUpAt = now;
    }

    private void requireHelperStep(boolean notYetDone, boolean previousDone, String outOfOrderKey) {
        if (!isByHelper()) {
            throw new BusinessException("onestop.error.notHelperFiled");
        }
        if (!notYetDone) {
            throw new BusinessException("onestop.error.stepDone");
        }
        if (!previousDone) {
            throw new BusinessException(outOfOrderKey);
        }
    }

    private static String note(String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new BusinessException("onestop.error.noteTooLong", MAX_NOTE);
        }
        return text.isEmpty() ? null : text;
    }

    /** The next step the helper records, or null when none is theirs to record now. */
    public HelperStep nextHelperStep(boolean matterFinished) {
        if (!isByHelper()) {
            return null;
        }
        if (deliveredAt == null) {
            return matterFinished ? HelperStep.DELIVERED : null;
        }
        if (archivedAt == null) {
            return HelperStep.ARCHIVED;
        }
        if (reportedAt == null) {
            return HelperStep.REPORTED;
        }
        return followedUpAt == null ? HelperStep.FOLLOWED_UP : null;
    }

    /**
     * When each of the seven steps happened so far; the office's two come from the matter.
     *
     * @param acceptedAt when the office accepted the matter, or null
     * @param handledAt when it finished it (办结 or not accepted), or null
     */
    public Map<HelperStep, LocalDateTime> steps(LocalDateTime acceptedAt, LocalDateTime handledAt) {
        Map<HelperStep, LocalDateTime> steps = new EnumMap<>(HelperStep.class);
        putIfDone(steps, HelperStep.ENTRUSTED, consentAt);
        putIfDone(steps, HelperStep.ACCEPTED, acceptedAt);
        putIfDone(steps, HelperStep.HANDLED, handledAt);
        putIfDone(steps, HelperStep.DELIVERED, deliveredAt);
        putIfDone(steps, HelperStep.ARCHIVED, archivedAt);
        putIfDone(steps, HelperStep.REPORTED, reportedAt);
        putIfDone(steps, HelperStep.FOLLOWED_UP, followedUpAt);
        return steps;
    }

    private static void putIfDone(Map<HelperStep, LocalDateTime> steps, HelperStep step, LocalDateTime at) {
        if (at != null) {
            steps.put(step, at);
        }
    }

    public long getMatterId() {
        return matterId;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }

    public Long getHelperId() {
        return helperId;
    }

    public String getHelperName() {
        return helperName;
    }

    public String getConsentBy() {
        return consentBy;
    }

    public ConsentMethod getConsentMethod() {
        return consentMethod;
    }

    public LocalDateTime getConsentAt() {
        return consentAt;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public String getDeliveryNote() {
        return deliveryNote;
    }

    public LocalDateTime getArchivedAt() {
        return archivedAt;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public LocalDateTime getFollowedUpAt() {
        return followedUpAt;
    }

    public FollowUpOutcome getFollowUpOutcome() {
        return followUpOutcome;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }
}
