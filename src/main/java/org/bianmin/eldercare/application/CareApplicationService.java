package org.bianmin.eldercare.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bianmin.eldercare.domain.AbilityGrade;
import org.bianmin.eldercare.domain.ApplicationDetails;
import org.bianmin.eldercare.domain.CareApplication;
import org.bianmin.eldercare.domain.CareApplicationRepository;
import org.bianmin.eldercare.domain.CarePolicy;
import org.bianmin.eldercare.domain.CareRuleEntry;
import org.bianmin.eldercare.domain.CareServiceOption;
import org.bianmin.eldercare.domain.CareSetting;
import org.bianmin.eldercare.domain.CareSettings;
import org.bianmin.eldercare.domain.Eligibility;
import org.bianmin.eldercare.domain.EligibilityRule;
import org.bianmin.eldercare.domain.PostingPeriod;
import org.bianmin.eldercare.domain.Relation;
import org.bianmin.eldercare.domain.Stage;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.kiosk.application.KioskContext;
import org.bianmin.matter.application.FilingOnce;
import org.bianmin.matter.application.MatterService;
import org.bianmin.matter.domain.Actor;
import org.bianmin.matter.domain.Applicant;
import org.bianmin.matter.domain.Channel;
import org.bianmin.matter.domain.FilingKeys;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterAction;
import org.bianmin.matter.domain.MatterRepository;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.notification.application.NotificationTemplates;
import org.bianmin.notification.application.Notifications;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeRepository;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.application.WorkingDays;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.IdNumber;
import org.bianmin.shared.domain.Masking;
import org.bianmin.shared.domain.NotFoundException;
import org.bianmin.shared.domain.PhoneNumber;
import org.bianmin.shared.infrastructure.QrCodes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 居家养老 applications: filing (kiosk, helper), the stages up to the district's decision, the hand-over to the
 * service plan, and the staff queue. Every stage action asks {@link CarePolicy} (one place decides who may act),
 * checks the version the page showed, and records the move in the application's trail and the audit log. Health
 * notes are read only through {@link #revealHealthNotes}, which audits each view.
 */
@Stateless
public class CareApplicationService {

    private static final String NOTICE_ACCEPTED = NotificationTemplates.ELDERCARE_ACCEPTED;
    private static final String NOTICE_APPROVED = NotificationTemplates.ELDERCARE_APPROVED;
    private static final String NOTICE_REFUSED = NotificationTemplates.ELDERCARE_REFUSED;
    private static final int QUEUE_MAX = 500;

    @Inject
    private CareApplicationRepository repository;

    @Inject
    private MatterService matterService;

    @Inject
    private MatterRepository matters;

    @Inject
    private FilingKeys filingKeys;

    @Inject
    private PlaceRepository places;

    @Inject
    private OfficeRepository offices;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    @Inject
    private KioskContext kiosk;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Notifications notifications;

    @Inject
    private QrCodes qrCodes;

    @Inject
    @ConfigProperty(name = "bianmin.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    /** The office that approves (区民政局), by its code. */
    @Inject
    @ConfigProperty(name = "bianmin.eldercare.approving-office", defaultValue = "D-MZ")
    private String approvingOfficeCode;

    // ---- settings and lists ----

    public CareSettings settings() {
        Map<CareSettings.Key, Integer> values = new EnumMap<>(CareSettings.Key.class);
        for (CareSetting s : repository.settings()) {
            values.put(s.getCode(), s.getValue());
        }
        return new CareSettings(values);
    }

    public List<CareServiceOption> activeOptions() {
        return repository.serviceOptions().stream()
                .filter(CareServiceOption::isActive)
                .toList();
    }

    public List<EligibilityRule> activeRules() {
        return repository.rules().stream()
                .filter(CareRuleEntry::isActive)
                .map(CareRuleEntry::toRule)
                .toList();
    }

    public CarePolicy policy() {
        return new CarePolicy(offices.findByCode(approvingOfficeCode)
                .filter(Office::isActive)
                .map(Office::getId)
                .orElse(null));
    }

    public Optional<Office> approvingOffice() {
        return offices.findByCode(approvingOfficeCode);
    }

    // ---- filing ----

    /**
     * Checks parts of the form without filing, so a page shows each problem beside its field. Keys are the form's
     * property names ({@code elderName}, {@code idNumber}, {@code healthNotes} …).
     */
    public Map<String, BusinessException> check(CareForm form, Set<FormPart> parts) {
        Map<String, BusinessException> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        if (parts.contains(FormPart.ELDER)) {
            collect(errors, "elderName", () -> nameOf(form.getElderName(), "eldercare.error.elderName"));
            collect(errors, "idNumber", () -> elderId(form.getIdNumber(), today));
            collect(errors, "elderPhone", () -> optionalPhone(form.getElderPhone()));
            collect(
                    errors,
                    "address",
                    () -> text(form.getAddress(), ApplicationDetails.MAX_ADDRESS, "eldercare.error.address"));
        }
        if (parts.contains(FormPart.SITUATION)) {
            collect(errors, "healthNotes", () -> healthNotes(form));
        }
        if (parts.contains(FormPart.CONTACT)) {
            collect(errors, "guardianName", () -> guardian(form));
            collect(errors, "guardianPhone", () -> guardianPhone(form));
            collect(errors, "applicantRelation", () -> {
                if (form.getApplicantRelation() == null) {
                    throw new BusinessException("eldercare.error.relation", ApplicationDetails.MAX_RELATION);
                }
            });
            collect(errors, "applicantName", () -> applicantName(form));
        }
        if (parts.contains(FormPart.SERVICES)) {
            collect(errors, "serviceOptionIds", () -> services(form));
        }
        return errors;
    }

    private static void collect(Map<String, BusinessException> errors, String key, Runnable check) {
        try {
            check.run();
        } catch (BusinessException e) {
            errors.put(key, e);
        }
    }

    /** The ID number checked (GB 11643) and old enough for the configured minimum age. */
    private IdNumber elderId(String raw, LocalDate today) {
        IdNumber id;
        try {
            id = IdNumber.parse(raw);
        } catch (BusinessException e) {
            throw new BusinessException("eldercare.error.idNumber");
        }
        int minimum = settings().minimumAge();
        if (id.ageOn(today) < minimum) {
            throw new BusinessException("eldercare.error.tooYoung", minimum, id.ageOn(today));
        }
        return id;
    }

    private static String optionalPhone(String raw) {
        return raw == null || raw.isBlank() ? null : PhoneNumber.parse(raw).value();
    }

    private static String nameOf(String raw, String key) {
        return text(raw, ApplicationDetails.MAX_NAME, key);
    }

    private static String text(String raw, int max, String key) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new BusinessException(key, max);
        }
        return t;
    }

    /** Notes only with the consent ticked; without it the notes stay on the page and the person is told why. */
    private static String healthNotes(CareForm form) {
        String notes =
                form.getHealthNotes() == null ? "" : form.getHealthNotes().strip();
        if (notes.isEmpty()) {
            return null;
        }
        if (!form.isHealthConsent()) {
            throw new BusinessException("eldercare.error.healthConsent");
        }
        if (notes.length() > ApplicationDetails.MAX_HEALTH) {
            throw new BusinessException("eldercare.error.healthTooLong", ApplicationDetails.MAX_HEALTH);
        }
        return notes;
    }

    private static String guardian(CareForm form) {
        String name =
                form.getGuardianName() == null ? "" : form.getGuardianName().strip();
        if (name.length() > ApplicationDetails.MAX_NAME) {
            throw new BusinessException("eldercare.error.guardianName", ApplicationDetails.MAX_NAME);
        }
        if (!name.isEmpty() && form.getGuardianRelation() == null) {
            throw new BusinessException("eldercare.error.guardianRelation");
        }
        return name.isEmpty() ? null : name;
    }

    /** A phone to reach someone: the elder's, or the guardian's; the guardian's is needed when a guardian is named. */
    private static String guardianPhone(CareForm form) {
        String phone = optionalPhone(form.getGuardianPhone());
        boolean named =
                form.getGuardianName() != null && !form.getGuardianName().isBlank();
        if (phone == null && named) {
            throw new BusinessException("eldercare.error.guardianPhone");
        }
        boolean elderHasPhone =
                form.getElderPhone() != null && !form.getElderPhone().isBlank();
        if (phone == null && !elderHasPhone) {
            throw new BusinessException("eldercare.error.somePhone");
        }
        return phone;
    }

    private static String applicantName(CareForm form) {
        if (form.getApplicantRelation() == Relation.SELF) {
            return nameOf(form.getElderName(), "eldercare.error.elderName");
        }
        return nameOf(form.getApplicantName(), "eldercare.error.applicantName");
    }

    private Set<Long> services(CareForm form) {
        Set<Long> active =
                activeOptions().stream().map(CareServiceOption::getId).collect(Collectors.toSet());
        Set<Long> chosen =
                form.getServiceOptionIds().stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (chosen.isEmpty()) {
            throw new BusinessException("eldercare.error.services");
        }
        if (!active.containsAll(chosen)) {
            throw new BusinessException("eldercare.error.serviceGone");
        }
        return chosen;
    }

    /** The whole form, checked; the first problem is thrown. */
    ApplicationDetails details(CareForm form, String villageCode) {
        Map<String, BusinessException> errors = check(form, EnumSet.allOf(FormPart.class));
        if (!errors.isEmpty()) {
            throw errors.values().iterator().next();
        }
        LocalDate today = LocalDate.now();
        String guardianName = guardian(form);
        return new ApplicationDetails(
                form.getElderName(),
                elderId(form.getIdNumber(), today),
                optionalPhone(form.getElderPhone()),
                villageCode,
                form.getAddress(),
                Set.copyOf(form.getSituations()),
                healthNotes(form),
                guardianName,
                optionalPhone(form.getGuardianPhone()),
                guardianName == null ? null : form.getGuardianRelation().name(),
                applicantName(form),
                form.getApplicantRelation().name(),
                services(form));
    }

    /** At an enrolled kiosk, by the elder or family: the village is the kiosk's, never one from the page. */
    public CareReceipt fileAtKiosk(String filingKey, CareForm form) {
        Place village = activeVillage(kiosk.require().villageCode());
        return file(filingKey, form, village, Channel.KIOSK, Actor.villager(), null);
    }

    /** 帮办代办: a helper files for an elder of the helper's own village. */
    public CareReceipt fileOnBehalf(String filingKey, CareForm form) {
        SignedInUser helper = currentUser.require(Permission.FILE_ON_BEHALF);
        if (helper.villageId() == null) {
            throw new AccessDeniedException();
        }
        Place village = places.find(helper.villageId())
                .filter(Place::isActive)
                .orElseThrow(() -> new BusinessException("eldercare.error.village"));
        return file(filingKey, form, village, Channel.HELPER, Actor.staff(helper.id(), helper.username()), helper);
    }

    private CareReceipt file(
            String filingKey, CareForm form, Place village, Channel channel, Actor actor, SignedInUser helper) {
        return new FilingOnce(filingKeys)
                .file(
                        filingKey,
                        () -> fileNew(form, village, channel, actor, helper),
                        matterId ->
                                receiptOf(repository.findByMatter(matterId).orElseThrow(), Locale.SIMPLIFIED_CHINESE));
    }

    private long fileNew(CareForm form, Place village, Channel channel, Actor actor, SignedInUser helper) {
        ApplicationDetails details = details(form, village.getCode());
        // one application in process per elder: a second would run the checks and the posting twice
        if (repository.existsFor(
                details.idNumber().value(),
                Arrays.stream(Stage.values()).filter(stage -> !stage.isFinal()).toList())) {
            throw new BusinessException("eldercare.error.alreadyApplied");
        }
        CareSettings settings = settings();
        LocalDate today = LocalDate.now();
        Eligibility eligibility = Eligibility.assess(details.idNumber(), details.situations(), activeRules(), today);
        String phone = details.elderPhone() != null ? details.elderPhone() : details.guardianPhone();
        Matter matter = matterService.file(
                MatterType.ELDERCARE_APPLICATION,
                null,
                "居家养老服务申请",
                new Applicant(details.elderName(), details.idNumber().value(), phone, village.getCode()),
                channel,
                promisedDays(settings),
                actor);
        LocalDateTime now = LocalDateTime.now();
        // 受理: the application is taken into the process at once; its stages keep their own deadlines
        matter.accept(Actor.system(), workingDays.calendar(), now);
        CareApplication application = CareApplication.file(
                matter.getTrackingNumber(),
                matter.getId(),
                village.getCode().substring(0, 9),
                details,
                eligibility,
                eligibilityNote(eligibility),
                channel,
                helper == null ? null : helper.id(),
                helper == null ? null : helper.username(),
                now,
                dueAfter(today, Stage.VILLAGE_CHECK, settings));
        repository.save(application);
        audit.record(
                actor.userId(),
                actor.name(),
                AuditAction.ELDERCARE_FILED,
                "care_application",
                application.getId(),
                application.getTrackingNumber() + " " + channel);
        notifications.toVillager(
                phone,
                NOTICE_ACCEPTED,
                Map.of("trackingNumber", matter.getTrackingNumber()),
                matter.getTrackingNumber());
        return matter.getId();
    }

    /** The matter's promised time: every stage's working days plus the posting, up to the district's decision. */
    private static int promisedDays(CareSettings settings) {
        return settings.workingDays(Stage.VILLAGE_CHECK)
                + settings.postingDays()
                + settings.workingDays(Stage.TOWN_VERIFICATION)
                + settings.workingDays(Stage.ABILITY_ASSESSMENT)
                + settings.workingDays(Stage.DISTRICT_APPROVAL);
    }

    /** Which rules were met, by code, for the record ("none" when none). */
    static String eligibilityNote(Eligibility eligibility) {
        String met = eligibility.metBy().stream().map(EligibilityRule::code).collect(Collectors.joining(", "));
        return "age " + eligibility.age() + "; " + (met.isEmpty() ? "no rule met" : "met: " + met);
    }

    private LocalDate dueAfter(LocalDate start, Stage stage, CareSettings settings) {
        int days = settings.workingDays(stage);
        return days == 0 ? null : workingDays.calendar().addWorkingDays(start, days);
    }

    private Place activeVillage(String code) {
        return places.findByCode(code == null ? "" : code)
                .filter(p -> p.getLevel() == PlaceLevel.VILLAGE && p.isActive())
                .orElseThrow(() -> new BusinessException("eldercare.error.village"));
    }

    /** The receipt of an application just filed (passed along in the flash, never in the URL). */
    public Optional<CareReceipt> receipt(String trackingNumber, Locale locale) {
        return trackingNumber == null
                ? Optional.empty()
                : matters.findByTrackingNumber(trackingNumber)
                        .flatMap(m -> repository.findByMatter(m.getId()))
                        .map(a -> receiptOf(a, locale));
    }

    private CareReceipt receiptOf(CareApplication application, Locale locale) {
        Matter matter = matters.find(application.getMatterId()).orElseThrow();
        return new CareReceipt(
                application.getTrackingNumber(),
                matter.getOffice().getName(),
                matter.getSubmittedAt(),
                serviceNames(application, locale),
                settings().postingDays(),
                publicUrl + "/track?no=" + application.getTrackingNumber());
    }

    public String qrCode(CareReceipt receipt) {
        return qrCodes.pngDataUri(receipt.trackingUrl());
    }

    public List<String> serviceNames(CareApplication application, Locale locale) {
        Map<Long, CareServiceOption> byId = repository.serviceOptions().stream()
                .collect(Collectors.toMap(CareServiceOption::getId, Function.identity()));
        return byId.values().stream()
                .filter(o -> application.getServiceOptionIds().contains(o.getId()))
                .sorted(java.util.Comparator.comparingInt(CareServiceOption::getSortOrder))
                .map(o -> o.name(locale))
                .toList();
    }

    // ---- staff: queue and opening ----

    private SignedInUser processor() {
        SignedInUser user = currentUser.get().orElseThrow(AccessDeniedException::new);
        if (!policy().processes(user)) {
            throw new AccessDeniedException();
        }
        return user;
    }

    /** Whether the signed-in person processes applications (menu entry); never throws. */
    public boolean isProcessor() {
        return currentUser.get().map(u -> policy().processes(u)).orElse(false);
    }

    /**
     * The signed-in person's queue: applications in their scope at the stages they act on (or, with {@code all}, at
     * every stage), by due date, overdue ones marked.
     */
    public List<QueueRow> queue(boolean all) {
        SignedInUser user = processor();
        CarePolicy policy = policy();
        List<Stage> stages = all ? List.of(Stage.values()) : policy.ownStages(user);
        LocalDate today = LocalDate.now();
        Map<String, String> villageNames = places.findActive(PlaceLevel.VILLAGE).stream()
                .collect(Collectors.toMap(Place::getCode, Place::getName, (a, b) -> a));
        return repository.inScope(policy.queuePrefix(user), stages, QUEUE_MAX).stream()
                .filter(a -> policy.mayView(user, a.getVillageCode()))
                .map(a -> new QueueRow(
                        a.getId(),
                        a.getTrackingNumber(),
                        Masking.name(a.getElderName()),
                        villageNames.getOrDefault(a.getVillageCode(), a.getVillageCode()),
                        a.getStage(),
                        a.getStageDueOn(),
                        a.isOverdueOn(today),
                        policy.mayAct(user, a),
                        a.isEligible(),
                        a.getPostingEndsOn()))
                .toList();
    }

    /** An application for a person who processes it in scope; anyone else is told it does not exist. */
    public CareApplication open(long id) {
        SignedInUser user = processor();
        CareApplication application = repository.find(id).orElseThrow(NotFoundException::new);
        if (!policy().mayView(user, application.getVillageCode())) {
            throw new NotFoundException();
        }
        return application;
    }

    /** The eligibility rules as they stand today, rule by rule, for the application page. */
    public Eligibility eligibility(CareApplication application) {
        return Eligibility.assess(application.idNumber(), application.getSituations(), activeRules(), LocalDate.now());
    }

    /** Health and disability notes, for those processing the application in scope; every view is audited. */
    public String revealHealthNotes(long id) {
        CareApplication application = open(id);
        audit.record(
                AuditAction.ELDERCARE_HEALTH_VIEWED,
                "care_application",
                application.getId(),
                application.getTrackingNumber());
        return application.healthNotes();
    }

    /** The full ID number, for those processing the application; audited like the workflow's. */
    public String revealIdNumber(long id) {
        CareApplication application = open(id);
        audit.record(
                AuditAction.ID_NUMBER_REVEALED,
                "care_application",
                application.getId(),
                application.getTrackingNumber());
        return application.getElderIdNumber();
    }

    public List<ObjectionRow> objections(long id) {
        CareApplication application = open(id);
        return repository.objections(application.getId()).stream()
                .map(o -> matters.find(o.getMatterId())
                        .map(m -> new ObjectionRow(
                                m.getTrackingNumber(), o.getBody(), m.getStatus(), m.getSubmittedAt(), m.getReply()))
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    // ---- staff: the stages ----

    /** 入户核查 by the village: the visit, who visited, what they found; the posting starts today. */
    public void recordHomeCheck(long id, int version, LocalDate visitedOn, String visitedBy, String findings) {
        Acting acting = acting(id, version, Stage.VILLAGE_CHECK);
        CareSettings settings = settings();
        LocalDate today = acting.now().toLocalDate();
        PostingPeriod posting = PostingPeriod.starting(today, settings.postingDays());
        acting.application()
                .recordHomeCheck(
                        visitedOn,
                        visitedBy,
                        findings,
                        posting,
                        acting.actor(),
                        acting.now(),
                        dueAfter(posting.endsOn(), Stage.TOWN_VERIFICATION, settings));
        done(acting, Stage.VILLAGE_CHECK, "posted until " + posting.endsOn());
    }

    /** 镇街审核, after the posting has ended. */
    public void verify(long id, int version, String note) {
        Acting acting = acting(id, version, Stage.TOWN_VERIFICATION);
        acting.application().verify(note, acting.actor(), acting.now(), due(acting, Stage.ABILITY_ASSESSMENT));
        done(acting, Stage.TOWN_VERIFICATION, null);
    }

    /** 能力评估 (GB/T 42195-2022). */
    public void assess(
            long id,
            int version,
            String assessor,
            LocalDate assessedOn,
            Integer score,
            AbilityGrade grade,
            String note) {
        Acting acting = acting(id, version, Stage.ABILITY_ASSESSMENT);
        acting.application()
                .assess(
                        assessor,
                        assessedOn,
                        score,
                        grade,
                        note,
                        acting.actor(),
                        acting.now(),
                        due(acting, Stage.DISTRICT_APPROVAL));
        done(acting, Stage.ABILITY_ASSESSMENT, String.valueOf(grade));
    }

    /** 批准 by the district; an applicant the rules do not cover needs the reason. The applicant is told. */
    public void approve(long id, int version, String note) {
        Acting acting = acting(id, version, Stage.DISTRICT_APPROVAL);
        CareApplication application = acting.application();
        application.approve(note, acting.actor(), acting.now(), due(acting, Stage.SERVICE_PLAN));
        done(acting, Stage.DISTRICT_APPROVAL, "approved");
        closeMatter(application, "已批准居家养老服务，将制定服务计划。", acting);
        notifications.toVillager(
                phoneOf(application),
                NOTICE_APPROVED,
                Map.of("trackingNumber", application.getTrackingNumber()),
                application.getTrackingNumber());
    }

    /** 不予批准, with the reason the applicant is told. */
    public void refuse(long id, int version, String reason) {
        Acting acting = acting(id, version, Stage.DISTRICT_APPROVAL);
        CareApplication application = acting.application();
        application.refuse(reason, acting.actor(), acting.now());
        done(acting, Stage.DISTRICT_APPROVAL, "refused");
        closeMatter(application, "不予批准：" + application.getRefusedReason(), acting);
        notifications.toVillager(
                phoneOf(application),
                NOTICE_REFUSED,
                Map.of("trackingNumber", application.getTrackingNumber(), "reason", application.getRefusedReason()),
                application.getTrackingNumber());
    }

    /** 退回: whoever owns the current stage sends it back to an earlier one, with the reason. */
    public void sendBack(long id, int version, Stage to, String reason) {
        SignedInUser user = currentUser.get().orElseThrow(AccessDeniedException::new);
        CareApplication application = repository.find(id).orElseThrow(NotFoundException::new);
        CarePolicy policy = policy();
        if (!policy.mayView(user, application.getVillageCode())) {
            throw new NotFoundException();
        }
        if (application.getVersion() != version) {
            throw new BusinessException("error.stale");
        }
        if (!policy.maySendBack(user, application)) {
            throw new BusinessException("eldercare.error.notYourStage", application.getStage());
        }
        if (to == null || !policy.sendBackTargets(application).contains(to)) {
            throw new BusinessException("eldercare.error.sendBackForward");
        }
        Stage from = application.getStage();
        LocalDateTime now = LocalDateTime.now();
        application.sendBack(to, reason, user.username(), now, dueAfter(now.toLocalDate(), to, settings()));
        repository.save(application);
        audit.record(
                AuditAction.ELDERCARE_SENT_BACK,
                "care_application",
                application.getId(),
                application.getTrackingNumber() + " " + from + " -> " + to);
    }

    // ---- the hand-over to care-plans ----

    /**
     * Applications approved and waiting for their service plan, in the signed-in person's scope (those who may make
     * plans: {@link Permission#ELDERCARE_PLAN} in the approving office), oldest due first.
     */
    public List<CareApplication> awaitingPlan() {
        SignedInUser user = processor();
        CarePolicy policy = policy();
        return repository.inScope(policy.queuePrefix(user), List.of(Stage.SERVICE_PLAN), QUEUE_MAX).stream()
                .filter(a -> policy.mayAct(user, a))
                .toList();
    }

    /**
     * The plan is made: SERVICE_PLAN → IN_SERVICE. Called by the care-plans service in the transaction that stores
     * the plan; refused unless the application is at SERVICE_PLAN and the signed-in person may act on it.
     */
    public CareApplication startService(long id, Actor actor) {
        SignedInUser user = currentUser.get().orElseThrow(AccessDeniedException::new);
        CareApplication application = repository.find(id).orElseThrow(NotFoundException::new);
        CarePolicy policy = policy();
        if (!policy.mayView(user, application.getVillageCode())) {
            throw new NotFoundException();
        }
        if (application.getStage() != Stage.SERVICE_PLAN) {
            throw new BusinessException("eldercare.error.wrongStage", Stage.SERVICE_PLAN, application.getStage());
        }
        if (!policy.mayAct(user, application)) {
            throw new BusinessException("eldercare.error.notYourStage", application.getStage());
        }
        application.startService(actor.name(), LocalDateTime.now());
        repository.save(application);
        audit.record(
                AuditAction.ELDERCARE_STAGE_DONE,
                "care_application",
                application.getId(),
                application.getTrackingNumber() + " " + Stage.SERVICE_PLAN);
        return application;
    }

    // ---- helpers ----

    private record Acting(CareApplication application, long userId, String actor, LocalDateTime now) {}

    /** Finds the application and checks scope, version, stage and role, in that order, with a clear message each. */
    private Acting acting(long id, int version, Stage expected) {
        SignedInUser user = currentUser.get().orElseThrow(AccessDeniedException::new);
        CareApplication application = repository.find(id).orElseThrow(NotFoundException::new);
        CarePolicy policy = policy();
        if (!policy.mayView(user, application.getVillageCode())) {
            throw new NotFoundException();
        }
        if (application.getVersion() != version) {
            throw new BusinessException("error.stale");
        }
        if (application.getStage() != expected) {
            throw new BusinessException("eldercare.error.wrongStage", expected, application.getStage());
        }
        if (!policy.mayAct(user, expected, application.getVillageCode())) {
            throw new BusinessException("eldercare.error.notYourStage", expected);
        }
        return new Acting(application, user.id(), user.username(), LocalDateTime.now());
    }

    private LocalDate due(Acting acting, Stage next) {
        return dueAfter(acting.now().toLocalDate(), next, settings());
    }

    private void done(Acting acting, Stage stage, String detail) {
        repository.save(acting.application());
        audit.record(
                AuditAction.ELDERCARE_STAGE_DONE,
                "care_application",
                acting.application().getId(),
                acting.application().getTrackingNumber() + " " + stage + (detail == null ? "" : " " + detail));
    }

    /** The district's decision finishes the application's matter, so /track shows it with the outcome. */
    private void closeMatter(CareApplication application, String reply, Acting acting) {
        matters.find(application.getMatterId())
                .filter(m -> m.getStatus().after(MatterAction.RESOLVE).isPresent())
                .ifPresent(m -> {
                    m.resolve(Actor.staff(acting.userId(), acting.actor()), reply, acting.now());
                    matters.save(m);
                });
    }

    private static String phoneOf(CareApplication application) {
        return application.getElderPhone() != null ? application.getElderPhone() : application.getGuardianPhone();
    }

    /** The application a matter was filed for, so the matter page can send staff to its stages; empty otherwise. */
    public Optional<Long> applicationOfMatter(long matterId) {
        return repository.findByMatter(matterId).map(CareApplication::getId);
    }
}
