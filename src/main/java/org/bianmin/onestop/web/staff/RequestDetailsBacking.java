package org.bianmin.onestop.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bianmin.onestop.application.OneStopService;
import org.bianmin.onestop.application.RequestDetails;

/** The service-request part of /staff/matter: answers, files, and the helper's consent and steps. */
@Named("requestDetails")
@RequestScoped
public class RequestDetailsBacking {

    @Inject
    private OneStopService service;

    private Long loadedFor;
    private RequestDetails details;

    public RequestDetails of(Long matterId) {
        if (matterId == null) {
            return null;
        }
        if (!matterId.equals(loadedFor)) {
            details = service.details(matterId).orElse(null);
            loadedFor = matterId;
        }
        return details;
    }
}
