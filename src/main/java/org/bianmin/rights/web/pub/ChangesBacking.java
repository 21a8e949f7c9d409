package org.bianmin.rights.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.bianmin.rights.application.Changes;
import org.bianmin.rights.application.RightsListService;

/**
 * /public/rights/changes?v=… (and the kiosk's): what a version changed from the one before, side by side, with the
 * feedback each changed item took up. Without a number, the version in force.
 */
@Named("rightsChanges")
@RequestScoped
public class ChangesBacking {

    @Inject
    private RightsListService service;

    private Integer number;
    private Changes changes;
    private List<Integer> released;

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        released = service.releasedNumbers();
        int wanted = number != null ? number : released.isEmpty() ? -1 : released.get(0);
        changes = service.changes(wanted, context.getViewRoot().getLocale()).orElse(null);
        if (changes == null && number != null) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public Changes getChanges() {
        return changes;
    }

    public List<Integer> getReleased() {
        return released;
    }
}
