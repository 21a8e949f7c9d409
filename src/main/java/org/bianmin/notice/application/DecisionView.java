package org.bianmin.notice.application;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.bianmin.notice.domain.AttachmentInfo;
import org.bianmin.notice.domain.DecisionAction;
import org.bianmin.notice.domain.DecisionMatter;
import org.bianmin.notice.domain.MeetingForm;
import org.bianmin.notice.domain.Step;
import org.bianmin.notice.domain.VotingRules;

/**
 * A decision matter as a page shows it: the matter, where it is, what the reader may do now, its files, and what the
 * next meeting may be.
 *
 * @param nextStep the step to record next, or null
 * @param nextForms the forms the next step may be held in
 * @param townReviews whether the matter's town reviews resolution disclosures
 * @param disclosureDays the default length of a disclosure
 */
public record DecisionView(
        DecisionMatter matter,
        String villageName,
        String townName,
        Set<DecisionAction> actions,
        List<AttachmentInfo> attachments,
        Step nextStep,
        List<MeetingForm> nextForms,
        boolean townReviews,
        int disclosureDays,
        VotingRules rules)
        implements Serializable {

    public boolean can(String action) {
        return actions.contains(DecisionAction.valueOf(action));
    }

    public DecisionMatter getMatter() {
        return matter;
    }

    public String getVillageName() {
        return villageName;
    }

    public String getTownName() {
        return townName;
    }

    public List<AttachmentInfo> getAttachments() {
        return attachments;
    }

    public Step getNextStep() {
        return nextStep;
    }

    public List<MeetingForm> getNextForms() {
        return nextForms;
    }

    public boolean isTownReviews() {
        return townReviews;
    }

    public int getDisclosureDays() {
        return disclosureDays;
    }

    /** Files of one meeting, or of the matter itself when {@code meetingId} is null and no disclosure. */
    public List<AttachmentInfo> filesOfMeeting(Long meetingId) {
        return attachments.stream()
                .filter(a -> java.util.Objects.equals(a.getMeetingId(), meetingId) && a.getDisclosureId() == null)
                .toList();
    }

    public List<AttachmentInfo> filesOfDisclosure(Long disclosureId) {
        return attachments.stream()
                .filter(a -> disclosureId != null && disclosureId.equals(a.getDisclosureId()))
                .toList();
    }
}
