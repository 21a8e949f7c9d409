package org.bianmin.eldercare.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bianmin.eldercare.application.CareApplicationService;

/**
 * The home-care part of /staff/matter: an application's matter follows its stages, so the page points to the
 * application instead of offering status moves (the application page checks scope itself).
 */
@Named("careMatterApplication")
@RequestScoped
public class MatterApplicationBacking {

    @Inject
    private CareApplicationService service;

    private Long loadedFor;
    private Long applicationId;

    public Long of(Long matterId) {
        if (matterId == null) {
            return null;
        }
        if (!matterId.equals(loadedFor)) {
            applicationId = service.applicationOfMatter(matterId).orElse(null);
            loadedFor = matterId;
        }
        return applicationId;
    }
}
