package org.bianmin.eldercare.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import org.bianmin.eldercare.application.CareStatisticsService;
import org.bianmin.eldercare.domain.CareStatistics;
import org.bianmin.eldercare.web.Refusals;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.web.Messages;
import org.omnifaces.util.Faces;

/** /staff/eldercare/stats: the home-care figures of the person's scope, and the same as an Excel workbook. */
@Named("careStats")
@ViewScoped
public class StatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareStatisticsService service;

    private CareStatistics.Figures figures;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!service.mayRead()) {
            Refusals.forbidden();
            return;
        }
        try {
            figures = service.figures(locale());
        } catch (AccessDeniedException e) {
            Refusals.forbidden();
        }
    }

    public void download() {
        Locale locale = locale();
        String fileName =
                Messages.text("staff_care_stats.fileName", LocalDate.now().toString()) + ".xlsx";
        Faces.sendFile(fileName, true, out -> service.export(locale, out));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public CareStatistics.Figures getFigures() {
        return figures;
    }
}
