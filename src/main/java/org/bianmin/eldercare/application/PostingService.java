package org.bianmin.eldercare.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bianmin.eldercare.domain.CareApplication;
import org.bianmin.eldercare.domain.CareApplicationRepository;
import org.bianmin.eldercare.domain.CareObjection;
import org.bianmin.eldercare.domain.CareSettings;
import org.bianmin.kiosk.application.KioskContext;
import org.bianmin.matter.application.FilingOnce;
import org.bianmin.matter.application.MatterService;
import org.bianmin.matter.domain.Actor;
import org.bianmin.matter.domain.Applicant;
import org.bianmin.matter.domain.Channel;
import org.bianmin.matter.domain.FilingKeys;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterRepository;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.notification.application.PhoneVerification;
import org.bianmin.notification.application.SentCode;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.application.SubmissionLimit;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.Masking;
import org.bianmin.shared.domain.PhoneNumber;

/**
 * 公示: the applications on a village's public board (masked name, village, services applied for — nothing else),
 * and objections to them, confirmed by a code sent to the objector's phone and filed as ELDERCARE_OBJECTION matters
 * routed by the dispatch catalogue (the town office by default).
 */
@Stateless
public class PostingService {

    /** What the phone codes of this feature confirm (see {@link PhoneVerification}). */
    static final String CODE_PURPOSE = "eldercare.objection";

    @Inject
    private CareApplicationRepository repository;

    @Inject
    private CareApplicationService applications;

    @Inject
    private PlaceRepository places;

    @Inject
    private MatterService matterService;

    @Inject
    private MatterRepository matters;

    @Inject
    private FilingKeys filingKeys;

    @Inject
    private PhoneVerification phoneVerification;

    @Inject
    private PostingObjectionThrottle throttle;

    @Inject
    private KioskContext kiosk;

    public Optional<Place> village(String code) {
        return places.findByCode(code == null ? "" : code)
                .filter(p -> p.getLevel() == PlaceLevel.VILLAGE && p.isActive());
    }

    /** The applications posted in a village today. */
    public List<PostedApplication> posted(String villageCode, Locale locale) {
        Place village = village(villageCode).orElse(null);
        if (village == null) {
            return List.of();
        }
        String villageName = name(village, locale);
        return repository.postedIn(village.getCode(), LocalDate.now()).stream()
                .map(a -> posted(a, villageName, locale))
                .toList();
    }

    /** One posted application, for the objection form; empty when it is not on a board today. */
    public Optional<PostedApplication> postedApplication(long id, Locale locale) {
        return repository
                .find(id)
                .filter(a -> a.isPostedOn(LocalDate.now()))
                .map(a -> posted(
                        a, village(a.getVillageCode()).map(v -> name(v, locale)).orElse(""), locale));
    }

    private PostedApplication posted(CareApplication a, String villageName, Locale locale) {
        return new PostedApplication(
                a.getId(),
                Masking.name(a.getElderName()),
                villageName,
                applications.serviceNames(a, locale),
                a.getPostingStartsOn(),
                a.getPostingEndsOn());
    }

    private static String name(Place place, Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && place.getNameEn() != null
                ? place.getNameEn()
                : place.getName();
    }

    public int postingDays() {
        CareSettings settings = applications.settings();
        return settings.postingDays();
    }

    public SentCode sendCode(String phone, String client) {
        return phoneVerification.send(CODE_PURPOSE, phone, client);
    }

    public boolean codesShown() {
        return phoneVerification.isDemo();
    }

    /**
     * Files an objection once per form key: the application must be on its board today, the objector gives a name,
     * a phone confirmed by the code and the text. Returns the objection matter's tracking number.
     */
    public String object(
            String formKey, long applicationId, String name, String phone, String code, String text, String address) {
        Channel channel = kiosk.isEnrolled() ? Channel.KIOSK : Channel.WEB;
        String client =
                kiosk.isEnrolled() ? SubmissionLimit.kiosk(kiosk.require().deviceId()) : address;
        if (!throttle.tryAcquire(client, Instant.now())) {
            throw new BusinessException("eldercare.error.tooManyObjections");
        }
        return new FilingOnce(filingKeys)
                .file(
                        formKey,
                        () -> fileObjection(applicationId, name, phone, code, text, channel),
                        matterId -> matters.find(matterId).orElseThrow().getTrackingNumber());
    }

    private long fileObjection(
            long applicationId, String name, String rawPhone, String code, String text, Channel channel) {
        CareApplication application = repository
                .find(applicationId)
                .filter(a -> a.isPostedOn(LocalDate.now()))
                .orElseThrow(() -> new BusinessException("eldercare.error.notPosted"));
        String who = name == null ? "" : name.strip();
        if (who.isEmpty() || who.length() > 64) {
            throw new BusinessException("eldercare.error.objectionName", 64);
        }
        String body = CareObjection.checkedBody(text);
        String phone = PhoneNumber.parse(rawPhone).value();
        // every rule is checked before the code, so a mistake never uses the code up
        phoneVerification.confirm(CODE_PURPOSE, phone, code);
        Matter matter = matterService.file(
                MatterType.ELDERCARE_OBJECTION,
                null,
                "居家养老公示异议（申请" + application.getTrackingNumber() + "）",
                new Applicant(who, null, phone, application.getVillageCode()),
                channel,
                applications.settings().workingDays(org.bianmin.eldercare.domain.Stage.TOWN_VERIFICATION),
                Actor.villager());
        repository.save(new CareObjection(application.getId(), matter.getId(), body));
        return matter.getId();
    }
}
