package org.bianmin.notice.web.clerk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.bianmin.notice.application.DecisionService;
import org.bianmin.notice.domain.DecisionCategory;
import org.bianmin.notice.domain.MotionSource;
import org.bianmin.notice.web.DecisionPages;
import org.bianmin.notice.web.Uploads;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/** /clerk/decision-open: a clerk opens a decision matter of their village. */
@Named("openDecision")
@ViewScoped
public class OpenDecisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionService service;

    private String title;
    private Long categoryId;
    private MotionSource source;
    private String description;
    private BigDecimal estimatedFunds;
    private final Uploads files = new Uploads(false);
    private List<DecisionCategory> categories;

    public String open() {
        try {
            long id = service.open(
                    new DecisionService.MatterForm(title, categoryId, source, description, estimatedFunds),
                    files.list());
            Messages.info("clerk_decision.opened");
            Messages.keepForRedirect();
            return "/clerk/decision?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            DecisionPages.error(e);
            return null;
        }
    }

    public List<DecisionCategory> getCategories() {
        if (categories == null) {
            categories = service.activeCategories();
        }
        return categories;
    }

    public MotionSource[] getSources() {
        return MotionSource.values();
    }

    public Uploads getFiles() {
        return files;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public MotionSource getSource() {
        return source;
    }

    public void setSource(MotionSource source) {
        this.source = source;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getEstimatedFunds() {
        return estimatedFunds;
    }

    public void setEstimatedFunds(BigDecimal estimatedFunds) {
        this.estimatedFunds = estimatedFunds;
    }
}
