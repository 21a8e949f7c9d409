package org.bianmin.notice.web.clerk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bianmin.notice.application.DecisionRegisterService;
import org.bianmin.notice.application.DecisionService;
import org.bianmin.notice.application.RegisterPeriod;
import org.bianmin.notice.domain.DecisionMatter;
import org.bianmin.notice.domain.DecisionStatus;
import org.bianmin.notice.web.DecisionPages;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.omnifaces.util.Faces;

/** /clerk/decisions: the village's decision matters and the register for a period as Excel. */
@Named("clerkDecisions")
@ViewScoped
public class DecisionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionService service;

    @Inject
    private DecisionRegisterService register;

    private DecisionStatus status;
    private List<DecisionMatter> matters;
    private LocalDate from = DecisionService.today().withDayOfYear(1);
    private LocalDate to = DecisionService.today();

    public List<DecisionMatter> getMatters() {
        if (matters == null) {
            matters = service.myMatters(status);
        }
        return matters;
    }

    /** Helpers share the clerk area (and staff without review rights the staff area): they get the refusal page. */
    public void load() {
        try {
            getMatters();
        } catch (AccessDeniedException e) {
            DecisionPages.forbidden();
        }
    }

    public void filter() {
        matters = null;
    }

    public void download() {
        try {
            RegisterPeriod period = new RegisterPeriod(from, to);
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            String fileName = "decision-register-" + period.from() + "-" + period.to() + ".xlsx";
            register.register(null, period);
            Faces.sendFile(fileName, true, out -> register.export(null, period, locale, out));
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
