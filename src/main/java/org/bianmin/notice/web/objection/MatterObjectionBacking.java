package org.bianmin.notice.web.objection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bianmin.notice.application.MatterObjection;
import org.bianmin.notice.application.ObjectionService;

/** The objection part of /staff/matter for a NOTICE_OBJECTION matter: the notice and what the person objected to. */
@Named("noticeMatterObjection")
@RequestScoped
public class MatterObjectionBacking {

    @Inject
    private ObjectionService service;

    private Long loadedFor;
    private MatterObjection objection;

    public MatterObjection of(Long matterId) {
        if (matterId == null) {
            return null;
        }
        if (!matterId.equals(loadedFor)) {
            objection = service.forMatter(matterId).orElse(null);
            loadedFor = matterId;
        }
        return objection;
    }
}
