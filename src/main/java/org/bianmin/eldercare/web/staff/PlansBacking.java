package org.bianmin.eldercare.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.bianmin.eldercare.application.AwaitingPlan;
import org.bianmin.eldercare.application.CarePlanService;
import org.bianmin.eldercare.application.PlanRow;
import org.bianmin.eldercare.domain.PlanStatus;
import org.bianmin.eldercare.web.Refusals;
import org.bianmin.place.domain.Place;
import org.bianmin.shared.domain.AccessDeniedException;

/**
 * /staff/eldercare/plans: approved applications waiting for a plan (for the approving office) and the plans in the
 * person's scope, by town or village and status, review dates first flagged when due.
 */
@Named("carePlans")
@ViewScoped
public class PlansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CarePlanService service;

    private boolean makesPlans;
    private boolean looksAfter;
    private List<AwaitingPlan> awaiting = List.of();
    private List<PlanRow> rows = List.of();
    private List<Place> places = List.of();
    private String place;
    private PlanStatus status = PlanStatus.ACTIVE;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        makesPlans = service.makesPlans();
        looksAfter = service.looksAfterPlans();
        if (!makesPlans && !looksAfter) {
            Refusals.forbidden();
            return;
        }
        try {
            if (makesPlans) {
                awaiting = service.awaiting(locale());
            }
            places = service.placesInScope();
            search();
        } catch (AccessDeniedException e) {
            Refusals.forbidden();
        }
    }

    public void search() {
        rows = service.plans(place, status, locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isMakesPlans() {
        return makesPlans;
    }

    public List<AwaitingPlan> getAwaiting() {
        return awaiting;
    }

    public List<PlanRow> getRows() {
        return rows;
    }

    public List<Place> getPlaces() {
        return places;
    }

    public PlanStatus[] getStatuses() {
        return PlanStatus.values();
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public long getDueCount() {
        return rows.stream().filter(PlanRow::reviewDue).count();
    }

    public int getLimit() {
        return CarePlanService.LIST_LIMIT;
    }
}
