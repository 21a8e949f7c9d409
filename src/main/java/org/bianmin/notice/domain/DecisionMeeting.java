package org.bianmin.notice.domain;

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

/**
 * One meeting of the four discussions as stored: never changed once recorded (a failed one stays, and the step is held
 * again). Created only by {@link DecisionMatter#recordMeeting}.
 */
@Entity
@Table(name = "decision_meeting")
public class DecisionMeeting extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_MINUTES = 5000;
    public static final int MAX_OFFICIALS = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    private DecisionMatter matter;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, updatable = false, length = 30)
    private Step step;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, updatable = false, length = 40)
    private MeetingForm form;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(name = "expected", nullable = false, updatable = false)
    private int expected;

    @Column(name = "present", nullable = false, updatable = false)
    private int present;

    @Column(name = "households_expected", updatable = false)
    private Integer householdsExpected;

    @Column(name = "households_present", updatable = false)
    private Integer householdsPresent;

    @Column(name = "votes_for", updatable = false)
    private Integer votesFor;

    @Column(name = "votes_against", updatable = false)
    private Integer votesAgainst;

    @Column(name = "votes_abstaining", updatable = false)
    private Integer votesAbstaining;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 16)
    private Outcome outcome;

    @Column(name = "minutes", updatable = false, length = MAX_MINUTES)
    private String minutes;

    @Column(name = "town_officials", updatable = false, length = MAX_OFFICIALS)
    private String townOfficials;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    protected DecisionMeeting() {}

    DecisionMeeting(
            DecisionMatter matter, int seq, Meeting meeting, String minutes, String townOfficials, long recordedBy) {
        this.matter = matter;
        this.seq = seq;
        this.step = meeting.step();
        this.form = meeting.form();
        this.heldOn = meeting.date();
        Attendance a = meeting.attendance();
        this.expected = a.expected();
        this.present = a.present();
        this.votesFor = a.votesFor();
        this.votesAgainst = a.votesAgainst();
        this.votesAbstaining = a.abstentions();
        if (meeting.form() == MeetingForm.VILLAGERS_ASSEMBLY) {
            this.householdsExpected = a.householdsExpected();
            this.householdsPresent = a.householdsPresent();
        }
        this.outcome = meeting.outcome();
        this.minutes = minutes;
        this.townOfficials = townOfficials;
        this.recordedBy = recordedBy;
    }

    /** The meeting as the deliberation rules see it. */
    public Meeting toMeeting() {
        return new Meeting(step, form, heldOn, attendance(), outcome);
    }

    public Attendance attendance() {
        return new Attendance(
                expected,
                present,
                nz(votesFor),
                nz(votesAgainst),
                nz(votesAbstaining),
                nz(householdsExpected),
                nz(householdsPresent));
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }

    public DecisionMatter getMatter() {
        return matter;
    }

    public int getSeq() {
        return seq;
    }

    public Step getStep() {
        return step;
    }

    public MeetingForm getForm() {
        return form;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getExpected() {
        return expected;
    }

    public int getPresent() {
        return present;
    }

    public Integer getHouseholdsExpected() {
        return householdsExpected;
    }

    public Integer getHouseholdsPresent() {
        return householdsPresent;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public Integer getVotesAbstaining() {
        return votesAbstaining;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getTownOfficials() {
        return townOfficials;
    }

    public long getRecordedBy() {
        return recordedBy;
    }
}
