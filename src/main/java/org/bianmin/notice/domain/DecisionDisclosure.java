package org.bianmin.notice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bianmin.shared.domain.BaseEntity;

/**
 * One of the two disclosures of a matter. Only a PUBLISHED one is public. Changed only through its
 * {@link DecisionMatter}, which holds the rules.
 */
@Entity
@Table(name = "decision_disclosure")
public class DecisionDisclosure extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_BODY = 5000;
    public static final int MAX_NOTE = 500;
    public static final int MAX_PROGRESS = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    private DecisionMatter matter;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private DisclosureKind kind;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private DisclosureState state;

    @Column(name = "review_note", length = MAX_NOTE)
    private String reviewNote;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "funds_used", precision = 14, scale = 2)
    private BigDecimal fundsUsed;

    @Column(name = "progress", length = MAX_PROGRESS)
    private String progress;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    protected DecisionDisclosure() {}

    DecisionDisclosure(DecisionMatter matter, DisclosureKind kind, long createdBy) {
        this.matter = matter;
        this.kind = kind;
        this.createdBy = createdBy;
    }

    void write(String body, DisclosurePeriod period, LocalDateTime now) {
        this.body = body;
        this.startsOn = period.start();
        this.endsOn = period.end();
        this.submittedAt = now;
    }

    void result(BigDecimal fundsUsed, String progress, LocalDate completedOn) {
        this.fundsUsed = fundsUsed;
        this.progress = progress;
        this.completedOn = completedOn;
    }

    void awaitReview() {
        this.state = DisclosureState.AWAITING_REVIEW;
    }

    void publish(LocalDateTime now, Long reviewer) {
        this.state = DisclosureState.PUBLISHED;
        this.publishedAt = now;
        if (reviewer != null) {
            this.reviewedBy = reviewer;
            this.reviewNote = null;
        }
    }

    void sendBack(String note, long reviewer) {
        this.state = DisclosureState.RETURNED;
        this.reviewNote = note;
        this.reviewedBy = reviewer;
    }

    void movePeriod(DisclosurePeriod period) {
        this.startsOn = period.start();
        this.endsOn = period.end();
    }

    public DisclosurePeriod period() {
        return new DisclosurePeriod(startsOn, endsOn);
    }

    public boolean isPublished() {
        return state == DisclosureState.PUBLISHED;
    }

    /** Whether objections may be made on this day: published and within the period. */
    public boolean openOn(LocalDate day) {
        return isPublished() && period().open(day);
    }

    public DecisionMatter getMatter() {
        return matter;
    }

    public DisclosureKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public DisclosureState getState() {
        return state;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public BigDecimal getFundsUsed() {
        return fundsUsed;
    }

    public String getProgress() {
        return progress;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public long getCreatedBy() {
        return createdBy;
    }
}
