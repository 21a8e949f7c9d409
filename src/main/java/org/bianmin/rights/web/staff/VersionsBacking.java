package org.bianmin.rights.web.staff;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bianmin.rights.application.RightsListService;
import org.bianmin.rights.application.VersionSummary;
import org.bianmin.rights.domain.ListVersion;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/** /staff/rights/: the versions of the list, and starting the next one. */
@Named("rightsVersions")
@ViewScoped
public class VersionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RightsListService service;

    private List<VersionSummary> versions;

    /** The page's view action: only the owning office sees the versions. */
    public void load() {
        try {
            versions = service.versions();
        } catch (AccessDeniedException e) {
            Refusals.forbidden();
        }
    }

    public String newDraft() {
        try {
            ListVersion draft = service.newDraft();
            return "/staff/rights/version?faces-redirect=true&id=" + draft.getId();
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (EJBException e) {
            if (!Conflicts.causedByConflict(e)) {
                throw e;
            }
            Messages.error("rights.error.draftExists");
        }
        versions = service.versions();
        return null;
    }

    public boolean isDraftOpen() {
        return versions != null
                && versions.stream().anyMatch(v -> v.status() == org.bianmin.rights.domain.VersionStatus.DRAFT);
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }
}
