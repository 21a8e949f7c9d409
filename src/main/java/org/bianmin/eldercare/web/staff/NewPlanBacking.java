package org.bianmin.eldercare.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bianmin.eldercare.application.AwaitingPlan;
import org.bianmin.eldercare.application.CarePlanService;
import org.bianmin.eldercare.application.PlanInput;
import org.bianmin.eldercare.domain.CarePlan;
import org.bianmin.eldercare.domain.CareProvider;
import org.bianmin.eldercare.domain.CareServiceOption;
import org.bianmin.eldercare.domain.ReviewSchedule;
import org.bianmin.eldercare.web.Refusals;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;
import org.bianmin.shared.web.Messages;

/**
 * /staff/eldercare/plan-new?application=…: the approving office makes the service plan of an approved application.
 * Only providers that are active and serve the elder's village are offered; whatever the service still refuses is
 * shown as a message and the form keeps what was typed.
 */
@Named("newCarePlan")
@ViewScoped
public class NewPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CarePlanService service;

    private Long applicationId;
    private AwaitingPlan application;
    private List<CareProvider> providers = List.of();
    private List<CareServiceOption> options = List.of();
    private Long providerId;
    private List<Long> serviceIds = new ArrayList<>();
    private Integer hoursPerMonth;
    private BigDecimal monthlySubsidy;
    private String startMonth;
    private LocalDate nextReviewOn;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            long id = applicationId == null ? -1 : applicationId;
            application = service.awaitingOne(id, locale());
            providers = service.providersFor(id);
            options = service.serviceOptions();
            serviceIds = new ArrayList<>(service.servicesWanted(id));
            startMonth = ReviewSchedule.defaultStart(LocalDate.now()).toString();
        } catch (NotFoundException e) {
            Refusals.notFound();
        } catch (AccessDeniedException e) {
            Refusals.forbidden();
        } catch (BusinessException e) {
            // not (or no longer) at the service-plan stage: say so on the page
            Messages.error(e);
        }
    }

    public void save() {
        try {
            CarePlan plan = service.create(
                    applicationId,
                    new PlanInput(
                            providerId,
                            serviceIds,
                            hoursPerMonth,
                            monthlySubsidy,
                            startMonth == null ? null : YearMonth.parse(startMonth),
                            nextReviewOn));
            Messages.info("staff_care_plan_new.created", application.trackingNumber());
            Messages.keepForRedirect();
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequestContextPath() + "/staff/eldercare/plan?id=" + plan.getId());
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (jakarta.ejb.EJBException e) {
            Messages.error("error.stale");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A provider's name, marked when it is switched off or does not serve the elder's village. */
    public String providerLabel(CareProvider provider) {
        if (!provider.isActive()) {
            return Messages.text("staff_care_plan_new.providerInactive", provider.getName());
        }
        if (!provider.serves(application.villageCode())) {
            return Messages.text("staff_care_plan_new.providerElsewhere", provider.getName());
        }
        return provider.getName();
    }

    /** The start months offered: this month to three months on (a plan usually starts next month). */
    public List<String> getMonths() {
        YearMonth now = YearMonth.now();
        List<String> months = new ArrayList<>();
        for (int i = 0; i <= 3; i++) {
            months.add(now.plusMonths(i).toString());
        }
        return months;
    }

    /** The first review if none is chosen: six months after the start. */
    public LocalDate getDefaultReview() {
        try {
            return ReviewSchedule.firstReview(YearMonth.parse(startMonth));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public AwaitingPlan getApplication() {
        return application;
    }

    public List<CareProvider> getProviders() {
        return providers;
    }

    public List<CareServiceOption> getOptions() {
        return options;
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

    public String getStartMonth() {
        return startMonth;
    }

    public void setStartMonth(String startMonth) {
        this.startMonth = startMonth;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }
}
