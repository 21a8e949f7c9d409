package org.bianmin.eldercare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianmin.shared.domain.BaseEntity;

/** One six-monthly review (复评) of a plan, as recorded; never changed afterwards. */
@Entity
@Table(name = "care_review")
public class CareReview extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private CarePlan plan;

    @Column(name = "reviewed_on", nullable = false, updatable = false)
    private LocalDate reviewedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16, updatable = false)
    private ReviewOutcome outcome;

    @Column(name = "note", length = CarePlan.MAX_NOTE, updatable = false)
    private String note;

    /** For a change: what changed, in figures and names (no personal data). */
    @Column(name = "change_summary", length = 500, updatable = false)
    private String changeSummary;

    /** The review after this one; none when the plan ended. */
    @Column(name = "next_review_on", updatable = false)
    private LocalDate nextReviewOn;

    @Column(name = "reviewed_by", nullable = false, length = 64, updatable = false)
    private String reviewedBy;

    protected CareReview() {}

    CareReview(
            CarePlan plan,
            LocalDate reviewedOn,
            ReviewOutcome outcome,
            String note,
            String changeSummary,
            LocalDate nextReviewOn,
            String reviewedBy) {
        this.plan = plan;
        this.reviewedOn = reviewedOn;
        this.outcome = outcome;
        this.note = note;
        this.changeSummary = changeSummary;
        this.nextReviewOn = nextReviewOn;
        this.reviewedBy = reviewedBy;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }
}
