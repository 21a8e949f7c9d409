package org.bianmin.eldercare.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianmin.eldercare.application.CarePlanService;
import org.bianmin.eldercare.application.PlanDetails;
import org.bianmin.eldercare.application.PlanInput;
import org.bianmin.eldercare.domain.CareProvider;
import org.bianmin.eldercare.domain.CareServiceOption;
import org.bianmin.eldercare.domain.EndReason;
import org.bianmin.eldercare.domain.ReviewOutcome;
import org.bianmin.eldercare.web.Refusals;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;
import org.bianmin.shared.web.Messages;

/** /staff/eldercare/plan?id=…: one plan, its reviews, and the two things done to it — review and end. */
@Named("carePlan")
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CarePlanService service;

    private Long id;
    private PlanDetails details;
    private List<CareServiceOption> options = List.of();

    // review
    private LocalDate reviewedOn;
    private ReviewOutcome outcome = ReviewOutcome.CONTINUE;
    private String note;
    private LocalDate nextReviewOn;
    private Long providerId;
    private List<Long> serviceIds = new ArrayList<>();
    private Integer hoursPerMonth;
    private BigDecimal monthlySubsidy;

    // end (also a review's end)
    private EndReason endReason;
    private LocalDate endedOn;
    private String endNote;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            reload();
            options = service.serviceOptions();
        } catch (NotFoundException e) {
            Refusals.notFound();
        } catch (AccessDeniedException e) {
            Refusals.forbidden();
        }
    }

    private void reload() {
        details = service.open(id == null ? -1 : id, locale());
        reviewedOn = LocalDate.now();
        endedOn = LocalDate.now();
        providerId = details.providerId();
        serviceIds = new ArrayList<>(details.serviceIds());
        hoursPerMonth = details.row().hoursPerMonth();
        monthlySubsidy = details.row().monthlySubsidy();
    }

    public void review() {
        try {
            service.review(
                    id,
                    details.version(),
                    reviewedOn,
                    outcome,
                    note,
                    nextReviewOn,
                    new PlanInput(providerId, serviceIds, hoursPerMonth, monthlySubsidy, null, null),
                    endReason);
            Messages.info("staff_care_plan.reviewed");
            note = null;
            nextReviewOn = null;
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('reviewDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (jakarta.ejb.EJBException e) {
            Messages.error("error.stale");
        }
    }

    public void end() {
        try {
            service.end(id, details.version(), endReason, endedOn, endNote);
            Messages.info("staff_care_plan.ended");
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('endDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (jakarta.ejb.EJBException e) {
            Messages.error("error.stale");
        }
    }

    public String providerLabel(CareProvider provider) {
        if (!provider.isActive()) {
            return Messages.text("staff_care_plan_new.providerInactive", provider.getName());
        }
        if (!provider.serves(details.row().villageCode())) {
            return Messages.text("staff_care_plan_new.providerElsewhere", provider.getName());
        }
        return provider.getName();
    }

    /** Service names by id for the review dialog. */
    public Map<Long, String> getOptionNames() {
        return options.stream().collect(Collectors.toMap(CareServiceOption::getId, o -> o.name(locale())));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ReviewOutcome[] getOutcomes() {
        return ReviewOutcome.values();
    }

    public EndReason[] getEndReasons() {
        return EndReason.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanDetails getDetails() {
        return details;
    }

    public List<CareServiceOption> getOptions() {
        return options;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ReviewOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }

    public Integer getHoursPerMonth() {
        return hoursPerMonth;
    }

    public void setHoursPerMonth(Integer hoursPerMonth) {
        this.hoursPerMonth = hoursPerMonth;
    }

    public BigDecimal getMonthlySubsidy() {
        return monthlySubsidy;
    }

    public void setMonthlySubsidy(BigDecimal monthlySubsidy) {
        this.monthlySubsidy = monthlySubsidy;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public void setEndReason(EndReason endReason) {
        this.endReason = endReason;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getEndNote() {
        return endNote;
    }

    public void setEndNote(String endNote) {
        this.endNote = endNote;
    }
}
