package org.bianmin.rights.web.staff;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bianmin.rights.application.FeedbackService;
import org.bianmin.rights.application.RightsListService;
import org.bianmin.rights.application.StaffFeedback;
import org.bianmin.rights.application.VersionSummary;
import org.bianmin.rights.domain.FeedbackFilter;
import org.bianmin.rights.domain.FeedbackType;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /staff/rights/feedback: the list's feedback, newest first, filtered by version, item, type and state; the office
 * answers anonymous feedback here and hides abusive feedback with a reason. Named feedback is answered through its
 * matter (linked by tracking number).
 */
@Named("rightsFeedbackList")
@ViewScoped
public class FeedbackListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackService service;

    @Inject
    private RightsListService lists;

    private List<VersionSummary> versions;
    private Long versionId;
    private String itemKey;
    private FeedbackType type;
    private FeedbackFilter.State state = FeedbackFilter.State.UNANSWERED;

    private StaffFeedback chosen;
    private String answer;
    private String reason;

    private final LazyDataModel<StaffFeedback> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, service.count(filter()));
        }

        @Override
        public List<StaffFeedback> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return service.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(StaffFeedback feedback) {
            return String.valueOf(feedback.id());
        }

        @Override
        public StaffFeedback getRowData(String rowKey) {
            return null;
        }
    };

    /** The page's view action: only the owning office sees the feedback. */
    public void load() {
        if (versions != null) {
            return;
        }
        try {
            versions = lists.versions();
        } catch (AccessDeniedException e) {
            Refusals.forbidden();
            return;
        }
        versions = versions.stream()
                .filter(v -> v.status() != org.bianmin.rights.domain.VersionStatus.DRAFT)
                .toList();
        versionId = versions.isEmpty() ? null : versions.get(0).id();
    }

    private FeedbackFilter filter() {
        return new FeedbackFilter(
                versionId, itemKey == null || itemKey.isBlank() ? null : itemKey.strip(), type, state);
    }

    public void choose(StaffFeedback feedback) {
        chosen = feedback;
        answer = null;
        reason = null;
    }

    public void saveAnswer() {
        act(
                () -> service.answer(chosen.id(), chosen.entityVersion(), answer),
                "staff_rights_feedback.answered",
                "answerDialog");
    }

    public void saveHide() {
        act(
                () -> service.hide(chosen.id(), chosen.entityVersion(), reason),
                "staff_rights_feedback.hidden",
                "hideDialog");
    }

    private void act(Runnable action, String doneKey, String dialog) {
        try {
            action.run();
            Messages.info(doneKey);
        } catch (BusinessException e) {
            Messages.error(e);
            if (!"error.stale".equals(e.getMessageKey())) {
                return;
            }
        } catch (EJBException e) {
            if (!Conflicts.causedByConflict(e)) {
                throw e;
            }
            Messages.error("error.stale");
        }
        PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
    }

    public FeedbackType[] getTypes() {
        return FeedbackType.values();
    }

    public FeedbackFilter.State[] getStates() {
        return FeedbackFilter.State.values();
    }

    public LazyDataModel<StaffFeedback> getRows() {
        return rows;
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public void setItemKey(String itemKey) {
        this.itemKey = itemKey;
    }

    public FeedbackType getType() {
        return type;
    }

    public void setType(FeedbackType type) {
        this.type = type;
    }

    public FeedbackFilter.State getState() {
        return state;
    }

    public void setState(FeedbackFilter.State state) {
        this.state = state;
    }

    public StaffFeedback getChosen() {
        return chosen;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
