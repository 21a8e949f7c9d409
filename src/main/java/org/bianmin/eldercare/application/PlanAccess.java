package org.bianmin.eldercare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.bianmin.eldercare.domain.CareApplication;
import org.bianmin.eldercare.domain.CareApplicationRepository;
import org.bianmin.eldercare.domain.CarePolicy;
import org.bianmin.eldercare.domain.PlanPolicy;
import org.bianmin.matter.domain.Actor;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The applications' side the plans need: who approves (and so makes plans), and the move into service. */
@ApplicationScoped
public class PlanAccess {

    @Inject
    private OfficeRepository offices;

    @Inject
    private CareApplicationRepository applications;

    @Inject
    @ConfigProperty(name = "bianmin.eldercare.approving-office", defaultValue = "D-MZ")
    private String approvingOfficeCode;

    public PlanPolicy policy() {
        return new PlanPolicy(new CarePolicy(
                offices.findByCode(approvingOfficeCode).map(Office::getId).orElse(null)));
    }

    /** SERVICE_PLAN → IN_SERVICE, in the caller's transaction. */
    void startService(CareApplication application, Actor actor, LocalDateTime now) {
        application.startService(actor.name(), now);
        applications.save(application);
    }
}
