package org.bianmin.notice.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.notice.domain.Attendance;
import org.bianmin.notice.domain.DecisionAction;
import org.bianmin.notice.domain.DecisionAttachment;
import org.bianmin.notice.domain.DecisionCategory;
import org.bianmin.notice.domain.DecisionDisclosure;
import org.bianmin.notice.domain.DecisionMatter;
import org.bianmin.notice.domain.DecisionMeeting;
import org.bianmin.notice.domain.DecisionPolicy;
import org.bianmin.notice.domain.DecisionRepository;
import org.bianmin.notice.domain.DecisionSettings;
import org.bianmin.notice.domain.DecisionStatus;
import org.bianmin.notice.domain.DisclosurePeriod;
import org.bianmin.notice.domain.MeetingForm;
import org.bianmin.notice.domain.MotionSource;
import org.bianmin.notice.domain.Outcome;
import org.bianmin.notice.domain.Step;
import org.bianmin.onestop.domain.FileKind;
import org.bianmin.onestop.domain.Upload;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/**
 * A village clerk's decision matters: opening and describing them, the four discussions, dropping, the two
 * disclosures and their files. Every method checks {@link DecisionPolicy} against the matter's village; a matter of
 * another village is refused, never shown.
 */
@Stateless
public class DecisionService {

    /** Dates of meetings and disclosures are the village's dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final int MAX_LIST = 500;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private PlaceRepository places;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    @Inject
    private DecisionViews views;

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** What a clerk types to open or edit a matter. */
    public record MatterForm(
            String title, Long categoryId, MotionSource source, String description, BigDecimal estimatedFunds)
            implements Serializable {}

    /**
     * What a clerk types for a meeting; the counts stay boxed so a missing one is told apart from a zero.
     *
     * @param householdsExpected and {@code householdsPresent}: only for a villagers' assembly, may be empty
     */
    public record MeetingInput(
            Step step,
            MeetingForm form,
            LocalDate heldOn,
            Integer expected,
            Integer present,
            Integer votesFor,
            Integer votesAgainst,
            Integer abstaining,
            Integer householdsExpected,
            Integer householdsPresent,
            String minutes,
            String townOfficials)
            implements Serializable {}

    /** The result of carrying a resolution out (实施结果公开). */
    public record ResultForm(
            String body,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal fundsUsed,
            String progress,
            LocalDate completedOn)
            implements Serializable {}

    public List<DecisionCategory> activeCategories() {
        return decisions.categories(true);
    }

    /** The clerk's own village's matters, newest change first. */
    public List<DecisionMatter> myMatters(DecisionStatus status) {
        SignedInUser user = clerk();
        return touched(decisions.byPlace(user.scopeCode(), status, MAX_LIST));
    }

    public DecisionView view(long id) {
        SignedInUser user = currentUser.get().orElseThrow(AccessDeniedException::new);
        DecisionMatter matter = decisions.find(id).orElseThrow(NotFoundException::new);
        if (!DecisionPolicy.mayRead(user, matter.getVillageCode())) {
            throw new AccessDeniedException();
        }
        return views.of(user, matter);
    }

    /** Opens a matter of the clerk's own village. */
    public long open(MatterForm form, List<Upload> files) {
        SignedInUser user = clerk();
        if (!DecisionPolicy.mayRecord(user, user.scopeCode())
                || places.findByCode(user.scopeCode()).isEmpty()) {
            throw new BusinessException("notice.error.village");
        }
        checkFileCount(files);
        DecisionMatter matter = DecisionMatter.open(
                user.scopeCode(),
                form.title(),
                form.categoryId() == null ? null : category(form.categoryId()),
                form.source(),
                form.description(),
                form.estimatedFunds(),
                user.id());
        decisions.save(matter);
        attach(matter, null, null, files, false, user, "file");
        audit.record(
                AuditAction.DECISION_OPENED,
                "decisionMatter",
                matter.getId(),
                matter.getCategory().getCode());
        return matter.getId();
    }

    public void edit(long id, int expectedVersion, MatterForm form) {
        SignedInUser user = clerk();
        DecisionMatter matter = recordable(id, expectedVersion, user);
        matter.edit(
                form.title(),
                form.categoryId() == null ? null : category(form.categoryId()),
                form.source(),
                form.description(),
                form.estimatedFunds());
        decisions.save(matter);
        audit.record(
                AuditAction.DECISION_EDITED,
                "decisionMatter",
                id,
                matter.getCategory().getCode());
    }

    /**
     * Records a meeting of the next step and says how it ended. A failed quorum or vote is stored too.
     *
     * @throws BusinessException for a missing or impossible count, a step out of order, a date out of order
     */
    public Outcome recordMeeting(long id, int expectedVersion, MeetingInput input, List<Upload> files) {
        SignedInUser user = clerk();
        DecisionMatter matter = recordable(id, expectedVersion, user);
        checkFileCount(files);
        if (input.step() == null) {
            throw new BusinessException("notice.error.stepMissing");
        }
        Attendance attendance = attendance(input);
        DecisionMeeting meeting = matter.recordMeeting(
                input.step(),
                input.form(),
                input.heldOn(),
                attendance,
                input.minutes(),
                input.townOfficials(),
                decisions.settings().rules(),
                today(),
                user.id());
        decisions.save(matter);
        DecisionMeeting saved = matter.getMeetings().get(matter.getMeetings().size() - 1);
        attach(matter, saved.getId(), null, files, false, user, "meeting");
        audit.record(
                AuditAction.DECISION_MEETING_RECORDED,
                "decisionMatter",
                id,
                meeting.getStep() + " " + meeting.getForm() + " " + meeting.getOutcome());
        return meeting.getOutcome();
    }

    private static Attendance attendance(MeetingInput input) {
        require(input.expected(), "expected");
        require(input.present(), "present");
        require(input.votesFor(), "votesFor");
        require(input.votesAgainst(), "votesAgainst");
        require(input.abstaining(), "abstaining");
        boolean assembly = input.form() == MeetingForm.VILLAGERS_ASSEMBLY;
        int householdsExpected = assembly && input.householdsExpected() != null ? input.householdsExpected() : 0;
        int householdsPresent = assembly && input.householdsPresent() != null ? input.householdsPresent() : 0;
        return new Attendance(
                input.expected(),
                input.present(),
                input.votesFor(),
                input.votesAgainst(),
                input.abstaining(),
                householdsExpected,
                householdsPresent);
    }

    private static void require(Integer value, String field) {
        if (value == null) {
            throw new BusinessException("notice.error.numberMissing", new FieldName(field));
        }
    }

    /** A field name the page translates ({@code clerk_decision.<name>}) when it shows the message. */
    public record FieldName(String key) implements Serializable {}

    public void drop(long id, int expectedVersion, String reason) {
        SignedInUser user = clerk();
        DecisionMatter matter = recordable(id, expectedVersion, user);
        matter.drop(reason, LocalDateTime.now());
        decisions.save(matter);
        audit.record(AuditAction.DECISION_DROPPED, "decisionMatter", id, "dropped");
    }

    /**
     * Submits the resolution disclosure: published at once, or sent to the town when it reviews.
     *
     * @return whether it was published (false: it waits for the town)
     */
    public boolean submitResolution(long id, int expectedVersion, String body, LocalDate startsOn, LocalDate endsOn) {
        SignedInUser user = clerk();
        DecisionMatter matter = recordable(id, expectedVersion, user);
        DecisionSettings settings = decisions.settings();
        DecisionDisclosure disclosure = matter.submitResolution(
                body,
                new DisclosurePeriod(startsOn, endsOn),
                decisions.townReviews(townOf(matter)),
                settings.getResultDueDays(),
                LocalDateTime.now(),
                user.id());
        decisions.save(matter);
        audit.record(
                AuditAction.DECISION_RESOLUTION_SUBMITTED,
                "decisionMatter",
                id,
                disclosure.getState().name());
        return disclosure.isPublished();
    }

    /** Publishes the result disclosure; its photos are public. */
    public void publishResult(long id, int expectedVersion, ResultForm form, List<Upload> photos) {
        SignedInUser user = clerk();
        DecisionMatter matter = recordable(id, expectedVersion, user);
        checkFileCount(photos);
        if (photos.stream().anyMatch(p -> !p.isImage())) {
            throw new BusinessException("notice.error.photosOnly");
        }
        matter.publishResult(
                form.body(),
                new DisclosurePeriod(form.startsOn(), form.endsOn()),
                form.fundsUsed(),
                form.progress(),
                form.completedOn(),
                LocalDateTime.now(),
                user.id());
        decisions.save(matter);
        DecisionDisclosure result = matter.disclosure(org.bianmin.notice.domain.DisclosureKind.RESULT)
                .orElseThrow();
        attach(matter, null, result.getId(), photos, true, user, "photo");
        audit.record(AuditAction.DECISION_RESULT_PUBLISHED, "decisionMatter", id, "result");
    }

    /** Adds files to a matter (not to a meeting or disclosure already recorded). */
    public void addFiles(long id, List<Upload> files) {
        SignedInUser user = clerk();
        DecisionMatter matter = decisions.find(id).orElseThrow(NotFoundException::new);
        if (!DecisionPolicy.actions(user, matter).contains(DecisionAction.ATTACH)) {
            throw new AccessDeniedException();
        }
        if (decisions.attachments(id).size() + files.size() > FileKind.MAX_FILES * 5) {
            throw new BusinessException("notice.error.fileLimit", FileKind.MAX_FILES * 5);
        }
        attach(matter, null, null, files, false, user, "file");
    }

    /** A file for someone who may read the matter. */
    public DecisionAttachment file(long attachmentId) {
        SignedInUser user = currentUser.get().orElseThrow(AccessDeniedException::new);
        DecisionAttachment file = decisions.findAttachment(attachmentId).orElseThrow(NotFoundException::new);
        DecisionMatter matter = decisions.find(file.getMatterId()).orElseThrow(NotFoundException::new);
        if (!DecisionPolicy.mayRead(user, matter.getVillageCode())) {
            throw new AccessDeniedException();
        }
        file.getContent();
        return file;
    }

    private void attach(
            DecisionMatter matter,
            Long meetingId,
            Long disclosureId,
            List<Upload> files,
            boolean publicVisible,
            SignedInUser user,
            String prefix) {
        int n = decisions.attachments(matter.getId()).size();
        for (Upload upload : files) {
            n++;
            decisions.saveAttachment(new DecisionAttachment(
                    matter.getId(),
                    meetingId,
                    disclosureId,
                    prefix + "-" + n + upload.kind().extension(),
                    upload.kind().contentType(),
                    upload.content(),
                    publicVisible,
                    user.id()));
        }
        if (!files.isEmpty()) {
            audit.record(
                    AuditAction.DECISION_ATTACHMENT_ADDED, "decisionMatter", matter.getId(), files.size() + " file(s)");
        }
    }

    private static void checkFileCount(List<Upload> files) {
        if (files.size() > FileKind.MAX_FILES) {
            throw new BusinessException("notice.error.fileLimit", FileKind.MAX_FILES);
        }
    }

    private DecisionCategory category(Long id) {
        if (id == null) {
            throw new BusinessException("notice.error.categoryMissing");
        }
        return decisions.findCategory(id).orElseThrow(() -> new BusinessException("notice.error.categoryMissing"));
    }

    private SignedInUser clerk() {
        return currentUser.require(Permission.DECISION_RECORD);
    }

    private DecisionMatter recordable(long id, int expectedVersion, SignedInUser user) {
        DecisionMatter matter = decisions.find(id).orElseThrow(NotFoundException::new);
        if (!DecisionPolicy.mayRecord(user, matter.getVillageCode())) {
            throw new AccessDeniedException();
        }
        if (matter.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        return matter;
    }

    String townOf(DecisionMatter matter) {
        return places.findByCode(matter.getVillageCode())
                .map(Place::getParent)
                .map(Place::getCode)
                .orElse("");
    }

    /** Loads what the pages read after the transaction. */
    static List<DecisionMatter> touched(List<DecisionMatter> matters) {
        matters.forEach(m -> {
            m.getMeetings().size();
            m.getDisclosures().size();
        });
        return matters;
    }
}
