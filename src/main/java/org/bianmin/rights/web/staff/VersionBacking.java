package org.bianmin.rights.web.staff;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.rights.application.Changes;
import org.bianmin.rights.application.ItemDraft;
import org.bianmin.rights.application.RightsListService;
import org.bianmin.rights.domain.Feedback;
import org.bianmin.rights.domain.ItemKind;
import org.bianmin.rights.domain.ListItem;
import org.bianmin.rights.domain.ListVersion;
import org.bianmin.rights.domain.Stage;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;
import org.bianmin.shared.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * /staff/rights/version?id=…: a version's items. A draft is edited here item by item (with the feedback each item
 * takes up) and published; any version shows what it changed from the one before.
 */
@Named("rightsVersion")
@ViewScoped
public class VersionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RightsListService service;

    private Long id;
    private ListVersion version;
    private Changes changes;
    private List<Stage> stages;
    private List<Feedback> candidates = List.of();

    private String title;
    private String note;

    /** The item in the dialog: null key for a new one. */
    private String editingKey;

    private ItemKind kind;
    private Long stageId;
    private String itemTitle;
    private String body;
    private String basis;
    private List<Object> adopted = new ArrayList<>();

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            version = service.open(id == null ? -1 : id);
        } catch (NotFoundException e) {
            Refusals.notFound();
            return;
        } catch (org.bianmin.shared.domain.AccessDeniedException e) {
            Refusals.forbidden();
            return;
        }
        title = version.getTitle();
        note = version.getChangeNote();
        stages = service.stages();
        candidates = version.isDraft() ? service.adoptionCandidates(version.getId()) : List.of();
        changes = service.changesOf(version.getId(), context.getViewRoot().getLocale());
    }

    public void saveHeader() {
        run(() -> service.retitle(id, version.getVersion(), title, note), "staff_rights_version.saved");
    }

    public void newItem() {
        editingKey = null;
        kind = ItemKind.RIGHT;
        stageId = stages.stream()
                .filter(Stage::isActive)
                .map(Stage::getId)
                .findFirst()
                .orElse(null);
        itemTitle = null;
        body = null;
        basis = null;
        adopted = new ArrayList<>();
    }

    public void editItem(String key) {
        ListItem item = version.item(key).orElse(null);
        if (item == null) {
            return;
        }
        editingKey = key;
        kind = item.getKind();
        stageId = item.getStage().getId();
        itemTitle = item.getTitle();
        body = item.getBody();
        basis = item.getBasis();
        adopted = new ArrayList<>(item.getAdoptedFeedbackIds());
    }

    public void saveItem() throws IOException {
        ItemDraft draft = new ItemDraft(kind, stageId, itemTitle, body, basis);
        boolean done = run(
                () -> service.saveItem(id, version.getVersion(), editingKey, draft, adoptedIds()),
                "staff_rights_version.itemSaved");
        if (done) {
            PrimeFaces.current().executeScript("PF('itemDialog').hide()");
        }
    }

    private java.util.Set<Long> adoptedIds() {
        java.util.Set<Long> ids = new HashSet<>();
        // the check boxes' values come back as the items' own type (Long) or as text, depending on the request
        for (Object value : adopted) {
            ids.add(Long.valueOf(String.valueOf(value)));
        }
        return ids;
    }

    public void removeItem(String key) {
        run(() -> service.removeItem(id, version.getVersion(), key), "staff_rights_version.itemRemoved");
    }

    public void moveItem(String key, int places) {
        run(() -> service.moveItem(id, version.getVersion(), key, places), "staff_rights_version.itemMoved");
    }

    public void publish() {
        run(() -> service.publish(id, version.getVersion()), "staff_rights_version.published");
    }

    /** Runs one change, then shows the version as it now is; a refusal keeps what was typed. */
    private boolean run(Runnable change, String doneKey) {
        try {
            change.run();
            Messages.info(doneKey);
        } catch (BusinessException e) {
            Messages.error(e);
            if (!"error.stale".equals(e.getMessageKey())) {
                return false;
            }
        } catch (EJBException e) {
            if (!Conflicts.causedByConflict(e)) {
                throw e;
            }
            Messages.error("error.stale");
        }
        try {
            load();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return true;
    }

    /** The feedback the dialog offers, grouped under the item it was given on. */
    public Map<String, List<Feedback>> getCandidatesByItem() {
        Map<String, List<Feedback>> grouped = new LinkedHashMap<>();
        for (Feedback feedback : candidates) {
            grouped.computeIfAbsent(feedback.getItemKey(), k -> new ArrayList<>())
                    .add(feedback);
        }
        return grouped;
    }

    public ItemKind[] getKinds() {
        return ItemKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ListVersion getVersion() {
        return version;
    }

    public Changes getChanges() {
        return changes;
    }

    public List<Stage> getStages() {
        return stages;
    }

    public List<Feedback> getCandidates() {
        return candidates;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEditingKey() {
        return editingKey;
    }

    public ItemKind getKind() {
        return kind;
    }

    public void setKind(ItemKind kind) {
        this.kind = kind;
    }

    public Long getStageId() {
        return stageId;
    }

    public void setStageId(Long stageId) {
        this.stageId = stageId;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public List<Object> getAdopted() {
        return adopted;
    }

    public void setAdopted(List<Object> adopted) {
        this.adopted = adopted == null ? new ArrayList<>() : new ArrayList<>(adopted);
    }
}
