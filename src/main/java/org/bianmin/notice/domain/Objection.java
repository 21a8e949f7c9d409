package org.bianmin.notice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bianmin.matter.domain.Channel;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * 异议: someone objects to a published disclosure while it is on the board. The person's name and phone are kept only
 * on the routed matter the objection becomes; this keeps the reason for the office and, once the office resolves the
 * matter, its reply, which the public notice shows as the answer.
 */
@Entity
@Table(name = "notice_objection")
public class Objection extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_REASON = 500;
    public static final int MAX_ANSWER = 2000;

    @Column(name = "decision_id", nullable = false, updatable = false)
    private long decisionId;

    @Column(name = "disclosure_id", nullable = false, updatable = false)
    private long disclosureId;

    @Column(name = "matter_id", nullable = false, updatable = false)
    private long matterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 16)
    private Channel channel;

    @Column(name = "reason", nullable = false, updatable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    @Column(name = "answer", length = MAX_ANSWER)
    private String answer;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    protected Objection() {
        // JPA
    }

    /**
     * Checks an objection before anything is filed: the disclosure must be on the board today and the reason given.
     *
     * @param period the published disclosure's days on the board (both ends included)
     * @param today the day in Asia/Shanghai
     * @return the reason as it will be kept (trimmed)
     * @throws BusinessException with a message for the person when the period has not begun or is over, or the reason
     *     is missing or too long
     */
    public static String check(DisclosurePeriod period, LocalDate today, String reason) {
        if (today.isBefore(period.start())) {
            throw new BusinessException("notice_objection.error.notYet", period.start());
        }
        if (today.isAfter(period.end())) {
            throw new BusinessException("notice_objection.error.closed", period.end());
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("notice_objection.error.reason");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_REASON) {
            throw new BusinessException("notice_objection.error.reasonTooLong", MAX_REASON);
        }
        return trimmed;
    }

    /** An objection that has passed {@link #check} and been filed as matter {@code matterId}. */
    public static Objection filed(
            long decisionId,
            long disclosureId,
            long matterId,
            Channel channel,
            DisclosurePeriod period,
            String reason,
            LocalDateTime now) {
        Objection objection = new Objection();
        objection.decisionId = decisionId;
        objection.disclosureId = disclosureId;
        objection.matterId = matterId;
        objection.channel = channel;
        objection.reason = check(period, now.toLocalDate(), reason);
        objection.submittedAt = now;
        return objection;
    }

    /**
     * The office's reply when it resolves the matter becomes the public answer. A matter resolved again (after a
     * reopening) replaces it: the public sees the office's latest word.
     *
     * @return whether anything changed
     */
    public boolean answeredThroughMatter(String reply, LocalDateTime at) {
        String trimmed = reply == null ? "" : reply.strip();
        if (trimmed.isEmpty() || trimmed.equals(answer)) {
            return false;
        }
        answer = trimmed.length() > MAX_ANSWER ? trimmed.substring(0, MAX_ANSWER) : trimmed;
        answeredAt = at;
        return true;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public long getDisclosureId() {
        return disclosureId;
    }

    public long getMatterId() {
        return matterId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }
}
