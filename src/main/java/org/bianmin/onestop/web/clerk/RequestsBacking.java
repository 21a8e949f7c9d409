package org.bianmin.onestop.web.clerk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bianmin.onestop.application.HelperCase;
import org.bianmin.onestop.application.OneStopService;
import org.bianmin.onestop.domain.FollowUpOutcome;
import org.bianmin.onestop.domain.HelperStep;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/** /clerk/requests: the requests a helper filed, their seven steps, and the next step the helper records. */
@Named("helperCases")
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OneStopService service;

    private List<HelperCase> cases;
    private Long matterId;
    private HelperStep step;
    private FollowUpOutcome outcome;
    private String note;

    @PostConstruct
    void init() {
        cases = service.myCases();
    }

    /** Opens the small dialog for one case's next step. */
    public void prepare(HelperCase helperCase) {
        matterId = helperCase.matterId();
        step = helperCase.nextStep();
        outcome = null;
        note = null;
    }

    public void record() {
        if (matterId == null) {
            return; // a second click on a dialog already saved
        }
        try {
            service.recordStep(matterId, step, outcome, note);
            Messages.info("clerk_requests.recorded", Messages.text("HelperStep." + step));
            cases = service.myCases();
            matterId = null;
        } catch (BusinessException e) {
            Messages.error(e);
            cases = service.myCases();
        } catch (jakarta.ejb.EJBException | jakarta.persistence.OptimisticLockException e) {
            // another helper recorded the same step at the same moment
            Messages.error("error.stale");
            cases = service.myCases();
        }
    }

    public HelperStep[] getAllSteps() {
        return HelperStep.values();
    }

    public FollowUpOutcome[] getOutcomes() {
        return FollowUpOutcome.values();
    }

    public List<HelperCase> getCases() {
        return cases;
    }

    public HelperStep getStep() {
        return step;
    }

    public FollowUpOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(FollowUpOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
