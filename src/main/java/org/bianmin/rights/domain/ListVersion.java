package org.bianmin.rights.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * A version of the rights-and-responsibilities list: DRAFT → PUBLISHED → SUPERSEDED, nothing else. Only a draft is
 * written; only the published version is read as "the list" and takes feedback; publishing a new version supersedes
 * the one before. A version made from the published one copies its items with their keys, and records for each item
 * the feedback on the version before that it took up.
 */
@Entity
@Table(name = "rights_list_version")
public class ListVersion extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TITLE = 100;
    public static final int MAX_NOTE = 1000;
    /** A list longer than this is no longer something a villager reads at a kiosk. */
    public static final int MAX_ITEMS = 200;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "change_note", length = MAX_NOTE)
    private String changeNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private VersionStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_id", updatable = false)
    private ListVersion basedOn;

    @Column(name = "created_by", updatable = false, length = 64)
    private String createdBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "superseded_at")
    private LocalDateTime supersededAt;

    @OneToMany(mappedBy = "listVersion", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<ListItem> items = new ArrayList<>();

    protected ListVersion() {}

    private ListVersion(int number, String title, ListVersion basedOn, String createdBy) {
        this.number = number;
        this.basedOn = basedOn;
        this.createdBy = createdBy;
        this.status = VersionStatus.DRAFT;
        retitle(title, null);
    }

    /** The very first version, empty. */
    public static ListVersion firstDraft(int number, String title, String createdBy) {
        return new ListVersion(number, title, null, createdBy);
    }

    /** The next version, starting as a copy of the published one. */
    public static ListVersion draftFrom(ListVersion published, int number, String createdBy) {
        if (published == null || published.status != VersionStatus.PUBLISHED) {
            throw new BusinessException("rights.error.notPublished");
        }
        ListVersion draft = new ListVersion(number, published.title, published, createdBy);
        for (ListItem item : published.items) {
            draft.items.add(item.copyInto(draft));
        }
        return draft;
    }

    public void retitle(String newTitle, String newNote) {
        requireDraft();
        String trimmed = newTitle == null ? "" : newTitle.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TITLE) {
            throw new BusinessException("rights.error.versionTitle", MAX_TITLE);
        }
        String note = newNote == null ? "" : newNote.strip();
        if (note.length() > MAX_NOTE) {
            throw new BusinessException("rights.error.changeNote", MAX_NOTE);
        }
        this.title = trimmed;
        this.changeNote = note.isEmpty() ? null : note;
    }

    /** Adds an item at the end (a new item needs a stage that is still in use). */
    public ListItem addItem(ItemContent content, Supplier<String> newKey) {
        requireDraft();
        if (items.size() >= MAX_ITEMS) {
            throw new BusinessException("rights.error.tooManyItems", MAX_ITEMS);
        }
        requireActiveStage(content);
        String key = newKey.get();
        while (item(key).isPresent()) {
            key = newKey.get();
        }
        ListItem item = new ListItem(this, key, items.size() + 1, content);
        items.add(item);
        return item;
    }

    public void changeItem(String key, ItemContent content) {
        requireDraft();
        ListItem item = existing(key);
        if (!item.getStage().getCode().equals(content.stage().getCode())) {
            requireActiveStage(content);
        }
        item.change(content);
    }

    public void removeItem(String key) {
        requireDraft();
        items.remove(existing(key));
        renumber();
    }

    /** Moves an item up (negative) or down (positive) by that many places, stopping at either end. */
    public void moveItem(String key, int places) {
        requireDraft();
        ListItem item = existing(key);
        int from = items.indexOf(item);
        int to = Math.max(0, Math.min(items.size() - 1, from + places));
        items.remove(from);
        items.add(to, item);
        renumber();
    }

    /**
     * Records which feedback on the version before an item took up. The caller has checked that each is adoptable
     * feedback on that version; a first version has nothing to adopt.
     */
    public void adopt(String key, Set<Long> feedbackIds) {
        requireDraft();
        if (basedOn == null && !feedbackIds.isEmpty()) {
            throw new BusinessException("rights.error.nothingToAdopt");
        }
        existing(key).adopt(feedbackIds);
    }

    /** Publishes the draft; the caller supersedes the version it replaces in the same transaction. */
    public void publish(String by, LocalDateTime now) {
        requireDraft();
        if (items.isEmpty()) {
            throw new BusinessException("rights.error.emptyVersion");
        }
        status = VersionStatus.PUBLISHED;
        publishedAt = now;
        publishedBy = by;
    }

    public void supersede(LocalDateTime now) {
        if (status != VersionStatus.PUBLISHED) {
            throw new BusinessException("rights.error.notPublished");
        }
        status = VersionStatus.SUPERSEDED;
        supersededAt = now;
    }

    /** Only the version being read now takes feedback: a superseded one has been replaced, a draft is not out yet. */
    public boolean acceptsFeedback() {
        return status == VersionStatus.PUBLISHED;
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    public Optional<ListItem> item(String key) {
        return items.stream().filter(i -> i.getKey().equals(key)).findFirst();
    }

    private ListItem existing(String key) {
        return item(key).orElseThrow(() -> new BusinessException("rights.error.itemGone"));
    }

    private void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new BusinessException("rights.error.notDraft");
        }
    }

    private static void requireActiveStage(ItemContent content) {
        if (!content.stage().isActive()) {
            throw new BusinessException("rights.error.stageInactive");
        }
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i + 1);
        }
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public ListVersion getBasedOn() {
        return basedOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getSupersededAt() {
        return supersededAt;
    }

    /** In their order. */
    public List<ListItem> getItems() {
        List<ListItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(ListItem::getPosition));
        return Collections.unmodifiableList(sorted);
    }

    @Override
    public String toString() {
        return "ListVersion " + number + " " + status;
    }
}
