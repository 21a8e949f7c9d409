package org.bianmin.rights.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.notification.application.NotificationTemplates;
import org.bianmin.notification.application.Notifications;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.rights.domain.Feedback;
import org.bianmin.rights.domain.FeedbackFilter;
import org.bianmin.rights.domain.FeedbackRepository;
import org.bianmin.rights.domain.FeedbackStatistics;
import org.bianmin.rights.domain.ItemContent;
import org.bianmin.rights.domain.ItemKeys;
import org.bianmin.rights.domain.ItemKind;
import org.bianmin.rights.domain.ListDiff;
import org.bianmin.rights.domain.ListItem;
import org.bianmin.rights.domain.ListVersion;
import org.bianmin.rights.domain.ListVersionRepository;
import org.bianmin.rights.domain.Stage;
import org.bianmin.rights.domain.StageRepository;
import org.bianmin.rights.domain.VersionStatus;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The list itself: the owning office writes a draft, publishes it (superseding the version before, marking the
 * feedback it took up and telling those who gave it by name), and keeps the stages; anyone reads the published list,
 * an item with its feedback, and what a version changed.
 */
@Stateless
public class RightsListService {

    /** The title a first draft starts with; the office may change it. */
    static final String FIRST_TITLE = "安居区农民参与乡村建设权责清单";

    /** How many answers the list shows under each item; the item's page shows them all. */
    static final int ANSWERS_PER_ITEM = 3;

    private static final int MAX_ITEM_FEEDBACK = 300;

    @Inject
    private ListVersionRepository versions;

    @Inject
    private StageRepository stages;

    @Inject
    private FeedbackRepository feedbacks;

    @Inject
    private PlaceRepository places;

    @Inject
    private RightsOffice office;

    @Inject
    private AuditLog audit;

    @Inject
    private Notifications notifications;

    @Inject
    @ConfigProperty(name = "bianmin.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    // ---- the office ----

    public List<VersionSummary> versions() {
        office.requireKeeper();
        List<VersionSummary> summaries = new ArrayList<>();
        for (ListVersion version : versions.findAll()) {
            summaries.add(new VersionSummary(
                    version.getId(),
                    version.getNumber(),
                    version.getTitle(),
                    version.getStatus(),
                    version.getPublishedAt(),
                    version.getSupersededAt(),
                    version.getItems().size(),
                    feedbacks.count(new FeedbackFilter(version.getId(), null, null, null))));
        }
        return summaries;
    }

    /** A version with its items and what each took up, for the office's page. */
    public ListVersion open(long id) {
        office.requireKeeper();
        ListVersion version = versions.find(id).orElseThrow(NotFoundException::new);
        version.getItems().forEach(item -> item.getAdoptedFeedbackIds().size());
        if (version.getBasedOn() != null) {
            version.getBasedOn().getNumber();
        }
        return version;
    }

    /** Starts the next version as a copy of the published one (or the first, empty); there is one draft at a time. */
    public ListVersion newDraft() {
        SignedInUser user = office.requireKeeper();
        if (versions.draft().isPresent()) {
            throw new BusinessException("rights.error.draftExists");
        }
        int number = versions.nextNumber();
        ListVersion draft = versions.published()
                .map(published -> ListVersion.draftFrom(published, number, user.username()))
                .orElseGet(() -> ListVersion.firstDraft(number, FIRST_TITLE, user.username()));
        versions.save(draft);
        audit.record(AuditAction.RIGHTS_VERSION_DRAFTED, "rightsVersion", draft.getId(), "v" + number);
        return draft;
    }

    public void retitle(long id, int expectedVersion, String title, String note) {
        ListVersion draft = draft(id, expectedVersion);
        draft.retitle(title, note);
        changed(draft, "title");
    }

    /** @return the new item's key */
    public String addItem(long id, int expectedVersion, ItemDraft item) {
        ListVersion draft = draft(id, expectedVersion);
        String key = draft.addItem(content(item), ItemKeys::next).getKey();
        changed(draft, "add " + key);
        return key;
    }

    public void changeItem(long id, int expectedVersion, String key, ItemDraft item) {
        ListVersion draft = draft(id, expectedVersion);
        draft.changeItem(key, content(item));
        changed(draft, "change " + key);
    }

    public void removeItem(long id, int expectedVersion, String key) {
        ListVersion draft = draft(id, expectedVersion);
        draft.removeItem(key);
        changed(draft, "remove " + key);
    }

    public void moveItem(long id, int expectedVersion, String key, int places) {
        ListVersion draft = draft(id, expectedVersion);
        draft.moveItem(key, places);
        changed(draft, "move " + key + " " + places);
    }

    /**
     * Adds an item (key null) or changes one, with the feedback it takes up, in one go.
     *
     * @return the item's key
     */
    public String saveItem(long id, int expectedVersion, String key, ItemDraft item, Set<Long> feedbackIds) {
        ListVersion draft = draft(id, expectedVersion);
        String saved =
                key == null ? draft.addItem(content(item), ItemKeys::next).getKey() : changeAndKeep(draft, key, item);
        if (draft.getBasedOn() != null) {
            adoptInto(draft, saved, feedbackIds);
        }
        changed(draft, (key == null ? "add " : "change ") + saved + adoptedSummary(draft, saved));
        return saved;
    }

    private String changeAndKeep(ListVersion draft, String key, ItemDraft item) {
        draft.changeItem(key, content(item));
        return key;
    }

    private static String adoptedSummary(ListVersion draft, String key) {
        Set<Long> ids = draft.item(key).map(ListItem::getAdoptedFeedbackIds).orElse(Set.of());
        return ids.isEmpty()
                ? ""
                : " adopts " + ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Records which feedback on the version before an item took up; only what that version received may be named. */
    public void adopt(long id, int expectedVersion, String key, Set<Long> feedbackIds) {
        ListVersion draft = draft(id, expectedVersion);
        adoptInto(draft, key, feedbackIds);
        changed(draft, "adopt " + key + adoptedSummary(draft, key));
    }

    private void adoptInto(ListVersion draft, String key, Set<Long> feedbackIds) {
        Set<Long> ids = feedbackIds == null ? Set.of() : new HashSet<>(feedbackIds);
        List<Feedback> found = feedbacks.findAll(ids);
        if (found.size() != ids.size() || found.stream().anyMatch(f -> !f.adoptableBy(draft))) {
            throw new BusinessException("rights.error.notAdoptable");
        }
        draft.adopt(key, ids);
    }

    /** What the draft's items may take up: the visible suggestions, objections and questions on the version before. */
    public List<Feedback> adoptionCandidates(long id) {
        office.requireKeeper();
        ListVersion version = versions.find(id).orElseThrow(NotFoundException::new);
        return version.getBasedOn() == null
                ? List.of()
                : feedbacks.adoptable(version.getBasedOn().getId());
    }

    /**
     * Publishes the draft: the version in force is superseded in the same transaction, the feedback the draft's items
     * took up is marked adopted, and those who gave it by name are told.
     */
    public void publish(long id, int expectedVersion) {
        SignedInUser user = office.requireKeeper();
        ListVersion draft = draft(id, expectedVersion);
        Optional<ListVersion> current = versions.published();
        LocalDateTime now = LocalDateTime.now();
        Long basedOn = draft.getBasedOn() == null ? null : draft.getBasedOn().getId();
        Long inForce = current.map(ListVersion::getId).orElse(null);
        if (!java.util.Objects.equals(basedOn, inForce)) {
            throw new BusinessException("error.stale");
        }
        if (current.isPresent()) {
            current.get().supersede(now);
            versions.save(current.get());
            versions.flush(); // one published version at a time is also a rule of the database
        }
        draft.publish(user.username(), now);
        int adopted = 0;
        for (ListItem item : draft.getItems()) {
            for (Feedback feedback : feedbacks.findAll(item.getAdoptedFeedbackIds())) {
                feedback.adoptedIn(draft);
                feedbacks.save(feedback);
                adopted++;
                if (feedback.isNamed()) {
                    notifications.toVillager(
                            feedback.getAuthorPhone(),
                            NotificationTemplates.RIGHTS_ADOPTED,
                            Map.of("link", publicUrl + "/public/rights/changes?v=" + draft.getNumber()),
                            "rights-v" + draft.getNumber());
                }
            }
        }
        audit.record(
                AuditAction.RIGHTS_VERSION_PUBLISHED,
                "rightsVersion",
                draft.getId(),
                "v" + draft.getNumber()
                        + current.map(c -> " supersedes v" + c.getNumber()).orElse("")
                        + " items=" + draft.getItems().size() + " adopted=" + adopted);
    }

    private ListVersion draft(long id, int expectedVersion) {
        office.requireKeeper();
        ListVersion version = versions.find(id).orElseThrow(NotFoundException::new);
        if (version.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        if (!version.isDraft()) {
            throw new BusinessException("rights.error.notDraft");
        }
        return version;
    }

    private void changed(ListVersion draft, String what) {
        versions.save(draft);
        audit.record(
                AuditAction.RIGHTS_VERSION_EDITED,
                "rightsVersion",
                draft.getId(),
                "v" + draft.getNumber() + " " + what);
    }

    private ItemContent content(ItemDraft item) {
        Stage stage =
                item.stageId() == null ? null : stages.find(item.stageId()).orElse(null);
        return new ItemContent(item.kind(), stage, item.title(), item.body(), item.basis());
    }

    /** The office's view of what a draft (or any version) changes from the one it was made from. */
    public Changes changesOf(long id, Locale locale) {
        office.requireKeeper();
        ListVersion version = versions.find(id).orElseThrow(NotFoundException::new);
        return changes(version, locale, true);
    }

    // ---- stages ----

    public List<Stage> stages() {
        return stages.findAll();
    }

    /** Adds a stage (id null) or renames, moves, switches one off or on. */
    public void saveStage(
            Long id, Integer expectedVersion, String code, String nameZh, String nameEn, int position, boolean active) {
        office.requireKeeper();
        Stage stage;
        if (id == null) {
            if (stages.findByCode(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                    .isPresent()) {
                throw new BusinessException("rights.error.stageExists");
            }
            stage = new Stage(code, nameZh, nameEn, position);
        } else {
            stage = stages.find(id).orElseThrow(NotFoundException::new);
            if (expectedVersion == null || stage.getVersion() != expectedVersion) {
                throw new BusinessException("error.stale");
            }
            stage.rename(nameZh, nameEn);
            stage.moveTo(position);
        }
        if (active) {
            stage.activate();
        } else {
            stage.deactivate();
        }
        stages.save(stage);
        audit.record(
                AuditAction.RIGHTS_STAGE_CHANGED,
                "rightsStage",
                stage.getId(),
                stage.getCode() + " " + stage.getPosition() + (active ? "" : " off"));
    }

    // ---- the public ----

    /** The published list, grouped by stage, with each item's counts and latest answers; empty before the first. */
    public Optional<PublicList> published(Locale locale) {
        return versions.published().map(version -> publicList(version, locale));
    }

    private PublicList publicList(ListVersion version, Locale locale) {
        PublicViews views = views(locale);
        FeedbackStatistics statistics = FeedbackStatistics.of(feedbacks.tally(version.getId()));
        Map<Long, List<PublicFeedback>> answers = new HashMap<>();
        for (Feedback feedback : feedbacks.answeredVisible(version.getId(), 2000)) {
            answers.computeIfAbsent(feedback.getItemId(), k -> new ArrayList<>())
                    .add(views.of(feedback));
        }
        Map<String, List<PublicItem>> rights = new LinkedHashMap<>();
        Map<String, List<PublicItem>> duties = new LinkedHashMap<>();
        Map<String, Stage> stageByCode = new LinkedHashMap<>();
        stages.findAll().forEach(s -> stageByCode.put(s.getCode(), s));
        for (ListItem item : version.getItems()) {
            stageByCode.putIfAbsent(item.getStage().getCode(), item.getStage());
            List<PublicFeedback> answered = answers.getOrDefault(item.getId(), List.of());
            PublicItem shown = item(item, locale, statistics, answered);
            (item.getKind() == ItemKind.RIGHT ? rights : duties)
                    .computeIfAbsent(item.getStage().getCode(), k -> new ArrayList<>())
                    .add(shown);
        }
        List<StageGroup> groups = new ArrayList<>();
        for (Stage stage : stageByCode.values()) {
            List<PublicItem> r = rights.getOrDefault(stage.getCode(), List.of());
            List<PublicItem> d = duties.getOrDefault(stage.getCode(), List.of());
            if (!r.isEmpty() || !d.isEmpty()) {
                groups.add(new StageGroup(stage.getCode(), stage.name(locale), r, d));
            }
        }
        return new PublicList(
                version.getNumber(),
                version.getTitle(),
                version.getChangeNote(),
                version.getPublishedAt(),
                version.getBasedOn() == null ? null : version.getBasedOn().getNumber(),
                groups,
                statistics.total(),
                version.getItems().size());
    }

    private static PublicItem item(
            ListItem item, Locale locale, FeedbackStatistics statistics, List<PublicFeedback> answered) {
        return new PublicItem(
                item.getKey(),
                item.getPosition(),
                item.getKind(),
                item.getStage().name(locale),
                item.getTitle(),
                item.getBody(),
                item.getBasis(),
                statistics.item(item.getId()),
                answered.stream().limit(ANSWERS_PER_ITEM).toList(),
                answered.size());
    }

    /**
     * An item by key with all its visible feedback: from the published version, or from the last released version
     * that had it (an item since removed still shows what was said about it).
     */
    public Optional<ItemPage> item(String key, Locale locale) {
        if (!ItemKeys.plausible(key)) {
            return Optional.empty();
        }
        for (ListVersion version : versions.findReleased()) {
            Optional<ListItem> found = version.item(key);
            if (found.isPresent()) {
                PublicViews views = views(locale);
                FeedbackStatistics statistics = FeedbackStatistics.of(feedbacks.tally(version.getId()));
                List<PublicFeedback> all = feedbacks.visibleByKey(key, MAX_ITEM_FEEDBACK).stream()
                        .map(views::of)
                        .toList();
                List<PublicFeedback> answered = all.stream()
                        .filter(f -> f.versionNumber() == version.getNumber() && f.answered())
                        .toList();
                return Optional.of(new ItemPage(
                        version.getNumber(),
                        item(found.get(), locale, statistics, answered),
                        all,
                        version.getStatus() == VersionStatus.PUBLISHED));
            }
        }
        return Optional.empty();
    }

    /** What a released version changed from the one before it; empty for an unknown number or a draft. */
    public Optional<Changes> changes(int number, Locale locale) {
        return versions.findByNumber(number)
                .filter(v -> v.getStatus() != VersionStatus.DRAFT)
                .map(v -> changes(v, locale, false));
    }

    /** Released versions, newest first, for the public's choice of version. */
    public List<Integer> releasedNumbers() {
        return versions.findReleased().stream().map(ListVersion::getNumber).toList();
    }

    private Changes changes(ListVersion version, Locale locale, boolean forOffice) {
        PublicViews views = views(locale);
        ListVersion before = version.getBasedOn();
        Map<Long, PublicFeedback> adopted = new HashMap<>();
        Set<Long> wanted = new HashSet<>();
        version.getItems().forEach(i -> wanted.addAll(i.getAdoptedFeedbackIds()));
        for (Feedback feedback : feedbacks.findAll(wanted)) {
            if (forOffice || !feedback.isHidden()) {
                adopted.put(feedback.getId(), views.of(feedback));
            }
        }
        List<ChangeRow> rows = new ArrayList<>();
        for (ListDiff.Row row : ListDiff.between(before, version)) {
            List<PublicFeedback> took = row.after() == null
                    ? List.of()
                    : row.after().getAdoptedFeedbackIds().stream()
                            .map(adopted::get)
                            .filter(java.util.Objects::nonNull)
                            .toList();
            rows.add(new ChangeRow(
                    row.key(),
                    row.change(),
                    row.changedParts(),
                    row.before() == null ? null : row.before().getPosition(),
                    row.after() == null ? null : row.after().getPosition(),
                    row.before() == null ? null : row.before().getKind(),
                    row.after() == null ? null : row.after().getKind(),
                    row.before() == null ? null : row.before().getStage().name(locale),
                    row.after() == null ? null : row.after().getStage().name(locale),
                    row.titleBefore(),
                    row.titleAfter(),
                    row.bodyBefore(),
                    row.bodyAfter(),
                    row.basisBefore(),
                    row.basisAfter(),
                    took));
        }
        return new Changes(
                version.getNumber(),
                version.getTitle(),
                version.getChangeNote(),
                version.getPublishedAt(),
                before == null ? null : before.getNumber(),
                rows,
                rows.stream().filter(r -> !r.unchanged()).count(),
                rows.stream().mapToLong(r -> r.adopted().size()).sum());
    }

    private PublicViews views(Locale locale) {
        return new PublicViews(
                places.findAll().stream()
                        .filter(p -> p.getLevel() == PlaceLevel.TOWN)
                        .toList(),
                locale);
    }
}
