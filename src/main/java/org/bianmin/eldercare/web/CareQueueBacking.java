package org.bianmin.eldercare.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.bianmin.eldercare.application.CareApplicationService;
import org.bianmin.eldercare.application.QueueRow;

/**
 * /staff/eldercare/index and /clerk/eldercare/index: the signed-in person's home-care applications — those at their
 * own stages by default, every stage in their scope with ?all=true — by due date, overdue ones marked.
 */
@Named("careQueue")
@RequestScoped
public class CareQueueBacking {

    @Inject
    private CareApplicationService service;

    private boolean all;
    private List<QueueRow> rows;

    public void load() throws java.io.IOException {
        try {
            rows = service.queue(all);
        } catch (org.bianmin.shared.domain.AccessDeniedException e) {
            jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(403, null);
            context.responseComplete();
        }
    }

    public List<QueueRow> getRows() {
        return rows;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public boolean isProcessor() {
        return service.isProcessor();
    }
}
