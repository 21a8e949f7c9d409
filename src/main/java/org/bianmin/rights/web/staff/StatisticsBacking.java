package org.bianmin.rights.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.bianmin.rights.application.RightsStatistics;
import org.bianmin.rights.application.VersionStatistics;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.NotFoundException;
import org.bianmin.shared.web.Messages;
import org.omnifaces.util.Faces;

/** /staff/rights/stats?id=…: a version's feedback in figures, per item and per town, and as an Excel workbook. */
@Named("rightsStats")
@ViewScoped
public class StatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RightsStatistics service;

    private Long id;
    private VersionStatistics statistics;

    public void load() {
        try {
            statistics = service.of(id == null ? -1 : id, locale());
        } catch (NotFoundException e) {
            Refusals.notFound();
        } catch (AccessDeniedException e) {
            Refusals.forbidden();
        }
    }

    public void download() {
        Locale locale = locale();
        long versionId = statistics.versionId();
        String fileName = Messages.text("staff_rights_stats.fileName", statistics.number()) + ".xlsx";
        Faces.sendFile(fileName, true, out -> service.export(versionId, locale, out));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VersionStatistics getStatistics() {
        return statistics;
    }
}
