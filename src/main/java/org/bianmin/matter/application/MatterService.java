package org.bianmin.matter.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.matter.domain.Actor;
import org.bianmin.matter.domain.Applicant;
import org.bianmin.matter.domain.Channel;
import org.bianmin.matter.domain.DispatchCatalogue;
import org.bianmin.matter.domain.DispatchRuleRepository;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterAction;
import org.bianmin.matter.domain.MatterPolicy;
import org.bianmin.matter.domain.MatterRepository;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.matter.domain.QueueFilter;
import org.bianmin.matter.domain.StaffDesk;
import org.bianmin.matter.domain.TrackingNumbers;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeKind;
import org.bianmin.place.domain.OfficeRepository;
import org.bianmin.shared.application.WorkingDays;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The workflow's use cases: filing (for every feature), opening, acting, queues. Each public method is one
 * transaction; every action is checked against {@link MatterPolicy} here, whatever the page showed.
 */
@Stateless
public class MatterService {

    /** The most matters one queue pages through (50 pages of 20); filters narrow it further. */
    public static final int QUEUE_LIMIT = 1_000;

    private static final Set<MatterStatus> OPEN = Set.of(
            MatterStatus.SUBMITTED,
            MatterStatus.ACCEPTED,
            MatterStatus.IN_PROGRESS,
            MatterStatus.WAITING_FOR_VILLAGER,
            MatterStatus.RETURNED);

    @Inject
    private MatterRepository matters;

    @Inject
    private DispatchRuleRepository rules;

    @Inject
    private OfficeRepository offices;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private org.bianmin.identity.domain.UserRepository users;

    @Inject
    private org.bianmin.place.domain.PlaceRepository places;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private MatterNotices notices;

    @Inject
    private org.bianmin.matter.domain.FilingKeys filingKeys;

    @Inject
    private jakarta.enterprise.event.Event<MatterResolved> resolved;

    @Inject
    @ConfigProperty(name = "bianmin.tracking.prefix", defaultValue = "AJ")
    private String trackingPrefix;

    /** Files a matter, routed by the dispatch catalogue. Used by every feature that creates work. */
    public Matter file(
            MatterType type,
            String serviceCode,
            String subject,
            Applicant applicant,
            Channel channel,
            int promisedDays,
            Actor actor) {
        Office office = catalogue().route(type, serviceCode, applicant.getVillageCode());
        LocalDateTime now = LocalDateTime.now();
        Matter matter = Matter.file(
                newTrackingNumber(now),
                type,
                serviceCode,
                subject,
                applicant,
                channel,
                office,
                promisedDays,
                actor,
                now);
        matters.save(matter);
        audit.record(
                actor.userId(),
                actor.name(),
                AuditAction.MATTER_FILED,
                "matter",
                matter.getId(),
                matter.getTrackingNumber() + " -> " + office.getCode());
        notices.filed(matter);
        return matter;
    }

    /**
     * 登记: a staff member files a matter for a villager who came to the office or called. The villager's data are
     * checked here (ID number check digit, mobile number, a village in the staff member's scope).
     */
    public Matter fileByStaff(String filingKey, StaffFiling filing) {
        return new FilingOnce(filingKeys)
                .file(filingKey, () -> fileByStaffNow(filing).getId(), id -> matters.find(id)
                        .orElseThrow());
    }

    private Matter fileByStaffNow(StaffFiling filing) {
        SignedInUser user = desk().user();
        org.bianmin.place.domain.Place village = places.find(filing.villageId() == null ? -1 : filing.villageId())
                .filter(p -> p.getLevel() == org.bianmin.place.domain.PlaceLevel.VILLAGE && p.isActive())
                .filter(p -> user.covers(p.getCode()) || desk().dispatcher())
                .orElseThrow(() -> new BusinessException("matter.error.village"));
        String idNumber = filing.idNumber() == null || filing.idNumber().isBlank()
                ? null
                : org.bianmin.shared.domain.IdNumber.parse(filing.idNumber()).value();
        String phone =
                org.bianmin.shared.domain.PhoneNumber.parse(filing.phone()).value();
        if (filing.type() == null) {
            throw new BusinessException("matter.error.type");
        }
        Applicant applicant = new Applicant(filing.name(), idNumber, phone, village.getCode());
        return file(
                filing.type(),
                null,
                filing.subject(),
                applicant,
                Channel.STAFF,
                filing.promisedDays(),
                Actor.staff(user.id(), user.username()));
    }

    /** The villages a staff member may file for: their town's, or every village for district desks. */
    public List<org.bianmin.place.domain.Place> villagesForFiling() {
        SignedInUser user = desk().user();
        return places.findActive(org.bianmin.place.domain.PlaceLevel.VILLAGE).stream()
                .filter(p -> user.covers(p.getCode()))
                .toList();
    }

    /** What a staff member typed to file a matter. */
    public record StaffFiling(
            MatterType type,
            String subject,
            String name,
            String idNumber,
            String phone,
            Long villageId,
            int promisedDays) {}

    /** After a bad rating: a rectification for the handling office, accepted at once so its clock starts now. */
    public Matter openRectification(Matter rated, int days) {
        LocalDateTime now = LocalDateTime.now();
        Matter matter = Matter.rectificationOf(rated, newTrackingNumber(now), days, now);
        matter.accept(Actor.system(), workingDays.calendar(), now);
        matters.save(matter);
        audit.record(
                null,
                Actor.SYSTEM,
                AuditAction.MATTER_FILED,
                "matter",
                matter.getId(),
                matter.getTrackingNumber() + " rectifies " + rated.getTrackingNumber());
        return matter;
    }

    /** Where a matter of this kind from this village would go now: the catalogue tester. */
    public Office wouldRoute(MatterType type, String serviceCode, String villageCode) {
        return catalogue().route(type, serviceCode, villageCode);
    }

    public DispatchCatalogue catalogue() {
        Office desk = offices.findActive().stream()
                .filter(o -> o.getKind() == OfficeKind.DISPATCH_DESK)
                .findFirst()
                .orElse(null);
        return new DispatchCatalogue(rules.findActive(), desk);
    }

    private String newTrackingNumber(LocalDateTime now) {
        TrackingNumbers numbers = new TrackingNumbers(trackingPrefix);
        for (int attempt = 0; attempt < 10; attempt++) {
            String candidate = numbers.next(now.toLocalDate());
            if (!matters.trackingNumberExists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free tracking number after 10 attempts");
    }

    /** The person at the desk, with what the policy needs to know about their office. */
    public StaffDesk desk() {
        SignedInUser user = currentUser.get().orElseThrow(AccessDeniedException::new);
        if (!user.has(Permission.AREA_STAFF) && !user.has(Permission.AREA_CLERK)) {
            throw new AccessDeniedException();
        }
        List<Office> active = offices.findActive();
        boolean dispatcher = user.officeId() != null
                && active.stream()
                        .anyMatch(o -> o.getId().equals(user.officeId()) && o.getKind() == OfficeKind.DISPATCH_DESK);
        Set<Long> supervised = user.officeId() == null
                ? Set.of()
                : offices.findAll().stream()
                        .filter(o -> o.getSupervisor() != null
                                && o.getSupervisor().getId().equals(user.officeId()))
                        .map(Office::getId)
                        .collect(Collectors.toSet());
        return new StaffDesk(user, dispatcher, supervised);
    }

    /** A matter the person may see; any other answers "not found", so ids outside the scope reveal nothing. */
    public Matter open(long id) {
        StaffDesk desk = desk();
        Matter matter = matters.find(id).orElseThrow(NotFoundException::new);
        if (!MatterPolicy.canView(desk, matter)) {
            throw new NotFoundException();
        }
        matter.getHistory().size(); // the detail page shows the history after this transaction
        matter.getOffice().getName();
        return matter;
    }

    public Set<MatterAction> allowedActions(Matter matter) {
        return MatterPolicy.allowedActions(desk(), matter);
    }

    /** Carries out one workflow action, if the policy allows it now and nobody changed the matter meanwhile. */
    public void act(long id, int expectedVersion, MatterAction action, ActionInput input) {
        StaffDesk desk = desk();
        Matter matter = matters.find(id).orElseThrow(NotFoundException::new);
        if (!MatterPolicy.canView(desk, matter)) {
            throw new NotFoundException();
        }
        if (matter.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        if (!MatterPolicy.allows(desk, matter, action)) {
            throw new BusinessException("matter.error.notAllowedNow");
        }
        SignedInUser user = desk.user();
        Actor actor = Actor.staff(user.id(), user.username());
        LocalDateTime now = LocalDateTime.now();
        switch (action) {
            case ACCEPT -> matter.accept(actor, workingDays.calendar(), now);
            case NOT_ACCEPT -> matter.notAccept(actor, input.text(), now);
            case START -> matter.start(actor, now);
            case REQUEST_INFORMATION -> matter.requestInformation(actor, input.text(), now);
            case RESUME -> matter.resume(actor, workingDays.calendar(), input.text(), now);
            case RESOLVE -> matter.resolve(actor, input.text(), input.callBack(), now);
            case RETURN -> matter.returnToDispatcher(actor, input.text(), now);
            case REDISPATCH -> matter.redispatch(actor, activeOffice(input.officeId()), input.text(), now);
            case MERGE -> matter.mergeInto(mergeTarget(input.targetTrackingNumber(), desk), actor, now);
            case CLAIM -> matter.assignTo(user.id(), user.username(), actor, now);
            case ASSIGN -> throw new BusinessException("matter.error.useAssign");
            case REQUEST_EXTENSION -> matter.requestExtension(
                    input.days() == null ? 0 : input.days(), input.text(), actor, now);
            case GRANT_EXTENSION -> matter.grantExtension(actor, workingDays.calendar(), now);
            case REFUSE_EXTENSION -> matter.refuseExtension(actor, input.text(), now);
            default -> throw new BusinessException("matter.error.notAllowedNow");
        }
        audit.record(AuditAction.MATTER_ACTION, "matter", matter.getId(), action + " " + matter.getTrackingNumber());
        notices.acted(matter, action);
        if (action == MatterAction.RESOLVE) {
            resolved.fire(
                    new MatterResolved(matter.getId(), matter.getType(), matter.getReply(), user.username(), now));
        }
    }

    /** The people of the matter's office a leader may assign it to. */
    public List<org.bianmin.identity.domain.UserAccount> colleagues() {
        SignedInUser user = desk().user();
        return user.officeId() == null ? List.of() : users.findEnabledByOffice(user.officeId());
    }

    /** A leader gives the matter to a member of their office. */
    public void assign(long id, int expectedVersion, long assigneeId) {
        StaffDesk desk = desk();
        Matter matter = matters.find(id).orElseThrow(NotFoundException::new);
        if (!MatterPolicy.canView(desk, matter)) {
            throw new NotFoundException();
        }
        if (matter.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        if (!MatterPolicy.allows(desk, matter, MatterAction.ASSIGN)) {
            throw new BusinessException("matter.error.notAllowedNow");
        }
        SignedInUser user = desk.user();
        org.bianmin.identity.domain.UserAccount assignee = users.find(assigneeId)
                .filter(u -> u.isEnabled()
                        && u.getOffice() != null
                        && u.getOffice().getId().equals(matter.getOffice().getId()))
                .orElseThrow(() -> new BusinessException("matter.error.assignee"));
        matter.assignTo(
                assigneeId, assignee.getUsername(), Actor.staff(user.id(), user.username()), LocalDateTime.now());
        audit.record(AuditAction.MATTER_ACTION, "matter", id, "ASSIGN " + matter.getTrackingNumber());
        notices.assigned(matter, assigneeId);
    }

    private Office activeOffice(Long id) {
        return offices.find(id == null ? -1 : id)
                .filter(Office::isActive)
                .orElseThrow(() -> new BusinessException("matter.error.office"));
    }

    private Matter mergeTarget(String trackingNumber, StaffDesk desk) {
        String normalised = TrackingNumbers.normalise(trackingNumber);
        return (normalised == null ? java.util.Optional.<Matter>empty() : matters.findByTrackingNumber(normalised))
                .filter(target -> MatterPolicy.canView(desk, target))
                .orElseThrow(() -> new BusinessException("matter.error.mergeTarget"));
    }

    /** Open matters of the same applicant and type: shown as "possible duplicate" with a link. */
    public List<Matter> possibleDuplicates(Matter matter) {
        StaffDesk desk = desk();
        return matters.openForApplicant(matter.getApplicant().getIdNumber(), matter.getType(), matter.getId()).stream()
                .filter(other -> MatterPolicy.canView(desk, other))
                .toList();
    }

    /** Shows the whole ID number to staff who handle the matter; every reveal is audited. */
    public String revealIdNumber(long id) {
        Matter matter = open(id);
        audit.record(AuditAction.ID_NUMBER_REVEALED, "matter", id, matter.getTrackingNumber());
        return matter.getApplicant().getIdNumber();
    }

    public List<Matter> queue(QueueSearch search, org.bianmin.matter.domain.QueueOrder order, int first, int max) {
        return matters.queue(filterFor(search), order, first, max);
    }

    /**
     * How many matters a queue holds, up to {@link #QUEUE_LIMIT}; {@code QUEUE_LIMIT + 1} means "more than that": the
     * table then pages through the first {@code QUEUE_LIMIT} and asks the person to narrow the filters.
     */
    public long count(QueueSearch search) {
        return matters.count(filterFor(search), QUEUE_LIMIT);
    }

    /** Turns the person's chosen filters into a query bounded by their desk's scope. */
    private QueueFilter filterFor(QueueSearch search) {
        StaffDesk desk = desk();
        SignedInUser user = desk.user();
        Set<MatterStatus> statuses = search.status() == null ? Set.of() : Set.of(search.status());
        boolean overdueOnly = search.overdueOnly() || search.kind() == QueueKind.SUPERVISION;
        if (overdueOnly && statuses.isEmpty()) {
            // the overdue flag stays on a matter that was late (it counts in the on-time statistics), so "overdue"
            // in a queue means late and still open
            statuses = OPEN;
        }
        return switch (search.kind()) {
            case OFFICE -> scoped(Set.of(officeOf(user)), null, statuses, search, search.overdueOnly(), null);
            case MINE -> scoped(Set.of(officeOf(user)), user.id(), statuses, search, search.overdueOnly(), null);
            case SUPERVISION -> desk.supervisedOfficeIds().isEmpty()
                    ? scoped(Set.of(-1L), null, statuses, search, true, null)
                    : scoped(desk.supervisedOfficeIds(), null, statuses, search, true, null);
            case DISPATCH -> {
                if (!desk.dispatcher()) {
                    throw new AccessDeniedException();
                }
                yield scoped(
                        Set.of(),
                        null,
                        statuses.isEmpty() ? Set.of(MatterStatus.RETURNED) : statuses,
                        search,
                        search.overdueOnly(),
                        null);
            }
            case VILLAGE -> {
                if (!user.has(Permission.AREA_CLERK)) {
                    throw new AccessDeniedException();
                }
                yield scoped(Set.of(), null, statuses, search, search.overdueOnly(), user.scopeCode());
            }
        };
    }

    private static long officeOf(SignedInUser user) {
        if (user.officeId() == null || !user.has(Permission.AREA_STAFF)) {
            throw new AccessDeniedException();
        }
        return user.officeId();
    }

    private static QueueFilter scoped(
            Set<Long> officeIds,
            Long assigneeId,
            Set<MatterStatus> statuses,
            QueueSearch search,
            boolean overdueOnly,
            String villageScope) {
        String village = search.villageCode();
        if (villageScope != null) {
            // a clerk's own filter can only narrow their village, never widen it
            village = village != null && village.startsWith(villageScope) ? village : villageScope;
        }
        return new QueueFilter(
                officeIds, assigneeId, statuses, search.type(), village, overdueOnly, search.from(), search.to());
    }
}
