package org.bianmin.onestop.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.matter.application.FilingOnce;
import org.bianmin.matter.application.MatterService;
import org.bianmin.matter.domain.Actor;
import org.bianmin.matter.domain.Applicant;
import org.bianmin.matter.domain.Channel;
import org.bianmin.matter.domain.FilingKeys;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterEvent;
import org.bianmin.matter.domain.MatterRepository;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.onestop.domain.Answer;
import org.bianmin.onestop.domain.AnswerErrors;
import org.bianmin.onestop.domain.FileKind;
import org.bianmin.onestop.domain.FollowUpOutcome;
import org.bianmin.onestop.domain.HelperStep;
import org.bianmin.onestop.domain.RequestFile;
import org.bianmin.onestop.domain.ServiceItem;
import org.bianmin.onestop.domain.ServiceItemRepository;
import org.bianmin.onestop.domain.ServiceRequest;
import org.bianmin.onestop.domain.ServiceRequestRepository;
import org.bianmin.onestop.domain.Upload;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.IdNumber;
import org.bianmin.shared.domain.NotFoundException;
import org.bianmin.shared.domain.PhoneNumber;
import org.bianmin.shared.infrastructure.QrCodes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files service requests from the kiosk, by helpers and through the API. Every channel ends in one place: the
 * request is checked in full, the filing key is claimed, and the matter, the request, its answers and its files are
 * stored in one transaction, or nothing is.
 */
@Stateless
public class OneStopService {

    @Inject
    private ServiceItemRepository items;

    @Inject
    private ServiceRequestRepository requests;

    @Inject
    private MatterService matterService;

    @Inject
    private MatterRepository matters;

    @Inject
    private FilingKeys filingKeys;

    @Inject
    private PlaceRepository places;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    @Inject
    private org.bianmin.kiosk.application.KioskContext kiosk;

    @Inject
    private org.bianmin.shared.application.WorkingDays workingDays;

    @Inject
    private QrCodes qrCodes;

    @Inject
    @ConfigProperty(name = "bianmin.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    /** What villagers may ask for now, by category. */
    public List<ServiceItem> activeItems() {
        return items.findActive();
    }

    public Optional<ServiceItem> activeItem(String code) {
        return code == null ? Optional.empty() : items.findByCode(code).filter(ServiceItem::isActive);
    }

    /**
     * Checks what has been entered so far without filing anything, so a page can show each problem beside its field
     * before the person moves on. Keys: {@code name}, {@code idNumber}, {@code phone}, and the extra fields' keys.
     *
     * @param withApplicant whether to check the person's name, ID number and phone too
     */
    public Map<String, BusinessException> check(Filing filing, boolean withApplicant) {
        Map<String, BusinessException> errors = new LinkedHashMap<>();
        ServiceItem item =
                activeItem(filing.serviceCode()).orElseThrow(() -> new BusinessException("onestop.error.itemGone"));
        if (withApplicant) {
            collect(errors, "name", () -> requireName(filing.name()));
            collect(errors, "idNumber", () -> IdNumber.parse(filing.idNumber()));
            collect(errors, "phone", () -> PhoneNumber.parse(filing.phone()));
        }
        try {
            item.answer(filing.answers(), filing.locale());
        } catch (AnswerErrors e) {
            errors.putAll(e.byField());
        }
        return errors;
    }

    /** The answers as they will be filed, for the review screen; empty while any is wrong. */
    public List<Answer> preview(Filing filing) {
        try {
            return activeItem(filing.serviceCode())
                    .map(item -> item.answer(filing.answers(), filing.locale()))
                    .orElse(List.of());
        } catch (AnswerErrors e) {
            return List.of();
        }
    }

    private static void collect(Map<String, BusinessException> errors, String key, Runnable check) {
        try {
            check.run();
        } catch (BusinessException e) {
            errors.put(key, e);
        }
    }

    /**
     * At an enrolled kiosk: the villager files for themselves, in the kiosk's village. The village comes from the
     * kiosk's device token for this very request, never from the page, so a kiosk cannot file for another village.
     */
    public Receipt fileAtKiosk(String filingKey, Filing filing) {
        Place village = activeVillage(kiosk.require().villageCode());
        return file(filingKey, village, filing, Channel.KIOSK, Actor.villager(), null, null);
    }

    /**
     * Through the Open311 API, for a client whose key the caller has checked: the village is the one the client names
     * ({@code address_id}), the ID number is optional (an outside system may not have it; it is checked when given),
     * and the client's free-text description, if any, is kept as one more answer after the item's own.
     *
     * @param description the description as an answer, or null
     * @param apiClientName the key's name, recorded as who filed
     */
    public Receipt fileByApi(
            String filingKey, String villageCode, Filing filing, Answer description, String apiClientName) {
        Place village = activeVillage(villageCode);
        return file(
                filingKey, village, filing, Channel.API, new Actor(null, "api:" + apiClientName), null, description);
    }

    /**
     * 帮办代办: a helper files for a villager who is present and consents. The village is the helper's own; the item
     * must allow filing on someone's behalf.
     */
    public Receipt fileOnBehalf(String filingKey, Filing filing, ServiceRequest.Consent consent) {
        SignedInUser helper = currentUser.get().orElseThrow(AccessDeniedException::new);
        if (!helper.has(Permission.FILE_ON_BEHALF) || helper.villageId() == null) {
            throw new AccessDeniedException();
        }
        Place village = places.find(helper.villageId())
                .filter(Place::isActive)
                .orElseThrow(() -> new BusinessException("matter.error.village"));
        return file(
                filingKey,
                village,
                filing,
                Channel.HELPER,
                Actor.staff(helper.id(), helper.username()),
                new HelperFiling(helper, consent),
                null);
    }

    private record HelperFiling(SignedInUser helper, ServiceRequest.Consent consent) {}

    private Receipt file(
            String filingKey,
            Place village,
            Filing filing,
            Channel channel,
            Actor actor,
            HelperFiling onBehalf,
            Answer extraAnswer) {
        // a second submission of the same form waits for the first and gets its receipt
        return new FilingOnce(filingKeys)
                .file(
                        filingKey,
                        () -> fileNew(village, filing, channel, actor, onBehalf, extraAnswer)
                                .getId(),
                        id -> receiptOf(matters.find(id).orElseThrow()));
    }

    private Matter fileNew(
            Place village, Filing filing, Channel channel, Actor actor, HelperFiling onBehalf, Answer extraAnswer) {
        ServiceItem item =
                activeItem(filing.serviceCode()).orElseThrow(() -> new BusinessException("onestop.error.itemGone"));
        if (onBehalf != null && !item.isHelperMayFile()) {
            throw new BusinessException("onestop.error.notOnBehalf", item.name(filing.locale()));
        }
        boolean idNumberOptional = channel == Channel.API
                && (filing.idNumber() == null || filing.idNumber().isBlank());
        Applicant applicant = new Applicant(
                requireName(filing.name()),
                idNumberOptional ? null : IdNumber.parse(filing.idNumber()).value(),
                PhoneNumber.parse(filing.phone()).value(),
                village.getCode());
        List<Answer> answers = new ArrayList<>(item.answer(filing.answers(), filing.locale()));
        if (extraAnswer != null) {
            answers.add(extraAnswer);
        }
        if (filing.uploads().size() > FileKind.MAX_FILES) {
            throw new BusinessException("onestop.error.tooManyFiles", FileKind.MAX_FILES);
        }
        Matter matter = matterService.file(
                MatterType.SERVICE_REQUEST,
                item.getCode(),
                item.getNameZh(),
                applicant,
                channel,
                item.getPromisedDays(),
                actor);
        LocalDateTime now = LocalDateTime.now();
        ServiceRequest request = onBehalf == null
                ? ServiceRequest.byVillager(matter.getId(), item.getCode(), answers)
                : ServiceRequest.byHelper(
                        matter.getId(),
                        item.getCode(),
                        answers,
                        onBehalf.helper().id(),
                        onBehalf.helper().username(),
                        onBehalf.consent(),
                        now);
        requests.save(request);
        int n = 0;
        for (Upload upload : filing.uploads()) {
            n++;
            String name = "attachment-" + n + upload.kind().extension();
            requests.addFile(new RequestFile(request.getId(), name, upload, now));
        }
        return matter;
    }

    private static String requireName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("onestop.error.nameRequired");
        }
        if (trimmed.length() > 64) {
            throw new BusinessException("matter.error.applicantName", 64);
        }
        return trimmed;
    }

    private Place activeVillage(String code) {
        return places.findByCode(code == null ? "" : code)
                .filter(p -> p.getLevel() == PlaceLevel.VILLAGE && p.isActive())
                .orElseThrow(() -> new BusinessException("matter.error.village"));
    }

    /**
     * The due date once the office has accepted the matter (the clock starts then); before that, the date it would
     * be if accepted on the day it was filed, which is what a villager needs to plan by.
     */
    private LocalDate expectedBy(Matter matter) {
        return matter.getDueDate() != null
                ? matter.getDueDate()
                : workingDays
                        .calendar()
                        .addWorkingDays(matter.getSubmittedAt().toLocalDate(), matter.getPromisedDays());
    }

    private Receipt receiptOf(Matter matter) {
        return new Receipt(
                matter.getTrackingNumber(),
                matter.getSubject(),
                matter.getOffice().getName(),
                matter.getSubmittedAt(),
                expectedBy(matter),
                matter.getPromisedDays(),
                publicUrl + "/track?no=" + matter.getTrackingNumber());
    }

    /** The items a helper may file on a villager's behalf. */
    public List<ServiceItem> itemsForHelpers() {
        return items.findActive().stream().filter(ServiceItem::isHelperMayFile).toList();
    }

    /** The requests the signed-in helper filed, newest first, with their seven steps. */
    public List<HelperCase> myCases() {
        SignedInUser helper = helper();
        List<ServiceRequest> filed = requests.filedBy(helper.id(), MAX_CASES);
        Map<Long, Matter> byId =
                matters
                        .findAllWithHistory(
                                filed.stream().map(ServiceRequest::getMatterId).toList())
                        .stream()
                        .collect(Collectors.toMap(Matter::getId, Function.identity()));
        return filed.stream()
                .map(request -> helperCase(request, byId.get(request.getMatterId())))
                .toList();
    }

    /** 送达, 归档, 上报 or 回访, recorded by a helper of the matter's village. */
    public void recordStep(long matterId, HelperStep step, FollowUpOutcome outcome, String note) {
        SignedInUser helper = helper();
        Matter matter = matters.find(matterId)
                .filter(m -> helper.covers(m.getApplicant().getVillageCode()))
                .orElseThrow(NotFoundException::new);
        ServiceRequest request = requests.findByMatter(matterId).orElseThrow(NotFoundException::new);
        LocalDateTime now = LocalDateTime.now();
        switch (step) {
            case DELIVERED -> request.deliver(finished(matter), note, now);
            case ARCHIVED -> request.archive(now);
            case REPORTED -> request.report(now);
            case FOLLOWED_UP -> request.followUp(outcome, note, now);
            default -> throw new BusinessException("onestop.error.notHelperStep");
        }
        requests.save(request);
        audit.record(AuditAction.HELPER_STEP, "matter", matterId, matter.getTrackingNumber() + " " + step);
    }

    private SignedInUser helper() {
        SignedInUser user = currentUser.get().orElseThrow(AccessDeniedException::new);
        if (!user.has(Permission.FILE_ON_BEHALF)) {
            throw new AccessDeniedException();
        }
        return user;
    }

    private static final int MAX_CASES = 200;

    /** The office is done with it: resolved (办结), closed, or not accepted with a reason. */
    private static boolean finished(Matter matter) {
        return matter.getStatus() == MatterStatus.RESOLVED
                || matter.getStatus() == MatterStatus.CLOSED
                || matter.getStatus() == MatterStatus.NOT_ACCEPTED;
    }

    private static HelperCase helperCase(ServiceRequest request, Matter matter) {
        LocalDateTime accepted = firstTime(matter, e -> e.getToStatus() == MatterStatus.ACCEPTED);
        LocalDateTime handled = firstTime(
                matter, e -> e.getToStatus() == MatterStatus.RESOLVED || e.getToStatus() == MatterStatus.NOT_ACCEPTED);
        return new HelperCase(
                matter.getId(),
                matter.getTrackingNumber(),
                matter.getSubject(),
                org.bianmin.shared.domain.Masking.name(matter.getApplicant().getName()),
                matter.getStatus(),
                matter.getDueDate(),
                request.steps(accepted, handled),
                request.nextHelperStep(finished(matter)),
                request.getFollowUpOutcome());
    }

    private static LocalDateTime firstTime(Matter matter, java.util.function.Predicate<MatterEvent> which) {
        return matter.getHistory().stream()
                .filter(which)
                .map(MatterEvent::getOccurredAt)
                .min(LocalDateTime::compareTo)
                .orElse(null);
    }

    /** What a request adds to its matter, for staff who may see the matter (otherwise "not found"). */
    public Optional<RequestDetails> details(long matterId) {
        matterService.open(matterId);
        return requests.findByMatter(matterId)
                .map(request -> new RequestDetails(request, requests.files(request.getId())));
    }

    /** A file of a request, for staff who may see its matter; every opening is audited. */
    public RequestFile openFile(long fileId) {
        RequestFile file = requests.file(fileId).orElseThrow(NotFoundException::new);
        ServiceRequest request = requests.find(file.getRequestId()).orElseThrow(NotFoundException::new);
        Matter matter = matterService.open(request.getMatterId());
        audit.record(
                AuditAction.REQUEST_FILE_OPENED, "matter", matter.getId(), matter.getTrackingNumber() + " " + fileId);
        file.getContent(); // read inside the transaction: the content is loaded lazily
        return file;
    }

    /** The receipt's QR code (a PNG data URI) for its tracking address. */
    public String qrCode(Receipt receipt) {
        return qrCodes.pngDataUri(receipt.trackingUrl());
    }

    /** The receipt of a request just filed (the page passes the number along in the flash, never in the URL). */
    public Optional<Receipt> receipt(String trackingNumber) {
        return trackingNumber == null
                ? Optional.empty()
                : matters.findByTrackingNumber(trackingNumber)
                        .filter(m -> m.getType() == MatterType.SERVICE_REQUEST)
                        .map(this::receiptOf);
    }
}
