package org.bianmin.eldercare.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianmin.eldercare.domain.CareApplication;
import org.bianmin.eldercare.domain.CareApplicationRepository;
import org.bianmin.eldercare.domain.CarePlan;
import org.bianmin.eldercare.domain.CarePlanRepository;
import org.bianmin.eldercare.domain.CareProvider;
import org.bianmin.eldercare.domain.CareProviderRepository;
import org.bianmin.eldercare.domain.CareReview;
import org.bianmin.eldercare.domain.CareServiceOption;
import org.bianmin.eldercare.domain.EndReason;
import org.bianmin.eldercare.domain.PlanPolicy;
import org.bianmin.eldercare.domain.PlanStatus;
import org.bianmin.eldercare.domain.PlanTerms;
import org.bianmin.eldercare.domain.ReviewOutcome;
import org.bianmin.eldercare.domain.Stage;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.matter.domain.Actor;
import org.bianmin.matter.domain.MatterAction;
import org.bianmin.matter.domain.MatterRepository;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.application.WorkingDays;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.Masking;
import org.bianmin.shared.domain.NotFoundException;

/**
 * Service plans (服务计划): made by the approving office for approved applications, which then are in service; looked
 * after by the town (six-monthly reviews, ending). Each public method is one use case and one transaction; the
 * {@link PlanPolicy} decides who may.
 */
@Stateless
public class CarePlanService {

    /** At most this many plans in one list; the page asks to narrow it by town or village beyond. */
    public static final int LIST_LIMIT = 2_000;

    @Inject
    private CarePlanRepository plans;

    @Inject
    private CareProviderRepository providers;

    @Inject
    private CareApplicationRepository applications;

    @Inject
    private PlaceRepository places;

    @Inject
    private PlanAccess access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    @Inject
    private MatterRepository matters;

    @Inject
    private WorkingDays workingDays;

    /** Approved applications in the user's scope waiting for their plan. */
    public List<AwaitingPlan> awaiting(Locale locale) {
        SignedInUser user = signedIn();
        PlanPolicy policy = access.policy();
        if (!policy.makesPlans(user)) {
            throw new AccessDeniedException();
        }
        Map<String, String> villages = villageNames(locale);
        Map<Long, String> options = optionNames(locale);
        return applications.inScope("", List.of(Stage.SERVICE_PLAN), LIST_LIMIT).stream()
                .filter(a -> policy.mayCreate(user, a))
                .map(a -> new AwaitingPlan(
                        a.getId(),
                        a.getTrackingNumber(),
                        Masking.name(a.getElderName()),
                        a.getVillageCode(),
                        villages.getOrDefault(a.getVillageCode(), a.getVillageCode()),
                        a.getGrade(),
                        names(a.getServiceOptionIds(), options),
                        a.getApprovedOn(),
                        a.getStageDueOn()))
                .toList();
    }

    /** The application a plan is being made for; refused unless the user may make it now. */
    public AwaitingPlan awaitingOne(long applicationId, Locale locale) {
        CareApplication application = planable(applicationId);
        return new AwaitingPlan(
                application.getId(),
                application.getTrackingNumber(),
                Masking.name(application.getElderName()),
                application.getVillageCode(),
                villageNames(locale).getOrDefault(application.getVillageCode(), application.getVillageCode()),
                application.getGrade(),
                names(application.getServiceOptionIds(), optionNames(locale)),
                application.getApprovedOn(),
                application.getStageDueOn());
    }

    /** The services the elder asked for, to preselect in the plan form. */
    public List<Long> servicesWanted(long applicationId) {
        return List.copyOf(planable(applicationId).getServiceOptionIds());
    }

    /**
     * Every provider, those a plan for this application may use (active and serving the elder's village) first; the
     * form marks the others, and choosing one is refused with the reason.
     */
    public List<CareProvider> providersFor(long applicationId) {
        CareApplication application = planable(applicationId);
        return providersByFitness(application.getVillageCode());
    }

    /** Whether a provider could take a plan in this village (for marking the choices). */
    public static boolean usable(CareProvider provider, String villageCode) {
        return provider.isActive() && provider.serves(villageCode);
    }

    public List<CareServiceOption> serviceOptions() {
        return applications.serviceOptions();
    }

    /**
     * Makes the plan of an approved application and moves the application into service. A provider that is switched
     * off, does not work in the village or does not offer a chosen service is refused with the reason.
     */
    public CarePlan create(long applicationId, PlanInput input) {
        SignedInUser user = signedIn();
        CareApplication application = planable(applicationId);
        if (plans.findByApplication(applicationId).isPresent()) {
            throw new BusinessException("eldercare.plan.error.exists");
        }
        LocalDateTime now = LocalDateTime.now();
        CarePlan plan = CarePlan.create(
                applicationId,
                application.getVillageCode(),
                terms(input),
                input.startMonth(),
                input.nextReviewOn(),
                now.toLocalDate(),
                user.username());
        plans.save(plan);
        access.startService(applicationId, Actor.staff(user.id(), user.username()));
        audit.record(
                AuditAction.CARE_PLAN_CREATED,
                "care_plan",
                plan.getId(),
                application.getTrackingNumber() + " provider "
                        + plan.getProvider().getId() + ", "
                        + plan.getHoursPerMonth() + " h, "
                        + plan.getMonthlySubsidy().toPlainString() + " yuan from "
                        + plan.getStartMonth());
        return plan;
    }

    /** Plans in the user's scope, narrowed to a town or village code prefix and a status (all when null). */
    public List<PlanRow> plans(String placePrefix, PlanStatus status, Locale locale) {
        SignedInUser user = signedIn();
        String scope = access.policy().scopePrefix(user);
        if (scope == null) {
            throw new AccessDeniedException();
        }
        String prefix = placePrefix != null && placePrefix.startsWith(scope) ? placePrefix : scope;
        List<CarePlan> found = plans.inScope(prefix, status, LIST_LIMIT);
        return rows(found, locale);
    }

    /** Whether the signed-in user looks after plans at all (menu); never throws. */
    public boolean looksAfterPlans() {
        return currentUser
                .get()
                .map(u -> access.policy().scopePrefix(u) != null)
                .orElse(false);
    }

    /** Whether the signed-in user makes plans (menu); never throws. */
    public boolean makesPlans() {
        return currentUser.get().map(u -> access.policy().makesPlans(u)).orElse(false);
    }

    /** Towns and villages the user may narrow the list to. */
    public List<Place> placesInScope() {
        SignedInUser user = signedIn();
        String scope = access.policy().scopePrefix(user);
        if (scope == null) {
            throw new AccessDeniedException();
        }
        List<Place> result = new java.util.ArrayList<>();
        places.findActive(PlaceLevel.TOWN).stream()
                .filter(t -> t.getCode().startsWith(scope) || scope.startsWith(t.getCode()))
                .forEach(result::add);
        places.findActive(PlaceLevel.VILLAGE).stream()
                .filter(v -> v.getCode().startsWith(scope))
                .forEach(result::add);
        result.sort(java.util.Comparator.comparing(Place::getCode));
        return result;
    }

    /** One plan with its reviews, for those who look after it. */
    public PlanDetails open(long planId, Locale locale) {
        CarePlan plan = manageable(planId);
        PlanRow row = rows(List.of(plan), locale).get(0);
        return new PlanDetails(
                row,
                plan.getVersion(),
                plan.getProvider().getId(),
                plan.getServiceIds(),
                plan.getReviews(),
                plan.getEndNote(),
                plan.getReminderMatterId(),
                providersByFitness(plan.getVillageCode()));
    }

    /** Records a six-monthly review: continue, change the plan (checked like a new one), or end it. */
    public CareReview review(
            long planId,
            int expectedVersion,
            LocalDate reviewedOn,
            ReviewOutcome outcome,
            String note,
            LocalDate nextReviewOn,
            PlanInput change,
            EndReason endReason) {
        SignedInUser user = signedIn();
        CarePlan plan = fresh(planId, expectedVersion);
        PlanTerms terms = outcome == ReviewOutcome.CHANGE ? terms(change) : null;
        CareReview review = plan.review(
                new CarePlan.ReviewRecord(reviewedOn, outcome, note, nextReviewOn, terms, endReason),
                LocalDate.now(),
                user.username());
        plans.save(plan);
        closeReminder(plan, user, "已完成复评：" + outcome.name());
        audit.record(
                AuditAction.CARE_PLAN_REVIEWED,
                "care_plan",
                planId,
                outcome
                        + (review.getChangeSummary() == null ? "" : ": " + review.getChangeSummary())
                        + (endReason == null || outcome != ReviewOutcome.END ? "" : " (" + endReason + ")"));
        return review;
    }

    /** Ends a plan between reviews with the reason and date. */
    public void end(long planId, int expectedVersion, EndReason reason, LocalDate endedOn, String note) {
        SignedInUser user = signedIn();
        CarePlan plan = fresh(planId, expectedVersion);
        plan.end(reason, endedOn, note, LocalDate.now());
        plans.save(plan);
        closeReminder(plan, user, "服务已终止，无需复评。");
        audit.record(AuditAction.CARE_PLAN_ENDED, "care_plan", planId, reason + " on " + endedOn);
    }

    private PlanTerms terms(PlanInput input) {
        if (input == null || input.providerId() == null) {
            throw new BusinessException("eldercare.plan.error.provider");
        }
        CareProvider provider = providers
                .find(input.providerId())
                .orElseThrow(() -> new BusinessException("eldercare.plan.error.provider"));
        return PlanTerms.of(provider, input.serviceIds(), input.hoursPerMonth(), input.monthlySubsidy());
    }

    private List<CareProvider> providersByFitness(String villageCode) {
        List<CareProvider> all = providers.findAll();
        List<CareProvider> ordered = new java.util.ArrayList<>(
                all.stream().filter(p -> usable(p, villageCode)).toList());
        all.stream().filter(p -> !usable(p, villageCode)).forEach(ordered::add);
        return ordered;
    }

    private List<PlanRow> rows(List<CarePlan> found, Locale locale) {
        Map<Long, CareApplication> byId = plans.applications(
                found.stream().map(CarePlan::getApplicationId).toList());
        Map<String, String> villages = villageNames(locale);
        Map<Long, String> options = optionNames(locale);
        LocalDate today = LocalDate.now();
        return found.stream()
                .map(p -> {
                    CareApplication a = byId.get(p.getApplicationId());
                    return new PlanRow(
                            p.getId(),
                            a.getTrackingNumber(),
                            Masking.name(a.getElderName()),
                            p.getVillageCode(),
                            villages.getOrDefault(p.getVillageCode(), p.getVillageCode()),
                            a.getGrade(),
                            p.getProvider().getName(),
                            names(p.getServiceIds(), options),
                            p.getHoursPerMonth(),
                            p.getMonthlySubsidy(),
                            p.getStartMonth(),
                            p.getNextReviewOn(),
                            p.isReviewDue(today),
                            p.getStatus(),
                            p.getEndReason(),
                            p.getEndedOn());
                })
                .toList();
    }

    private CareApplication planable(long applicationId) {
        SignedInUser user = signedIn();
        CareApplication application = applications.find(applicationId).orElseThrow(NotFoundException::new);
        PlanPolicy policy = access.policy();
        if (!policy.makesPlans(user)) {
            throw new NotFoundException();
        }
        if (!policy.mayCreate(user, application)) {
            throw new BusinessException("eldercare.error.wrongStage", Stage.SERVICE_PLAN, application.getStage());
        }
        return application;
    }

    private CarePlan manageable(long planId) {
        SignedInUser user = signedIn();
        CarePlan plan = plans.find(planId).orElseThrow(NotFoundException::new);
        if (!access.policy().mayManage(user, plan.getVillageCode())) {
            throw new NotFoundException(); // outside the scope answers like a missing plan
        }
        return plan;
    }

    private CarePlan fresh(long planId, int expectedVersion) {
        CarePlan plan = manageable(planId);
        if (plan.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        return plan;
    }

    /**
     * A review recorded (or the plan ended) answers the reminder the town was sent for it, so the town's queue does not
     * keep a job that is done. The reminder has no phone, so resolving it tells nobody.
     */
    private void closeReminder(CarePlan plan, SignedInUser user, String reply) {
        if (plan.getReminderMatterId() == null) {
            return;
        }
        matters.find(plan.getReminderMatterId())
                .filter(m -> m.getStatus().isOpen())
                .ifPresent(m -> {
                    Actor actor = Actor.staff(user.id(), user.username());
                    LocalDateTime now = LocalDateTime.now();
                    if (m.getStatus().after(MatterAction.ACCEPT).isPresent()) {
                        m.accept(actor, workingDays.calendar(), now);
                    }
                    if (m.getStatus().after(MatterAction.RESOLVE).isPresent()) {
                        m.resolve(actor, reply, now);
                        matters.save(m);
                    }
                });
    }

    private SignedInUser signedIn() {
        return currentUser.get().orElseThrow(AccessDeniedException::new);
    }

    private Map<String, String> villageNames(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return places.findActive(PlaceLevel.VILLAGE).stream()
                .collect(Collectors.toMap(
                        Place::getCode,
                        p -> english && p.getNameEn() != null ? p.getNameEn() : p.getName(),
                        (a, b) -> a));
    }

    private Map<Long, String> optionNames(Locale locale) {
        return applications.serviceOptions().stream()
                .collect(Collectors.toMap(CareServiceOption::getId, o -> o.name(locale), (a, b) -> a));
    }

    private static String names(Collection<Long> ids, Map<Long, String> names) {
        return ids.stream().sorted().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining("、"));
    }
}
