package org.bianmin.eldercare.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bianmin.eldercare.application.CarePlanService;

/** Whether the menu shows the home-care plans: to those who make or look after plans, from the policy. */
@Named
@RequestScoped
public class CarePlansNav {

    @Inject
    private CarePlanService service;

    private Boolean visible;

    public boolean isVisible() {
        if (visible == null) {
            visible = service.makesPlans() || service.looksAfterPlans();
        }
        return visible;
    }
}
