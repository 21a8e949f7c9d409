package org.bianmin.eldercare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bianmin.eldercare.domain.CareApplication;
import org.bianmin.eldercare.domain.PlanPolicy;
import org.bianmin.matter.domain.Actor;

/**
 * What the plans need from the applications' side, in one place: who approves (and so makes plans, through the
 * applications' {@code CarePolicy}), the approved applications waiting, and the move into service through the
 * applications' own use case.
 */
@ApplicationScoped
public class PlanAccess {

    @Inject
    private CareApplicationService applications;

    public PlanPolicy policy() {
        return new PlanPolicy(applications.policy());
    }

    /** SERVICE_PLAN → IN_SERVICE, in the caller's transaction; refused unless the person may act on that stage. */
    CareApplication startService(long applicationId, Actor actor) {
        return applications.startService(applicationId, actor);
    }
}
