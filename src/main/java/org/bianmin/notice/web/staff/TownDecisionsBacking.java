package org.bianmin.notice.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bianmin.notice.application.DecisionRegisterService;
import org.bianmin.notice.application.DecisionReviewService;
import org.bianmin.notice.application.DecisionService;
import org.bianmin.notice.application.RegisterPeriod;
import org.bianmin.notice.domain.DecisionMatter;
import org.bianmin.notice.domain.DecisionStatus;
import org.bianmin.notice.web.DecisionPages;
import org.bianmin.place.domain.Place;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.omnifaces.util.Faces;

/**
 * /staff/decisions: the town's review queue (乡镇审核), its villages' decision matters read-only, the town's review
 * switch (town leaders) and the register of a village or the whole town as Excel.
 */
@Named("townDecisions")
@ViewScoped
public class TownDecisionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionReviewService service;

    @Inject
    private DecisionRegisterService register;

    private DecisionStatus status;
    private List<DecisionMatter> queue;
    private List<DecisionMatter> matters;
    private List<Place> villages;
    private String villageCode;
    private LocalDate from = DecisionService.today().withDayOfYear(1);
    private LocalDate to = DecisionService.today();

    public List<DecisionMatter> getQueue() {
        if (queue == null) {
            queue = service.queue();
        }
        return queue;
    }

    public List<DecisionMatter> getMatters() {
        if (matters == null) {
            matters = service.townMatters(status);
        }
        return matters;
    }

    public List<Place> getVillages() {
        if (villages == null) {
            villages = service.villages();
        }
        return villages;
    }

    public String villageName(String code) {
        return getVillages().stream()
                .filter(v -> v.getCode().equals(code))
                .map(Place::getName)
                .findFirst()
                .orElse(code);
    }

    /** Helpers share the clerk area (and staff without review rights the staff area): they get the refusal page. */
    public void load() {
        try {
            getQueue();
        } catch (AccessDeniedException e) {
            DecisionPages.forbidden();
        }
    }

    public void filter() {
        matters = null;
    }

    public boolean isReviews() {
        return service.reviews();
    }

    public boolean isMaySwitch() {
        return service.maySwitch();
    }

    public void switchReview() {
        try {
            boolean on = !service.reviews();
            service.setReviews(on);
            Messages.info(on ? "staff_decisions.reviewOn" : "staff_decisions.reviewOff");
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
    }

    public void download() {
        try {
            RegisterPeriod period = new RegisterPeriod(from, to);
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            String code = villageCode;
            register.register(code, period);
            String fileName = "decision-register-" + (code == null || code.isBlank() ? "town" : code) + "-"
                    + period.from() + "-" + period.to() + ".xlsx";
            Faces.sendFile(fileName, true, out -> register.export(code, period, locale, out));
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
    }

    public DecisionStatus[] getStatuses() {
        return DecisionStatus.values();
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public void setStatus(DecisionStatus status) {
        this.status = status;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
