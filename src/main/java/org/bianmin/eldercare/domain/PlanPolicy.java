package org.bianmin.eldercare.domain;

import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;

/**
 * Who may do what with service plans, on top of {@link CarePolicy}: the approving office (区民政局) makes plans, for
 * applications at the service-plan stage; running plans are looked after — listed, reviewed, ended — by the town
 * staff who verify the town's applications, and by the approving office for the whole district. The statistics
 * follow the same scope. The services enforce this; pages ask it for menus and buttons.
 */
public record PlanPolicy(CarePolicy care) {

    /** Whether the user may make the plan of this application now. */
    public boolean mayCreate(SignedInUser user, CareApplication application) {
        return application.getStage() == Stage.SERVICE_PLAN
                && care.mayAct(user, Stage.SERVICE_PLAN, application.getVillageCode());
    }

    /** Whether the user makes plans at all (the queue of approved applications). */
    public boolean makesPlans(SignedInUser user) {
        return care.ownStages(user).contains(Stage.SERVICE_PLAN);
    }

    /** Whether the user looks after the plans of that village (open, review, end). */
    public boolean mayManage(SignedInUser user, String villageCode) {
        return care.mayAct(user, Stage.SERVICE_PLAN, villageCode)
                || care.mayAct(user, Stage.TOWN_VERIFICATION, villageCode);
    }

    /**
     * The place-code prefix of the plans and figures the user sees: "" for the approving office (the district), the
     * town's code for town staff; {@code null} for anyone else.
     */
    public String scopePrefix(SignedInUser user) {
        if (user == null) {
            return null;
        }
        if (makesPlans(user)) {
            return "";
        }
        if (user.has(Permission.ELDERCARE_VERIFY)
                && user.scopeCode() != null
                && !user.scopeCode().isEmpty()) {
            return user.scopeCode();
        }
        return null;
    }
}
