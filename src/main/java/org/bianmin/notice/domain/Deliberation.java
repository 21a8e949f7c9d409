package org.bianmin.notice.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianmin.shared.domain.BusinessException;

/**
 * The four discussions of one decision matter, in order. A step is recorded with its meeting; only a passed meeting
 * moves on, a failed quorum or vote is kept in the record and the step may be held again. Steps cannot be skipped or
 * reordered, and meetings cannot go back in time.
 */
public class Deliberation implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<Step, Set<MeetingForm>> FORMS = Map.of(
            Step.PARTY_PROPOSAL,
            EnumSet.of(MeetingForm.PARTY_ORGANISATION, MeetingForm.MERGED_PROPOSAL_AND_DELIBERATION),
            Step.COMMITTEES_DELIBERATION,
            EnumSet.of(MeetingForm.JOINT_COMMITTEES),
            Step.PARTY_MEMBERS_REVIEW,
            EnumSet.of(MeetingForm.PARTY_MEMBERS),
            Step.VILLAGERS_RESOLUTION,
            EnumSet.of(MeetingForm.VILLAGERS_ASSEMBLY, MeetingForm.VILLAGER_REPRESENTATIVES));

    private final List<Meeting> meetings = new ArrayList<>();
    private boolean dropped;

    /**
     * The deliberation as stored: the meetings with the outcomes they had when recorded (thresholds changed later do
     * not change a past outcome).
     */
    public static Deliberation restore(List<Meeting> meetings, boolean dropped) {
        Deliberation deliberation = new Deliberation();
        deliberation.meetings.addAll(meetings);
        deliberation.dropped = dropped;
        return deliberation;
    }

    /** The forms a step may be held in. */
    public static Set<MeetingForm> formsFor(Step step) {
        return EnumSet.copyOf(FORMS.get(step));
    }

    /** The step to record next, or null once the villagers have resolved (or the matter was dropped). */
    public Step nextStep() {
        if (dropped) {
            return null;
        }
        Step next = Step.PARTY_PROPOSAL;
        for (Meeting meeting : meetings) {
            if (meeting.outcome() == Outcome.PASSED) {
                next = meeting.form() == MeetingForm.MERGED_PROPOSAL_AND_DELIBERATION
                        ? Step.PARTY_MEMBERS_REVIEW
                        : following(meeting.step());
            }
        }
        return next;
    }

    private static Step following(Step step) {
        return step == Step.VILLAGERS_RESOLUTION ? null : Step.values()[step.ordinal() + 1];
    }

    /**
     * Records a meeting for the next step and says how it ended.
     *
     * @throws BusinessException when the step is not the next one, the form does not suit it, or the date is before
     *     the previous meeting's
     */
    public Outcome record(Step step, MeetingForm form, LocalDate date, Attendance attendance, VotingRules rules) {
        Step expected = nextStep();
        if (expected == null) {
            throw new BusinessException(dropped ? "notice.error.dropped" : "notice.error.allStepsDone");
        }
        if (step != expected) {
            throw new BusinessException("notice.error.stepOrder", step, expected);
        }
        if (form == null || !FORMS.get(step).contains(form)) {
            throw new BusinessException("notice.error.formForStep", form, step);
        }
        if (date == null) {
            throw new BusinessException("notice.error.dateMissing");
        }
        if (!meetings.isEmpty()
                && date.isBefore(meetings.get(meetings.size() - 1).date())) {
            throw new BusinessException(
                    "notice.error.dateOrder",
                    date,
                    meetings.get(meetings.size() - 1).date());
        }
        Outcome outcome = !rules.quorate(form, attendance)
                ? Outcome.NO_QUORUM
                : rules.passed(form, attendance) ? Outcome.PASSED : Outcome.REJECTED;
        meetings.add(new Meeting(step, form, date, attendance, outcome));
        return outcome;
    }

    /** The villagers have resolved: the resolution may be disclosed. */
    public boolean resolved() {
        return !dropped && nextStep() == null;
    }

    /** The village gives the matter up (after a failed vote, for example); the record stays. */
    public void drop() {
        if (resolved()) {
            throw new BusinessException("notice.error.alreadyResolved");
        }
        dropped = true;
    }

    public boolean isDropped() {
        return dropped;
    }

    public List<Meeting> meetings() {
        return List.copyOf(meetings);
    }
}
