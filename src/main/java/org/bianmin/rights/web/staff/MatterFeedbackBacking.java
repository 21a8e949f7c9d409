package org.bianmin.rights.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bianmin.rights.application.FeedbackService;
import org.bianmin.rights.application.MatterFeedback;

/** The rights part of /staff/matter for feedback that became a matter: the item and what the person said. */
@Named("rightsMatterFeedback")
@RequestScoped
public class MatterFeedbackBacking {

    @Inject
    private FeedbackService service;

    private Long loadedFor;
    private MatterFeedback feedback;

    public MatterFeedback of(Long matterId) {
        if (matterId == null) {
            return null;
        }
        if (!matterId.equals(loadedFor)) {
            feedback = service.forMatter(matterId).orElse(null);
            loadedFor = matterId;
        }
        return feedback;
    }
}
