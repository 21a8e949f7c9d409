package org.bianmin.rights.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One item of a version of the list. Part of its {@link ListVersion}, which alone changes it. The key stays the same
 * when a new version copies the item, so two versions are compared item by item.
 */
@Entity
@Table(name = "rights_list_item")
public class ListItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private ListVersion listVersion;

    @Column(name = "item_key", nullable = false, updatable = false, length = 16)
    private String key;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ItemKind kind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "stage_id", nullable = false)
    private Stage stage;

    @Column(name = "title", nullable = false, length = ItemContent.MAX_TITLE)
    private String title;

    @Column(name = "body", nullable = false, length = ItemContent.MAX_BODY)
    private String body;

    @Column(name = "basis", length = ItemContent.MAX_BASIS)
    private String basis;

    /** The feedback on the version before that this item took up. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "rights_item_adoption", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "feedback_id")
    private Set<Long> adoptedFeedbackIds = new HashSet<>();

    protected ListItem() {}

    ListItem(ListVersion listVersion, String key, int position, ItemContent content) {
        this.listVersion = listVersion;
        this.key = key;
        this.position = position;
        change(content);
    }

    /** The same item in a new version: same key, same words, nothing adopted yet. */
    ListItem copyInto(ListVersion newVersion) {
        return new ListItem(newVersion, key, position, content());
    }

    void change(ItemContent content) {
        this.kind = content.kind();
        this.stage = content.stage();
        this.title = content.title();
        this.body = content.body();
        this.basis = content.basis();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void adopt(Set<Long> feedbackIds) {
        adoptedFeedbackIds.clear();
        adoptedFeedbackIds.addAll(feedbackIds);
    }

    public ItemContent content() {
        return new ItemContent(kind, stage, title, body, basis);
    }

    /** Whether the words (kind, stage, title, text, basis) are the same; the position is not part of it. */
    public boolean saysTheSameAs(ListItem other) {
        return other != null
                && kind == other.kind
                && Objects.equals(
                        stage == null ? null : stage.getCode(), other.stage == null ? null : other.stage.getCode())
                && Objects.equals(title, other.title)
                && Objects.equals(body, other.body)
                && Objects.equals(basis, other.basis);
    }

    public Long getId() {
        return id;
    }

    public ListVersion getListVersion() {
        return listVersion;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public ItemKind getKind() {
        return kind;
    }

    public Stage getStage() {
        return stage;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getBasis() {
        return basis;
    }

    /** Sorted, so pages and tests see them in a stable order. */
    public Set<Long> getAdoptedFeedbackIds() {
        return Collections.unmodifiableSet(new TreeSet<>(adoptedFeedbackIds));
    }

    @Override
    public String toString() {
        return "ListItem " + key + " #" + position;
    }
}
