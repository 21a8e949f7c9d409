package org.bianmin.rights.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.kiosk.application.EnrolledKiosk;
import org.bianmin.kiosk.application.KioskContext;
import org.bianmin.matter.application.FilingOnce;
import org.bianmin.matter.application.MatterService;
import org.bianmin.matter.domain.Actor;
import org.bianmin.matter.domain.Applicant;
import org.bianmin.matter.domain.Channel;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterRepository;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.notification.application.PhoneVerification;
import org.bianmin.notification.application.SentCode;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.rights.domain.Author;
import org.bianmin.rights.domain.Feedback;
import org.bianmin.rights.domain.FeedbackFilter;
import org.bianmin.rights.domain.FeedbackKeys;
import org.bianmin.rights.domain.FeedbackRepository;
import org.bianmin.rights.domain.ListItem;
import org.bianmin.rights.domain.ListVersion;
import org.bianmin.rights.domain.ListVersionRepository;
import org.bianmin.shared.application.SubmissionLimit;
import org.bianmin.shared.application.WorkingDays;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.Masking;
import org.bianmin.shared.domain.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Feedback on the list: given at a kiosk or online, named (confirmed by a phone code, and filed as a matter for the
 * owning office when it asks for an answer) or anonymous (no personal data kept); stored once per form however often
 * it is sent; answered and moderated by the owning office.
 */
@Stateless
public class FeedbackService {

    /** What the phone codes of this feature confirm (see {@link PhoneVerification}). */
    public static final String CODE_PURPOSE = "rights.feedback";

    @Inject
    private ListVersionRepository versions;

    @Inject
    private FeedbackRepository feedbacks;

    @Inject
    private FeedbackKeys keys;

    @Inject
    private MatterService matterService;

    @Inject
    private MatterRepository matters;

    @Inject
    private PlaceRepository places;

    @Inject
    private PhoneVerification phoneVerification;

    @Inject
    private FeedbackThrottle throttle;

    @Inject
    private KioskContext kiosk;

    @Inject
    private RightsOffice office;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private AuditLog audit;

    /** Working days the owning office has to answer named feedback (the matter's promised time). */
    @Inject
    @ConfigProperty(name = "bianmin.rights.answer-days", defaultValue = "15")
    private int answerDays;

    // ---- villagers ----

    /** Sends a code to the phone a person at this kiosk gave for named feedback. */
    public SentCode sendCodeAtKiosk(String phone) {
        return phoneVerification.send(CODE_PURPOSE, phone, kioskClient(kiosk.require()));
    }

    /** Sends a code to the phone a person gave online for named feedback. */
    public SentCode sendCodeOnline(String phone, String address) {
        return phoneVerification.send(CODE_PURPOSE, phone, address);
    }

    /** Whether the page shows the code it sent (demo mode: no SMS gateway). */
    public boolean codesShown() {
        return phoneVerification.isDemo();
    }

    /** At an enrolled kiosk: the village, and so the town, is the kiosk's own, never one from the page. */
    public Submitted submitAtKiosk(String formKey, FeedbackForm form) {
        EnrolledKiosk at = kiosk.require();
        Place village = activePlace(at.villageCode(), PlaceLevel.VILLAGE, "rights.error.village");
        return submit(
                formKey,
                form,
                kioskClient(at),
                Channel.KIOSK,
                village.getCode(),
                village.getCode().substring(0, 9));
    }

    /** Online: a named person chooses their village; an anonymous one may say which town they are from. */
    public Submitted submitOnline(String formKey, FeedbackForm form, String address) {
        String village = null;
        String town = null;
        if (form.named()) {
            village = activePlace(form.villageCode(), PlaceLevel.VILLAGE, "rights.error.village")
                    .getCode();
        } else if (form.townCode() != null && !form.townCode().isBlank()) {
            town = activePlace(form.townCode(), PlaceLevel.TOWN, "rights.error.town")
                    .getCode();
        }
        return submit(formKey, form, address, Channel.WEB, village, town);
    }

    private Submitted submit(
            String formKey, FeedbackForm form, String client, Channel channel, String villageCode, String townCode) {
        if (!throttle.tryAcquire(client, Instant.now())) {
            throw new BusinessException("rights.error.tooMany");
        }
        // a second submission of the same form waits for the first and is told what the first one stored
        return new FilingOnce(keys)
                .file(
                        formKey,
                        () -> store(form, channel, villageCode, townCode).getId(),
                        id -> submitted(feedbacks.find(id).orElseThrow()));
    }

    private Feedback store(FeedbackForm form, Channel channel, String villageCode, String townCode) {
        ListVersion version = versions.findByNumber(form.versionNumber())
                .orElseThrow(() -> new BusinessException("rights.error.notCurrent"));
        Author author = form.named() ? new Author(form.name(), form.phone(), villageCode) : null;
        LocalDateTime now = LocalDateTime.now();
        // every rule is checked before the code, so a mistake in the text never uses the code up
        Feedback feedback = Feedback.submit(
                version,
                form.itemKey(),
                form.type(),
                form.text(),
                author,
                form.named() ? null : townCode,
                channel,
                now);
        if (author != null) {
            phoneVerification.confirm(CODE_PURPOSE, author.phone(), form.code());
        }
        feedbacks.save(feedback);
        if (feedback.needsMatter()) {
            ListItem item = version.item(feedback.getItemKey()).orElseThrow();
            Matter matter = matterService.file(
                    MatterType.RIGHTS_FEEDBACK,
                    null,
                    subject(item, feedback),
                    new Applicant(author.name(), null, author.phone(), author.villageCode()),
                    channel,
                    answerDays,
                    Actor.villager());
            feedback.linkMatter(matter.getId());
            feedbacks.save(feedback);
        }
        return feedback;
    }

    /** E.g. 权责清单第3条「参与村庄规划」：建议修改 — stored, like every matter subject, in Chinese. */
    static String subject(ListItem item, Feedback feedback) {
        String text = "权责清单第" + item.getPosition() + "条「" + item.getTitle() + "」："
                + feedback.getType().subjectLabel();
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private Submitted submitted(Feedback feedback) {
        Optional<Matter> matter =
                feedback.getMatterId() == null ? Optional.empty() : matters.find(feedback.getMatterId());
        return new Submitted(
                feedback.getId(),
                feedback.getItemKey(),
                feedback.getType(),
                feedback.isNamed(),
                matter.map(Matter::getTrackingNumber).orElse(null),
                matter.map(m -> m.getOffice().getName()).orElse(null),
                matter.map(this::answerBy).orElse(null),
                matter.map(Matter::getPromisedDays).orElse(0));
    }

    private LocalDate answerBy(Matter matter) {
        return matter.getDueDate() != null
                ? matter.getDueDate()
                : workingDays
                        .calendar()
                        .addWorkingDays(matter.getSubmittedAt().toLocalDate(), matter.getPromisedDays());
    }

    private static String kioskClient(EnrolledKiosk at) {
        return SubmissionLimit.kiosk(at.deviceId());
    }

    private Place activePlace(String code, PlaceLevel level, String messageKey) {
        return places.findByCode(code == null ? "" : code)
                .filter(p -> p.getLevel() == level && p.isActive())
                .orElseThrow(() -> new BusinessException(messageKey));
    }

    /** Villages for a named person to choose from online, and towns for an anonymous one. */
    public List<Place> places(PlaceLevel level) {
        return places.findActive(level);
    }

    // ---- the owning office ----

    public List<StaffFeedback> search(FeedbackFilter filter, int first, int max) {
        office.requireKeeper();
        Map<Long, ListItem> items = new HashMap<>();
        for (ListVersion version : versions.findAll()) {
            version.getItems().forEach(i -> items.put(i.getId(), i));
        }
        Map<String, String> towns = new HashMap<>();
        places.findAll().stream()
                .filter(p -> p.getLevel() == PlaceLevel.TOWN)
                .forEach(p -> towns.put(p.getCode(), p.getName()));
        return feedbacks.search(filter, first, max).stream()
                .map(f -> {
                    ListItem item = items.get(f.getItemId());
                    return new StaffFeedback(
                            f.getId(),
                            f.getVersion(),
                            f.getVersionNumber(),
                            f.getItemKey(),
                            item == null ? null : item.getPosition(),
                            item == null ? null : item.getTitle(),
                            f.getType(),
                            f.getText(),
                            f.isNamed(),
                            f.getAuthorName(),
                            Masking.phone(f.getAuthorPhone()),
                            f.getTownCode() == null ? null : towns.get(f.getTownCode()),
                            f.getChannel(),
                            f.getSubmittedAt(),
                            f.getMatterId(),
                            f.getMatterId() == null
                                    ? null
                                    : matters.find(f.getMatterId())
                                            .map(Matter::getTrackingNumber)
                                            .orElse(null),
                            f.getAnswer(),
                            f.getAnsweredAt(),
                            f.getAnsweredBy(),
                            f.isHidden(),
                            f.getHiddenReason(),
                            f.getHiddenBy(),
                            f.getAdoptedVersionNumber());
                })
                .toList();
    }

    public long count(FeedbackFilter filter) {
        office.requireKeeper();
        return feedbacks.count(filter);
    }

    /** The office answers anonymous feedback publicly (named feedback is answered through its matter). */
    public void answer(long id, int expectedVersion, String text) {
        SignedInUser user = office.requireKeeper();
        Feedback feedback = current(id, expectedVersion);
        feedback.answer(text, user.username(), LocalDateTime.now());
        feedbacks.save(feedback);
        audit.record(
                AuditAction.RIGHTS_FEEDBACK_ANSWERED,
                "rightsFeedback",
                id,
                "v" + feedback.getVersionNumber() + " " + feedback.getItemKey() + " " + feedback.getType());
    }

    /** Moderation: abusive feedback leaves the public pages, with the reason kept and audited; its words stay. */
    public void hide(long id, int expectedVersion, String reason) {
        SignedInUser user = office.requireKeeper();
        Feedback feedback = current(id, expectedVersion);
        feedback.hide(reason, user.username(), LocalDateTime.now());
        feedbacks.save(feedback);
        audit.record(
                AuditAction.RIGHTS_FEEDBACK_HIDDEN,
                "rightsFeedback",
                id,
                "v" + feedback.getVersionNumber() + " " + feedback.getItemKey() + " " + feedback.getType() + " reason: "
                        + feedback.getHiddenReason());
    }

    private Feedback current(long id, int expectedVersion) {
        Feedback feedback = feedbacks.find(id).orElseThrow(NotFoundException::new);
        if (feedback.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        return feedback;
    }

    /** What a rights-feedback matter is about, for staff who may see the matter (otherwise "not found"). */
    public Optional<MatterFeedback> forMatter(long matterId) {
        matterService.open(matterId);
        return feedbacks.findByMatter(matterId).flatMap(feedback -> versions.find(feedback.getVersionId())
                .flatMap(version -> version.item(feedback.getItemKey()))
                .map(item -> new MatterFeedback(
                        feedback.getVersionNumber(),
                        item.getKey(),
                        item.getPosition(),
                        item.getTitle(),
                        item.getBody(),
                        feedback.getType(),
                        feedback.getText(),
                        feedback.isHidden(),
                        feedback.getHiddenReason())));
    }
}
