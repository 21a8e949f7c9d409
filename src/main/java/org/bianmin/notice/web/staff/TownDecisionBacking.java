package org.bianmin.notice.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bianmin.notice.application.DecisionReviewService;
import org.bianmin.notice.application.DecisionService;
import org.bianmin.notice.application.DecisionView;
import org.bianmin.notice.domain.DecisionDisclosure;
import org.bianmin.notice.domain.DecisionMeeting;
import org.bianmin.notice.domain.DisclosureKind;
import org.bianmin.notice.web.DecisionPages;
import org.bianmin.notice.web.Explanations;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;
import org.bianmin.shared.web.Messages;

/** /staff/decisions/view?id=…: a village's decision matter, read-only, with the town's review when it waits for it. */
@Named("townDecision")
@ViewScoped
public class TownDecisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionService decisions;

    @Inject
    private DecisionReviewService review;

    private Long id;
    private DecisionView view;
    private String note;

    public void load() {
        if (view != null) {
            return;
        }
        try {
            view = decisions.view(id == null ? -1 : id);
        } catch (NotFoundException e) {
            DecisionPages.notFound();
        } catch (AccessDeniedException e) {
            DecisionPages.forbidden();
        }
    }

    public void approve() {
        try {
            review.approve(id, view.matter().getVersion());
            Messages.info("staff_decision.approved");
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
        view = decisions.view(id);
    }

    public void sendBack() {
        try {
            review.returnToClerk(id, view.matter().getVersion(), note);
            Messages.info("staff_decision.returned");
            note = null;
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
        view = decisions.view(id);
    }

    public String explain(DecisionMeeting meeting) {
        return Explanations.of(meeting, view.rules());
    }

    public DecisionDisclosure getResolution() {
        return view.matter().disclosure(DisclosureKind.RESOLUTION).orElse(null);
    }

    public DecisionDisclosure getResult() {
        return view.matter().disclosure(DisclosureKind.RESULT).orElse(null);
    }

    public DecisionView getView() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
