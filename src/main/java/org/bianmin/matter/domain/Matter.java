package org.bianmin.matter.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bianmin.place.domain.Office;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.WorkingDayCalendar;

/**
 * A matter (事项): anything a villager raised that an office must handle. Only this class changes its status, and
 * every change appends a history event in the same transaction. The due date is counted in working days from
 * acceptance and stands still while the office waits for the villager (补正).
 */
@Entity
@Table(name = "matter")
public class Matter extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SUBJECT = 200;
    static final int MAX_EXTENSION_DAYS = 30;
    static final int MAX_RATING_COMMENT = 500;
    static final int MAX_CALL_BACK = 1000;

    @Column(name = "tracking_number", nullable = false, updatable = false, length = 32)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false, length = 32)
    private MatterType type;

    @Column(name = "service_code", updatable = false, length = 32)
    private String serviceCode;

    @Column(name = "subject", nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Embedded
    private Applicant applicant;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 16)
    private Channel channel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id", nullable = false)
    private Office office;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "assignee_name", length = 64)
    private String assigneeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private MatterStatus status;

    @Column(name = "promised_days", nullable = false)
    private int promisedDays;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "paused_since")
    private LocalDate pausedSince;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    /** For a rectification: what the villager said when the office called back (回访). */
    @Column(name = "call_back", length = 1000)
    private String callBack;

    @Column(name = "reply", length = MatterEvent.MAX_COMMENT)
    private String reply;

    @Column(name = "overdue", nullable = false)
    private boolean overdue;

    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Matter mergedInto;

    @Column(name = "extension_days_requested")
    private Integer extensionDaysRequested;

    /** For a rectification: the matter whose bad rating opened it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "origin_id", updatable = false)
    private Matter origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_level", length = 32)
    private RatingLevel ratingLevel;

    @Column(name = "rating_comment", length = MAX_RATING_COMMENT)
    private String ratingComment;

    @Column(name = "rated_at")
    private LocalDateTime ratedAt;

    @OneToMany(mappedBy = "matter", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt, id")
    private List<MatterEvent> history = new ArrayList<>();

    protected Matter() {}

    private Matter(
            String trackingNumber,
            MatterType type,
            String serviceCode,
            String subject,
            Applicant applicant,
            Channel channel,
            Office office,
            int promisedDays,
            LocalDateTime now) {
        this.trackingNumber = trackingNumber;
        this.type = type;
        this.serviceCode = serviceCode;
        this.subject = subject;
        this.applicant = applicant;
        this.channel = channel;
        this.office = office;
        this.promisedDays = promisedDays;
        this.submittedAt = now;
        this.status = MatterStatus.SUBMITTED;
    }

    /** Files a new matter with the office the dispatch catalogue chose. */
    public static Matter file(
            String trackingNumber,
            MatterType type,
            String serviceCode,
            String subject,
            Applicant applicant,
            Channel channel,
            Office office,
            int promisedDays,
            Actor actor,
            LocalDateTime now) {
        String trimmed = subject == null ? "" : subject.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_SUBJECT) {
            throw new BusinessException("matter.error.subject", MAX_SUBJECT);
        }
        if (promisedDays < 1) {
            throw new BusinessException("matter.error.promisedDays");
        }
        if (office == null || !office.isActive()) {
            throw new BusinessException("matter.error.office");
        }
        Matter matter =
                new Matter(trackingNumber, type, serviceCode, trimmed, applicant, channel, office, promisedDays, now);
        matter.record(actor, MatterAction.FILE, null, MatterStatus.SUBMITTED, null, now);
        return matter;
    }

    /** 受理: the clock starts; the due date is the promised number of working days after today. */
    public void accept(Actor actor, WorkingDayCalendar calendar, LocalDateTime now) {
        moveTo(MatterAction.ACCEPT, actor, null, now);
        dueDate = calendar.addWorkingDays(now.toLocalDate(), promisedDays);
    }

    /** 不予受理, with the reason the villager will be told. */
    public void notAccept(Actor actor, String reason, LocalDateTime now) {
        moveTo(MatterAction.NOT_ACCEPT, actor, required(reason, "matter.error.reasonRequired"), now);
    }

    public void start(Actor actor, LocalDateTime now) {
        moveTo(MatterAction.START, actor, null, now);
    }

    /** 补正: asks the villager for more; the due date stands still until {@link #resume}. */
    public void requestInformation(Actor actor, String whatIsNeeded, LocalDateTime now) {
        moveTo(MatterAction.REQUEST_INFORMATION, actor, required(whatIsNeeded, "matter.error.reasonRequired"), now);
        pausedSince = now.toLocalDate();
    }

    /** The villager supplied what was asked: the due date moves on by the working days spent waiting. */
    public void resume(Actor actor, WorkingDayCalendar calendar, String note, LocalDateTime now) {
        moveTo(MatterAction.RESUME, actor, note, now);
        int waited = calendar.workingDaysBetween(pausedSince, now.toLocalDate());
        if (dueDate != null && waited > 0) {
            dueDate = calendar.addWorkingDays(dueDate, waited);
        }
        pausedSince = null;
        overdue = dueDate != null && now.toLocalDate().isAfter(dueDate);
    }

    /** 办结, with the reply the villager receives. */
    public void resolve(Actor actor, String replyText, LocalDateTime now) {
        resolve(actor, replyText, null, now);
    }

    /**
     * 办结. A rectification (差评整改) is only done once the office has called the villager back: what they said is
     * recorded beside the outcome (the reply).
     */
    public void resolve(Actor actor, String replyText, String callBackText, LocalDateTime now) {
        String text = required(replyText, "matter.error.replyRequired");
        String heard = null;
        if (type == MatterType.RECTIFICATION) {
            heard = required(callBackText, "matter.error.callBackRequired");
            if (heard.length() > MAX_CALL_BACK) {
                throw new BusinessException("matter.error.textTooLong", MAX_CALL_BACK);
            }
        }
        moveTo(MatterAction.RESOLVE, actor, text, now);
        reply = text;
        callBack = heard;
        resolvedAt = now;
    }

    public void close(Actor actor, LocalDateTime now) {
        moveTo(MatterAction.CLOSE, actor, null, now);
    }

    /**
     * 好差评: the villager rates a resolved matter, once; the rating closes it.
     *
     * @return whether the rating was bad, so the caller opens a rectification
     */
    public boolean rate(RatingLevel level, String comment, LocalDateTime now) {
        if (status != MatterStatus.RESOLVED || ratingLevel != null) {
            throw new BusinessException("matter.error.cannotRate");
        }
        if (level == null) {
            throw new BusinessException("matter.error.ratingRequired");
        }
        String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
        if (trimmed != null && trimmed.length() > MAX_RATING_COMMENT) {
            throw new BusinessException("matter.error.textTooLong", MAX_RATING_COMMENT);
        }
        ratingLevel = level;
        ratingComment = trimmed;
        ratedAt = now;
        record(Actor.villager(), MatterAction.RATE, status, status, level.name(), now);
        moveTo(MatterAction.CLOSE, Actor.villager(), null, now);
        return level.isBad();
    }

    /** A rectification (差评整改) for the office that handled {@code rated}, which must call back and put it right. */
    public static Matter rectificationOf(Matter rated, String trackingNumber, int promisedDays, LocalDateTime now) {
        Matter matter = file(
                trackingNumber,
                MatterType.RECTIFICATION,
                rated.serviceCode,
                "差评整改 " + rated.trackingNumber,
                rated.applicant,
                Channel.SYSTEM,
                rated.office,
                promisedDays,
                Actor.system(),
                now);
        matter.origin = rated;
        return matter;
    }

    /** 退单: the receiving office says the matter is not theirs; it goes back to the dispatcher. */
    public void returnToDispatcher(Actor actor, String reason, LocalDateTime now) {
        moveTo(MatterAction.RETURN, actor, required(reason, "matter.error.reasonRequired"), now);
        clearAssignee();
    }

    /** 改派: the dispatcher sends a returned matter to another office. */
    public void redispatch(Actor actor, Office newOffice, String reason, LocalDateTime now) {
        if (newOffice == null || !newOffice.isActive()) {
            throw new BusinessException("matter.error.office");
        }
        if (newOffice.equals(office)) {
            throw new BusinessException("matter.error.sameOffice");
        }
        requireMove(MatterAction.REDISPATCH);
        office = newOffice;
        moveTo(MatterAction.REDISPATCH, actor, reason, now);
    }

    /** 并单: this matter duplicates {@code target}; it closes pointing there. */
    public void mergeInto(Matter target, Actor actor, LocalDateTime now) {
        if (target == null || target == this || !target.status.isOpen() && target.status != MatterStatus.RESOLVED) {
            throw new BusinessException("matter.error.mergeTarget");
        }
        requireMove(MatterAction.MERGE);
        mergedInto = target;
        moveTo(MatterAction.MERGE, actor, target.trackingNumber, now);
    }

    /** A leader gives the matter to a member of the office (or staff claim it for themselves). */
    public void assignTo(long userId, String username, Actor actor, LocalDateTime now) {
        if (!status.isOpen()) {
            throw new BusinessException("matter.error.notOpen");
        }
        assigneeId = userId;
        assigneeName = username;
        MatterAction action = actor.isStaff() && actor.userId() == userId ? MatterAction.CLAIM : MatterAction.ASSIGN;
        record(actor, action, status, status, username, now);
    }

    /** Staff ask the office leader for more time; nothing moves until the leader decides. */
    public void requestExtension(int days, String reason, Actor actor, LocalDateTime now) {
        if (!status.isOpen() || dueDate == null) {
            throw new BusinessException("matter.error.notOpen");
        }
        if (extensionDaysRequested != null) {
            throw new BusinessException("matter.error.extensionPending");
        }
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw new BusinessException("matter.error.extensionDays", MAX_EXTENSION_DAYS);
        }
        String text = required(reason, "matter.error.reasonRequired");
        extensionDaysRequested = days;
        record(actor, MatterAction.REQUEST_EXTENSION, status, status, "+" + days + ": " + text, now);
    }

    /** The leader grants the pending request: the due date moves on by that many working days. */
    public void grantExtension(Actor actor, WorkingDayCalendar calendar, LocalDateTime now) {
        int days = pendingExtension();
        dueDate = calendar.addWorkingDays(dueDate, days);
        overdue = now.toLocalDate().isAfter(dueDate);
        extensionDaysRequested = null;
        record(actor, MatterAction.GRANT_EXTENSION, status, status, "+" + days, now);
    }

    /** The leader refuses the pending request, saying why. */
    public void refuseExtension(Actor actor, String reason, LocalDateTime now) {
        pendingExtension();
        String text = required(reason, "matter.error.reasonRequired");
        extensionDaysRequested = null;
        record(actor, MatterAction.REFUSE_EXTENSION, status, status, text, now);
    }

    private int pendingExtension() {
        if (extensionDaysRequested == null || !status.isOpen()) {
            throw new BusinessException("matter.error.noExtensionPending");
        }
        return extensionDaysRequested;
    }

    /**
     * The scheduled check: flags the matter overdue once its due date has passed while its clock runs.
     *
     * @return whether this call is what made it overdue (so escalation happens once)
     */
    public boolean markOverdueIfLate(LocalDate today) {
        if (overdue || dueDate == null || !status.isClockRunning() || !today.isAfter(dueDate)) {
            return false;
        }
        overdue = true;
        record(Actor.system(), MatterAction.ESCALATE, status, status, null, today.atStartOfDay());
        return true;
    }

    /**
     * The scheduled reminder one working day before the due date.
     *
     * @return whether a reminder is due now and was not sent for this due date yet
     */
    public boolean remindIfDue(LocalDate today, WorkingDayCalendar calendar) {
        if (dueDate == null || !status.isClockRunning() || dueDate.equals(remindedFor)) {
            return false;
        }
        // only on the working day before: not on the weekend or holiday that precedes it
        if (!calendar.isWorkingDay(today) || !calendar.addWorkingDays(today, 1).equals(dueDate)) {
            return false;
        }
        remindedFor = dueDate;
        record(Actor.system(), MatterAction.REMIND, status, status, null, today.atStartOfDay());
        return true;
    }

    private void requireMove(MatterAction action) {
        if (status.after(action).isEmpty()) {
            throw new BusinessException("matter.error.notAllowedNow");
        }
    }

    private void moveTo(MatterAction action, Actor actor, String comment, LocalDateTime now) {
        MatterStatus from = status;
        MatterStatus to = from.after(action).orElseThrow(() -> new BusinessException("matter.error.notAllowedNow"));
        status = to;
        if (!to.isOpen()) {
            // an extension nobody decided on lapses with the matter: there is no deadline left to extend
            extensionDaysRequested = null;
        }
        record(actor, action, from, to, comment, now);
    }

    private void record(
            Actor actor, MatterAction action, MatterStatus from, MatterStatus to, String comment, LocalDateTime now) {
        String text = comment == null || comment.length() <= MatterEvent.MAX_COMMENT
                ? comment
                : comment.substring(0, MatterEvent.MAX_COMMENT);
        history.add(new MatterEvent(this, now, actor, action, from, to, office == null ? null : office.getId(), text));
    }

    private void clearAssignee() {
        assigneeId = null;
        assigneeName = null;
    }

    private static String required(String text, String messageKey) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException(messageKey);
        }
        if (trimmed.length() > MatterEvent.MAX_COMMENT) {
            throw new BusinessException("matter.error.textTooLong", MatterEvent.MAX_COMMENT);
        }
        return trimmed;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public MatterType getType() {
        return type;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getSubject() {
        return subject;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public Channel getChannel() {
        return channel;
    }

    public Office getOffice() {
        return office;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public MatterStatus getStatus() {
        return status;
    }

    public int getPromisedDays() {
        return promisedDays;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getPausedSince() {
        return pausedSince;
    }

    public LocalDateTime getResolvedAt() {
        return resolvedAt;
    }

    public String getCallBack() {
        return callBack;
    }

    public String getReply() {
        return reply;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public Matter getMergedInto() {
        return mergedInto;
    }

    public Matter getOrigin() {
        return origin;
    }

    public RatingLevel getRatingLevel() {
        return ratingLevel;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public LocalDateTime getRatedAt() {
        return ratedAt;
    }

    public Integer getExtensionDaysRequested() {
        return extensionDaysRequested;
    }

    public List<MatterEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
