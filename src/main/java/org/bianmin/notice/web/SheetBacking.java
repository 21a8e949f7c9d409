package org.bianmin.notice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bianmin.notice.application.DecisionService;
import org.bianmin.notice.application.DecisionView;
import org.bianmin.notice.domain.DecisionDisclosure;
import org.bianmin.notice.domain.DecisionMeeting;
import org.bianmin.notice.domain.DisclosureKind;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.NotFoundException;

/** The print-ready register sheet (登记表) of one matter: /clerk/decision-sheet?id=… and /staff/decisions/sheet?id=…. */
@Named("decisionSheet")
@RequestScoped
public class SheetBacking {

    @Inject
    private DecisionService service;

    private Long id;
    private DecisionView view;

    public void load() {
        try {
            view = service.view(id == null ? -1 : id);
        } catch (NotFoundException e) {
            DecisionPages.notFound();
        } catch (AccessDeniedException e) {
            DecisionPages.forbidden();
        }
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
}
