package org.bianmin.eldercare.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * The service plan (服务计划) of an approved home-care application: a provider serving the elder's village, the
 * services it delivers, hours per month and the monthly subsidy, from a start month on, reviewed every six months
 * until it ends. Only this class changes a plan, and every review is kept.
 */
@Entity
@Table(name = "care_plan")
public class CarePlan extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_NOTE = 500;
    /** A review may be planned at most this many months ahead. */
    public static final int MAX_REVIEW_MONTHS = 12;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "village_code", nullable = false, length = 12, updatable = false)
    private String villageCode;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private CareProvider provider;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_plan_service", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "option_id", nullable = false)
    private Set<Long> serviceIds = new LinkedHashSet<>();

    @Column(name = "hours_per_month", nullable = false)
    private int hoursPerMonth;

    @Column(name = "monthly_subsidy", nullable = false, precision = 10, scale = 2)
    private BigDecimal monthlySubsidy;

    /** The first day of the start month. */
    @Column(name = "start_month", nullable = false, updatable = false)
    private LocalDate startMonth;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PlanStatus status = PlanStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 32)
    private EndReason endReason;

    @Column(name = "end_note", length = MAX_NOTE)
    private String endNote;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    /** The review date a reminder matter was filed for, so the daily job files one reminder per due review. */
    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    @Column(name = "reminder_matter_id")
    private Long reminderMatterId;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("reviewedOn, id")
    private List<CareReview> reviews = new ArrayList<>();

    protected CarePlan() {}

    /**
     * A new plan for an application (its stage is the caller's business).
     *
     * @param nextReviewOn {@code null} for the default, six months after the start
     */
    public static CarePlan create(
            long applicationId,
            String villageCode,
            PlanTerms terms,
            YearMonth startMonth,
            LocalDate nextReviewOn,
            LocalDate today,
            String actor) {
        terms.check(villageCode);
        if (startMonth == null || startMonth.isBefore(YearMonth.from(today))) {
            throw new BusinessException("eldercare.plan.error.startMonth");
        }
        LocalDate start = startMonth.atDay(1);
        LocalDate review = nextReviewOn == null ? ReviewSchedule.firstReview(startMonth) : nextReviewOn;
        checkNextReview(review, start);
        CarePlan plan = new CarePlan();
        plan.applicationId = applicationId;
        plan.villageCode = villageCode;
        plan.apply(terms);
        plan.startMonth = start;
        plan.nextReviewOn = review;
        plan.createdBy = actor;
        return plan;
    }

    /** Records a six-monthly review with its outcome: carry on, change the terms, or end the service. */
    public CareReview review(ReviewRecord record, LocalDate today, String actor) {
        requireActive();
        LocalDate on = record.reviewedOn();
        if (on == null || on.isAfter(today)) {
            throw new BusinessException("eldercare.plan.error.reviewDate");
        }
        if (on.isBefore(startMonth)) {
            throw new BusinessException("eldercare.plan.error.reviewBeforeStart");
        }
        if (record.outcome() == null) {
            throw new BusinessException("eldercare.plan.error.outcome");
        }
        String note = note(record.note(), record.outcome() != ReviewOutcome.CONTINUE);
        String summary = null;
        LocalDate next = null;
        switch (record.outcome()) {
            case CONTINUE -> next = nextAfter(on, record.nextReviewOn());
            case CHANGE -> {
                if (record.terms() == null) {
                    throw new BusinessException("eldercare.plan.error.provider");
                }
                record.terms().check(villageCode);
                next = nextAfter(on, record.nextReviewOn());
                summary = changeFrom(record.terms());
                apply(record.terms());
            }
            case END -> endNow(record.endReason(), on, note, today);
        }
        if (next != null) {
            nextReviewOn = next;
        }
        CareReview review = new CareReview(this, on, record.outcome(), note, summary, next, actor);
        reviews.add(review);
        return review;
    }

    /** What staff enter for a review; terms only for a change, the reason only for an end. */
    public record ReviewRecord(
            LocalDate reviewedOn,
            ReviewOutcome outcome,
            String note,
            LocalDate nextReviewOn,
            PlanTerms terms,
            EndReason endReason) {}

    /** Ends the service between reviews: moved away, entered an institution, died, declined. */
    public void end(EndReason reason, LocalDate endedOn, String note, LocalDate today) {
        requireActive();
        endNow(reason, endedOn, note(note, false), today);
    }

    private void endNow(EndReason reason, LocalDate on, String note, LocalDate today) {
        if (reason == null) {
            throw new BusinessException("eldercare.plan.error.endReason");
        }
        if (on == null || on.isAfter(today)) {
            throw new BusinessException("eldercare.plan.error.endDate");
        }
        status = PlanStatus.ENDED;
        endReason = reason;
        endedOn = on;
        endNote = note;
        nextReviewOn = null;
    }

    /** Whether the daily job should file a review reminder today: active, due, and not yet reminded for this date. */
    public boolean needsReminder(LocalDate today) {
        return status == PlanStatus.ACTIVE
                && ReviewSchedule.isDue(nextReviewOn, today)
                && !nextReviewOn.equals(remindedFor);
    }

    public void reminded(long matterId) {
        remindedFor = nextReviewOn;
        reminderMatterId = matterId;
    }

    public boolean isReviewDue(LocalDate today) {
        return status == PlanStatus.ACTIVE && ReviewSchedule.isDue(nextReviewOn, today);
    }

    private void apply(PlanTerms terms) {
        provider = terms.provider();
        serviceIds.clear();
        serviceIds.addAll(terms.serviceIds());
        hoursPerMonth = terms.hoursPerMonth();
        monthlySubsidy = terms.monthlySubsidy();
    }

    private String changeFrom(PlanTerms terms) {
        List<String> parts = new ArrayList<>();
        if (!sameProvider(terms.provider())) {
            parts.add(
                    "provider " + provider.getName() + " -> " + terms.provider().getName());
        }
        if (!new TreeSet<>(serviceIds).equals(new TreeSet<>(terms.serviceIds()))) {
            parts.add("services " + new TreeSet<>(serviceIds) + " -> " + new TreeSet<>(terms.serviceIds()));
        }
        if (hoursPerMonth != terms.hoursPerMonth()) {
            parts.add("hours " + hoursPerMonth + " -> " + terms.hoursPerMonth());
        }
        if (monthlySubsidy.compareTo(terms.monthlySubsidy()) != 0) {
            parts.add("subsidy " + monthlySubsidy.toPlainString() + " -> "
                    + terms.monthlySubsidy().toPlainString());
        }
        if (parts.isEmpty()) {
            throw new BusinessException("eldercare.plan.error.nothingChanged");
        }
        String summary = String.join("; ", parts);
        return summary.length() > 500 ? summary.substring(0, 500) : summary;
    }

    private boolean sameProvider(CareProvider other) {
        return other == provider || (other.getId() != null && other.getId().equals(provider.getId()));
    }

    private static LocalDate nextAfter(LocalDate reviewedOn, LocalDate chosen) {
        LocalDate next = chosen == null ? ReviewSchedule.after(reviewedOn) : chosen;
        checkNextReview(next, reviewedOn);
        return next;
    }

    private static void checkNextReview(LocalDate next, LocalDate from) {
        if (!next.isAfter(from) || next.isAfter(from.plusMonths(MAX_REVIEW_MONTHS))) {
            throw new BusinessException("eldercare.plan.error.nextReview", MAX_REVIEW_MONTHS);
        }
    }

    private static String note(String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new BusinessException("eldercare.plan.error.noteRequired");
        }
        if (text.length() > MAX_NOTE) {
            throw new BusinessException("eldercare.plan.error.noteTooLong", MAX_NOTE);
        }
        return text.isEmpty() ? null : text;
    }

    private void requireActive() {
        if (status != PlanStatus.ACTIVE) {
            throw new BusinessException("eldercare.plan.error.ended");
        }
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public CareProvider getProvider() {
        return provider;
    }

    public Set<Long> getServiceIds() {
        return new TreeSet<>(serviceIds);
    }

    public int getHoursPerMonth() {
        return hoursPerMonth;
    }

    public BigDecimal getMonthlySubsidy() {
        return monthlySubsidy;
    }

    public YearMonth getStartMonth() {
        return YearMonth.from(startMonth);
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public String getEndNote() {
        return endNote;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public LocalDate getRemindedFor() {
        return remindedFor;
    }

    public Long getReminderMatterId() {
        return reminderMatterId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<CareReview> getReviews() {
        return List.copyOf(reviews);
    }

    @Override
    public String toString() {
        return "CarePlan " + getId() + " " + status;
    }
}
