package org.bianmin.eldercare.domain;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bianmin.matter.domain.Channel;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.IdNumber;
import org.bianmin.shared.domain.Sex;

/**
 * 居家养老申请: one elder's application for government-purchased home care, and its stages in order (village home
 * check with the public posting, town verification, ability assessment, district decision, service plan). The stage
 * changes only through the methods here, which keep the {@link StageTrail}; who may call them is {@link CarePolicy}'s
 * question, asked by the service. Health notes are kept only with a consent recorded apart from them.
 */
@Entity
@Table(name = "care_application")
public class CareApplication extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_REASON = 500;

    @Column(name = "tracking_number", nullable = false, length = 32, updatable = false)
    private String trackingNumber;

    @Column(name = "matter_id", nullable = false, updatable = false)
    private long matterId;

    @Column(name = "village_code", nullable = false, length = 12, updatable = false)
    private String villageCode;

    @Column(name = "town_code", nullable = false, length = 12, updatable = false)
    private String townCode;

    @Column(name = "elder_name", nullable = false, length = 64, updatable = false)
    private String elderName;

    @Column(name = "elder_id_number", nullable = false, length = 18, updatable = false)
    private String elderIdNumber;

    @Column(name = "elder_phone", length = 11, updatable = false)
    private String elderPhone;

    @Column(name = "address", nullable = false, length = 200, updatable = false)
    private String address;

    @Column(name = "health_notes", updatable = false)
    private String healthNotes;

    @Column(name = "health_consent_at", updatable = false)
    private LocalDateTime healthConsentAt;

    @Column(name = "health_consent_by", length = 64, updatable = false)
    private String healthConsentBy;

    @Column(name = "guardian_name", length = 64, updatable = false)
    private String guardianName;

    @Column(name = "guardian_phone", length = 11, updatable = false)
    private String guardianPhone;

    @Column(name = "guardian_relation", length = 32, updatable = false)
    private String guardianRelation;

    @Column(name = "applicant_name", nullable = false, length = 64, updatable = false)
    private String applicantName;

    @Column(name = "applicant_relation", nullable = false, length = 32, updatable = false)
    private String applicantRelation;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private Channel channel;

    @Column(name = "helper_id", updatable = false)
    private Long helperId;

    @Column(name = "helper_name", length = 64, updatable = false)
    private String helperName;

    @Column(name = "eligible", nullable = false, updatable = false)
    private boolean eligible;

    @Column(name = "eligibility_note", length = 500, updatable = false)
    private String eligibilityNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_application_situation", joinColumns = @JoinColumn(name = "application_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "situation", length = 40)
    private Set<LivingSituation> situations = EnumSet.noneOf(LivingSituation.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_application_service", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "option_id")
    private Set<Long> serviceOptionIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 30)
    private Stage stage = Stage.VILLAGE_CHECK;

    @Column(name = "stage_due_on")
    private LocalDate stageDueOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_application_move", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<StageMove> moves = new ArrayList<>();

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    @Column(name = "visited_by", length = 100)
    private String visitedBy;

    @Column(name = "visit_findings", length = MAX_NOTE)
    private String visitFindings;

    @Column(name = "posting_starts_on")
    private LocalDate postingStartsOn;

    @Column(name = "posting_ends_on")
    private LocalDate postingEndsOn;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Column(name = "verification_note", length = MAX_REASON)
    private String verificationNote;

    @Column(name = "assessor_name", length = 64)
    private String assessorName;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(name = "assessment_score")
    private Integer assessmentScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", length = 30)
    private AbilityGrade grade;

    @Column(name = "assessment_note", length = MAX_NOTE)
    private String assessmentNote;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decision_note", length = MAX_REASON)
    private String decisionNote;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "refused_reason", length = MAX_REASON)
    private String refusedReason;

    @Column(name = "refused_on")
    private LocalDate refusedOn;

    protected CareApplication() {}

    /** Files an application whose details the service has checked; it starts at the village home check. */
    public static CareApplication file(
            String trackingNumber,
            long matterId,
            String townCode,
            ApplicationDetails details,
            Eligibility eligibility,
            String eligibilityNote,
            Channel channel,
            Long helperId,
            String helperName,
            LocalDateTime now,
            LocalDate firstDue) {
        CareApplication a = new CareApplication();
        a.trackingNumber = trackingNumber;
        a.matterId = matterId;
        a.villageCode = details.villageCode();
        a.townCode = townCode;
        a.elderName = details.elderName();
        a.elderIdNumber = details.idNumber().value();
        a.elderPhone = details.elderPhone();
        a.address = details.address();
        if (details.healthNotes() != null) {
            a.healthNotes = details.healthNotes();
            a.healthConsentAt = now;
            a.healthConsentBy = details.applicantName();
        }
        a.guardianName = details.guardianName();
        a.guardianPhone = details.guardianPhone();
        a.guardianRelation = details.guardianRelation();
        a.applicantName = details.applicantName();
        a.applicantRelation = details.applicantRelation();
        a.situations = details.situations().isEmpty()
                ? EnumSet.noneOf(LivingSituation.class)
                : EnumSet.copyOf(details.situations());
        a.serviceOptionIds = new LinkedHashSet<>(details.serviceOptionIds());
        a.channel = channel;
        a.helperId = helperId;
        a.helperName = helperName;
        a.eligible = eligibility.eligible();
        a.eligibilityNote = eligibilityNote;
        a.stageDueOn = firstDue;
        return a;
    }

    private StageTrail trail() {
        return StageTrail.resume(stage, moves.stream().map(StageMove::toMove).toList());
    }

    private void keep(StageTrail trail, LocalDate due) {
        List<StageTrail.Move> all = trail.moves();
        for (int i = moves.size(); i < all.size(); i++) {
            moves.add(StageMove.of(all.get(i)));
        }
        stage = trail.stage();
        stageDueOn = due;
    }

    /**
     * 入户核查: the village records its home visit; the application goes up on the village board for the posting
     * period (from today) and the town's verification is due after it.
     */
    public void recordHomeCheck(
            LocalDate visited,
            String visitors,
            String findings,
            PostingPeriod posting,
            String actor,
            LocalDateTime now,
            LocalDate due) {
        StageTrail trail = trail();
        trail.complete(Stage.VILLAGE_CHECK, actor, now);
        if (visited == null || visited.isAfter(now.toLocalDate())) {
            throw new BusinessException("eldercare.error.visitDate");
        }
        visitedOn = visited;
        visitedBy = required(visitors, 100, "eldercare.error.visitedBy");
        visitFindings = required(findings, MAX_NOTE, "eldercare.error.findings");
        postingStartsOn = posting.startsOn();
        postingEndsOn = posting.endsOn();
        keep(trail, due);
    }

    /** 镇街审核: only once the posting has ended. */
    public void verify(String note, String actor, LocalDateTime now, LocalDate due) {
        StageTrail trail = trail();
        trail.complete(Stage.TOWN_VERIFICATION, actor, now);
        if (postingEndsOn == null || !posting().isOver(now.toLocalDate())) {
            throw new BusinessException("eldercare.error.postingRunning", postingEndsOn);
        }
        verifiedOn = now.toLocalDate();
        verifiedBy = actor;
        verificationNote = optional(note, MAX_REASON);
        keep(trail, due);
    }

    /** 能力评估 (GB/T 42195-2022): who assessed, when, the score (0–100) and the grade. */
    public void assess(
            String assessor,
            LocalDate on,
            Integer score,
            AbilityGrade abilityGrade,
            String note,
            String actor,
            LocalDateTime now,
            LocalDate due) {
        StageTrail trail = trail();
        trail.complete(Stage.ABILITY_ASSESSMENT, actor, now);
        if (on == null || on.isAfter(now.toLocalDate()) || (visitedOn != null && on.isBefore(visitedOn))) {
            throw new BusinessException("eldercare.error.assessedOn");
        }
        if (score == null || score < 0 || score > 100) {
            throw new BusinessException("eldercare.error.score", 0, 100);
        }
        if (abilityGrade == null) {
            throw new BusinessException("eldercare.error.grade");
        }
        assessorName = required(assessor, 64, "eldercare.error.assessor");
        assessedOn = on;
        assessmentScore = score;
        grade = abilityGrade;
        assessmentNote = optional(note, MAX_NOTE);
        keep(trail, due);
    }

    /**
     * 批准: the district approves; the service plan is due next. An applicant the rules do not cover may be approved
     * only with the reason written down.
     */
    public void approve(String note, String actor, LocalDateTime now, LocalDate due) {
        String reason = optional(note, MAX_REASON);
        if (!eligible && reason == null) {
            throw new BusinessException("eldercare.error.approveReason");
        }
        StageTrail trail = trail();
        trail.complete(Stage.DISTRICT_APPROVAL, actor, now);
        decidedBy = actor;
        decisionNote = reason;
        approvedOn = now.toLocalDate();
        keep(trail, due);
    }

    /** 不予批准, with the reason the applicant is told. */
    public void refuse(String reason, String actor, LocalDateTime now) {
        StageTrail trail = trail();
        trail.refuse(reason, actor, now);
        decidedBy = actor;
        refusedReason = reason.strip();
        refusedOn = now.toLocalDate();
        keep(trail, null);
    }

    /** 退回 to an earlier stage; what that stage and the later ones recorded is done again (the trail keeps it). */
    public void sendBack(Stage to, String reason, String actor, LocalDateTime now, LocalDate due) {
        StageTrail trail = trail();
        trail.sendBack(to, reason, actor, now);
        if (to == Stage.VILLAGE_CHECK) {
            postingStartsOn = null;
            postingEndsOn = null;
        }
        keep(trail, due);
    }

    /** The plan is made (care-plans): the application is in service. */
    public void startService(String actor, LocalDateTime now) {
        StageTrail trail = trail();
        trail.complete(Stage.SERVICE_PLAN, actor, now);
        keep(trail, null);
    }

    /** Whether objections are taken today: the posting is up and the town has not verified yet. */
    public boolean isPostedOn(LocalDate day) {
        return stage == Stage.TOWN_VERIFICATION
                && postingEndsOn != null
                && posting().isOn(day);
    }

    public PostingPeriod posting() {
        return postingStartsOn == null ? null : new PostingPeriod(postingStartsOn, postingEndsOn);
    }

    /** Past its stage's deadline (the day after the due date). */
    public boolean isOverdueOn(LocalDate day) {
        return stageDueOn != null && !stage.isFinal() && day.isAfter(stageDueOn);
    }

    private static String required(String text, int max, String key) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new BusinessException(key, max);
        }
        return t;
    }

    private static String optional(String text, int max) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw new BusinessException("eldercare.error.noteTooLong", max);
        }
        return t.isEmpty() ? null : t;
    }

    public IdNumber idNumber() {
        return new IdNumber(elderIdNumber);
    }

    public int ageOn(LocalDate day) {
        return idNumber().ageOn(day);
    }

    public Sex sex() {
        return idNumber().sex();
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public long getMatterId() {
        return matterId;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public String getTownCode() {
        return townCode;
    }

    public String getElderName() {
        return elderName;
    }

    public String getElderIdNumber() {
        return elderIdNumber;
    }

    public String getElderPhone() {
        return elderPhone;
    }

    public String getAddress() {
        return address;
    }

    /** Read through the service only, which checks the scope and audits the view. */
    public String healthNotes() {
        return healthNotes;
    }

    public boolean hasHealthNotes() {
        return healthNotes != null;
    }

    public LocalDateTime getHealthConsentAt() {
        return healthConsentAt;
    }

    public String getHealthConsentBy() {
        return healthConsentBy;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    public String getGuardianRelation() {
        return guardianRelation;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantRelation() {
        return applicantRelation;
    }

    public Channel getChannel() {
        return channel;
    }

    public Long getHelperId() {
        return helperId;
    }

    public String getHelperName() {
        return helperName;
    }

    public boolean isEligible() {
        return eligible;
    }

    public String getEligibilityNote() {
        return eligibilityNote;
    }

    public Set<LivingSituation> getSituations() {
        return situations.isEmpty() ? EnumSet.noneOf(LivingSituation.class) : EnumSet.copyOf(situations);
    }

    public Set<Long> getServiceOptionIds() {
        return Set.copyOf(serviceOptionIds);
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getStageDueOn() {
        return stageDueOn;
    }

    public List<StageMove> getMoves() {
        return List.copyOf(moves);
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getVisitedBy() {
        return visitedBy;
    }

    public String getVisitFindings() {
        return visitFindings;
    }

    public LocalDate getPostingStartsOn() {
        return postingStartsOn;
    }

    public LocalDate getPostingEndsOn() {
        return postingEndsOn;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public String getAssessorName() {
        return assessorName;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public Integer getAssessmentScore() {
        return assessmentScore;
    }

    public AbilityGrade getGrade() {
        return grade;
    }

    public String getAssessmentNote() {
        return assessmentNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getRefusedReason() {
        return refusedReason;
    }

    public LocalDate getRefusedOn() {
        return refusedOn;
    }

    @Override
    public String toString() {
        return "CareApplication " + getId() + " at " + stage; // never the personal data
    }
}
