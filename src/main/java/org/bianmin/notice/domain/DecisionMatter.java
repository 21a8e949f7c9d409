package org.bianmin.notice.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * A village's decision matter (议事事项) and the aggregate of its four discussions and two disclosures. The order of
 * the steps and the quorum and majority rules live in {@link Deliberation}, rebuilt from the stored meetings; this
 * class keeps the status, the disclosures' rules (town review, periods) and the record.
 */
@Entity
@Table(name = "decision_matter")
public class DecisionMatter extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TITLE = 100;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_REASON = 200;
    /** 999,999,999,999.99: what decimal(14,2) holds */
    public static final BigDecimal MAX_FUNDS = new BigDecimal("999999999999.99");

    @Column(name = "village_code", nullable = false, updatable = false, length = 12)
    private String villageCode;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private DecisionCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "motion_source", nullable = false, length = 30)
    private MotionSource motionSource;

    @Column(name = "description", length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "estimated_funds", precision = 14, scale = 2)
    private BigDecimal estimatedFunds;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private DecisionStatus status;

    @Column(name = "dropped_reason", length = MAX_REASON)
    private String droppedReason;

    @Column(name = "dropped_at")
    private LocalDateTime droppedAt;

    @Column(name = "result_due_on")
    private LocalDate resultDueOn;

    @Column(name = "result_reminded_on")
    private LocalDate resultRemindedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @OneToMany(mappedBy = "matter", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("seq")
    private List<DecisionMeeting> meetings = new ArrayList<>();

    @OneToMany(mappedBy = "matter", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("kind")
    private List<DecisionDisclosure> disclosures = new ArrayList<>();

    protected DecisionMatter() {}

    /**
     * A new matter, in discussion.
     *
     * @throws BusinessException when a field is missing, too long, or the funds are negative
     */
    public static DecisionMatter open(
            String villageCode,
            String title,
            DecisionCategory category,
            MotionSource source,
            String description,
            BigDecimal estimatedFunds,
            long createdBy) {
        if (villageCode == null || villageCode.isBlank()) {
            throw new BusinessException("notice.error.village");
        }
        DecisionMatter matter = new DecisionMatter();
        matter.villageCode = villageCode;
        matter.status = DecisionStatus.IN_DISCUSSION;
        matter.createdBy = createdBy;
        matter.describe(title, category, source, description, estimatedFunds);
        return matter;
    }

    /** Changes what the matter is about; only while it is still in discussion. */
    public void edit(
            String title, DecisionCategory category, MotionSource source, String description, BigDecimal funds) {
        if (status != DecisionStatus.IN_DISCUSSION) {
            throw new BusinessException("notice.error.notEditable");
        }
        DecisionCategory previous = this.category;
        if (category != null && previous != null && category.equals(previous)) {
            // a category switched off after the matter was opened may stay on it
            describe(title, null, source, description, funds);
            return;
        }
        describe(title, category, source, description, funds);
    }

    private void describe(
            String title, DecisionCategory category, MotionSource source, String description, BigDecimal funds) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new BusinessException("notice.error.titleMissing");
        }
        if (t.length() > MAX_TITLE) {
            throw new BusinessException("notice.error.titleTooLong", MAX_TITLE);
        }
        if (category == null && this.category == null) {
            throw new BusinessException("notice.error.categoryMissing");
        }
        if (category != null && !category.isActive()) {
            throw new BusinessException("notice.error.categoryInactive");
        }
        if (source == null) {
            throw new BusinessException("notice.error.sourceMissing");
        }
        String d = blankToNull(description);
        if (d != null && d.length() > MAX_DESCRIPTION) {
            throw new BusinessException("notice.error.descriptionTooLong", MAX_DESCRIPTION);
        }
        checkMoney(funds);
        this.title = t;
        if (category != null) {
            this.category = category;
        }
        this.motionSource = source;
        this.description = d;
        this.estimatedFunds = funds;
    }

    private static void checkMoney(BigDecimal amount) {
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_FUNDS) > 0 || amount.scale() > 2)) {
            throw new BusinessException("notice.error.funds");
        }
    }

    /** The four discussions so far, with the rules of order and counting. */
    public Deliberation deliberation() {
        return Deliberation.restore(
                meetings.stream().map(DecisionMeeting::toMeeting).toList(), status == DecisionStatus.DROPPED);
    }

    /** The step to record next, or null when there is none (resolved or dropped). */
    public Step nextStep() {
        return deliberation().nextStep();
    }

    /**
     * Records a meeting of the next step. A failed quorum or vote is recorded too; the step is then held again or the
     * matter dropped.
     *
     * @param today the meeting cannot be in the future
     * @throws BusinessException when the step is out of order, the form does not suit it, the counts do not add up,
     *     the date is missing, in the future or before the previous meeting's, or a text is too long
     */
    public DecisionMeeting recordMeeting(
            Step step,
            MeetingForm form,
            LocalDate heldOn,
            Attendance attendance,
            String minutes,
            String townOfficials,
            VotingRules rules,
            LocalDate today,
            long recordedBy) {
        if (status != DecisionStatus.IN_DISCUSSION) {
            throw new BusinessException(
                    status == DecisionStatus.DROPPED ? "notice.error.dropped" : "notice.error.allStepsDone");
        }
        if (attendance == null) {
            throw new BusinessException("notice.error.counts");
        }
        if (heldOn != null && heldOn.isAfter(today)) {
            throw new BusinessException("notice.error.dateFuture", heldOn);
        }
        String m = blankToNull(minutes);
        if (m != null && m.length() > DecisionMeeting.MAX_MINUTES) {
            throw new BusinessException("notice.error.minutesTooLong", DecisionMeeting.MAX_MINUTES);
        }
        String o = blankToNull(townOfficials);
        if (o != null && o.length() > DecisionMeeting.MAX_OFFICIALS) {
            throw new BusinessException("notice.error.officialsTooLong", DecisionMeeting.MAX_OFFICIALS);
        }
        Deliberation deliberation = deliberation();
        deliberation.record(step, form, heldOn, attendance, rules);
        List<Meeting> all = deliberation.meetings();
        DecisionMeeting meeting =
                new DecisionMeeting(this, meetings.size() + 1, all.get(all.size() - 1), m, o, recordedBy);
        meetings.add(meeting);
        if (deliberation.resolved()) {
            status = DecisionStatus.RESOLVED;
        }
        return meeting;
    }

    /** The village gives the matter up, with the reason; the meetings stay in the register. */
    public void drop(String reason, LocalDateTime now) {
        String r = blankToNull(reason);
        if (r == null) {
            throw new BusinessException("notice.error.reasonMissing");
        }
        if (r.length() > MAX_REASON) {
            throw new BusinessException("notice.error.reasonTooLong", MAX_REASON);
        }
        if (status == DecisionStatus.DROPPED) {
            throw new BusinessException("notice.error.dropped");
        }
        if (status != DecisionStatus.IN_DISCUSSION) {
            throw new BusinessException("notice.error.alreadyResolved");
        }
        deliberation().drop();
        status = DecisionStatus.DROPPED;
        droppedReason = r;
        droppedAt = now;
    }

    /** The date of the villagers' passing resolution, once there is one. */
    public Optional<LocalDate> resolvedOn() {
        return meetings.stream()
                .filter(m -> m.getStep() == Step.VILLAGERS_RESOLUTION && m.getOutcome() == Outcome.PASSED)
                .map(DecisionMeeting::getHeldOn)
                .findFirst();
    }

    /**
     * Submits the resolution disclosure (决议公开): published at once, or sent to the town for review when the town
     * reviews. A disclosure the town returned is edited and submitted again the same way.
     *
     * @throws BusinessException when the matter is not resolved, the disclosure is already awaiting review or
     *     published, the text is missing or too long, or the period starts before the resolution
     */
    public DecisionDisclosure submitResolution(
            String body,
            DisclosurePeriod period,
            boolean townReviews,
            int resultDueDays,
            LocalDateTime now,
            long userId) {
        if (status != DecisionStatus.RESOLVED) {
            throw new BusinessException(
                    status == DecisionStatus.IN_DISCUSSION
                            ? "notice.error.notResolved"
                            : status == DecisionStatus.DROPPED
                                    ? "notice.error.dropped"
                                    : "notice.error.alreadyDisclosed");
        }
        DecisionDisclosure disclosure = disclosure(DisclosureKind.RESOLUTION).orElse(null);
        if (disclosure != null && disclosure.getState() == DisclosureState.AWAITING_REVIEW) {
            throw new BusinessException("notice.error.awaitingReview");
        }
        String text = checkBody(body);
        checkPeriod(period);
        if (period.start().isBefore(resolvedOn().orElseThrow())) {
            throw new BusinessException(
                    "notice.error.periodBeforeResolution",
                    period.start(),
                    resolvedOn().get());
        }
        if (disclosure == null) {
            disclosure = new DecisionDisclosure(this, DisclosureKind.RESOLUTION, userId);
            disclosures.add(disclosure);
        }
        disclosure.write(text, period, now);
        if (townReviews) {
            disclosure.awaitReview();
        } else {
            publishResolution(disclosure, now, null, resultDueDays);
        }
        return disclosure;
    }

    /**
     * The town approves the resolution disclosure: it is published. If its period has already begun, it is moved to
     * start today with the same length, so the public gets every day of it.
     */
    public DecisionDisclosure approveResolution(long reviewer, LocalDate today, LocalDateTime now, int resultDueDays) {
        DecisionDisclosure disclosure = awaitingReview();
        DisclosurePeriod period = disclosure.period();
        if (period.start().isBefore(today)) {
            long length = period.end().toEpochDay() - period.start().toEpochDay() + 1;
            disclosure.movePeriod(DisclosurePeriod.days(today, (int) length));
        }
        publishResolution(disclosure, now, reviewer, resultDueDays);
        return disclosure;
    }

    /** The town sends the resolution disclosure back with a note saying what to change. */
    public DecisionDisclosure returnResolution(String note, long reviewer) {
        String n = blankToNull(note);
        if (n == null) {
            throw new BusinessException("notice.error.noteMissing");
        }
        if (n.length() > DecisionDisclosure.MAX_NOTE) {
            throw new BusinessException("notice.error.noteTooLong", DecisionDisclosure.MAX_NOTE);
        }
        DecisionDisclosure disclosure = awaitingReview();
        disclosure.sendBack(n, reviewer);
        return disclosure;
    }

    private DecisionDisclosure awaitingReview() {
        return disclosure(DisclosureKind.RESOLUTION)
                .filter(d -> d.getState() == DisclosureState.AWAITING_REVIEW)
                .orElseThrow(() -> new BusinessException("notice.error.notAwaitingReview"));
    }

    private void publishResolution(DecisionDisclosure disclosure, LocalDateTime now, Long reviewer, int resultDueDays) {
        disclosure.publish(now, reviewer);
        status = DecisionStatus.RESOLUTION_DISCLOSED;
        resultDueOn = disclosure.getEndsOn().plusDays(resultDueDays);
        resultRemindedOn = null;
    }

    /**
     * Publishes the result of carrying the resolution out (实施结果公开): what was done, the funds used, the progress
     * and the completion date. It is published at once; the matter is then complete.
     *
     * @throws BusinessException when the resolution is not yet public, a field is missing or too long, the funds are
     *     negative, the period ends before it starts or starts before the resolution disclosure, or the completion
     *     date is before the resolution
     */
    public DecisionDisclosure publishResult(
            String body,
            DisclosurePeriod period,
            BigDecimal fundsUsed,
            String progress,
            LocalDate completedOn,
            LocalDateTime now,
            long userId) {
        if (status != DecisionStatus.RESOLUTION_DISCLOSED) {
            throw new BusinessException(
                    status == DecisionStatus.COMPLETED
                            ? "notice.error.resultDone"
                            : "notice.error.resolutionNotPublic");
        }
        String text = checkBody(body);
        checkPeriod(period);
        String p = blankToNull(progress);
        if (p == null) {
            throw new BusinessException("notice.error.progressMissing");
        }
        if (p.length() > DecisionDisclosure.MAX_PROGRESS) {
            throw new BusinessException("notice.error.progressTooLong", DecisionDisclosure.MAX_PROGRESS);
        }
        checkMoney(fundsUsed);
        LocalDate resolutionStart =
                disclosure(DisclosureKind.RESOLUTION).orElseThrow().getStartsOn();
        if (period.start().isBefore(resolutionStart)) {
            throw new BusinessException("notice.error.resultBeforeResolution", period.start(), resolutionStart);
        }
        if (completedOn != null && completedOn.isBefore(resolvedOn().orElseThrow())) {
            throw new BusinessException(
                    "notice.error.completedBeforeResolution",
                    completedOn,
                    resolvedOn().get());
        }
        DecisionDisclosure disclosure = new DecisionDisclosure(this, DisclosureKind.RESULT, userId);
        disclosure.write(text, period, now);
        disclosure.result(fundsUsed, p, completedOn);
        disclosure.publish(now, null);
        disclosures.add(disclosure);
        status = DecisionStatus.COMPLETED;
        return disclosure;
    }

    /**
     * Whether the clerk should be reminded today that the result disclosure is due; true once per due date (the
     * matter remembers it was reminded).
     */
    public boolean remindResultIfDue(LocalDate today) {
        if (status != DecisionStatus.RESOLUTION_DISCLOSED
                || resultDueOn == null
                || today.isBefore(resultDueOn)
                || resultRemindedOn != null) {
            return false;
        }
        resultRemindedOn = today;
        return true;
    }

    private static String checkBody(String body) {
        String text = blankToNull(body);
        if (text == null) {
            throw new BusinessException("notice.error.bodyMissing");
        }
        if (text.length() > DecisionDisclosure.MAX_BODY) {
            throw new BusinessException("notice.error.bodyTooLong", DecisionDisclosure.MAX_BODY);
        }
        return text;
    }

    private static void checkPeriod(DisclosurePeriod period) {
        if (period == null) {
            throw new BusinessException("notice.error.periodMissing");
        }
    }

    private static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    public Optional<DecisionDisclosure> disclosure(DisclosureKind kind) {
        return disclosures.stream().filter(d -> d.getKind() == kind).findFirst();
    }

    public Optional<DecisionDisclosure> getResolution() {
        return disclosure(DisclosureKind.RESOLUTION);
    }

    public String getVillageCode() {
        return villageCode;
    }

    public String getTitle() {
        return title;
    }

    public DecisionCategory getCategory() {
        return category;
    }

    public MotionSource getMotionSource() {
        return motionSource;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getEstimatedFunds() {
        return estimatedFunds;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public String getDroppedReason() {
        return droppedReason;
    }

    public LocalDateTime getDroppedAt() {
        return droppedAt;
    }

    public LocalDate getResultDueOn() {
        return resultDueOn;
    }

    public LocalDate getResultRemindedOn() {
        return resultRemindedOn;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public List<DecisionMeeting> getMeetings() {
        return List.copyOf(meetings);
    }

    public List<DecisionDisclosure> getDisclosures() {
        return List.copyOf(disclosures);
    }
}
