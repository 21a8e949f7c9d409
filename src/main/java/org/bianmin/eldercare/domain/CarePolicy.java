package org.bianmin.eldercare.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;

/**
 * Who may act on an application now, and who may open it. Each stage is owned by one permission (village clerk: home
 * check; town staff: verification; assessor: assessment; the district civil-affairs bureau: approval and service
 * plan) and acted on only inside the holder's data scope: the village or town the user's scope covers, the district
 * for assessors, and for approval and plans only the staff of the approving office (区民政局), like the rights list
 * is kept only by its office. Opening an application (and its health notes) is for those processing it: any holder of
 * one of these permissions whose scope covers the application. The service enforces this; pages ask it for buttons.
 *
 * @param approvingOfficeId the office that approves (区民政局), or null when none is configured (nobody approves)
 */
public record CarePolicy(Long approvingOfficeId) {

    private static final Set<Permission> PROCESSING = EnumSet.of(
            Permission.ELDERCARE_CHECK,
            Permission.ELDERCARE_VERIFY,
            Permission.ELDERCARE_ASSESS,
            Permission.ELDERCARE_APPROVE,
            Permission.ELDERCARE_PLAN);

    /** The permission that owns a stage; null for the final ones. */
    public static Permission permissionFor(Stage stage) {
        return switch (stage) {
            case VILLAGE_CHECK -> Permission.ELDERCARE_CHECK;
            case TOWN_VERIFICATION -> Permission.ELDERCARE_VERIFY;
            case ABILITY_ASSESSMENT -> Permission.ELDERCARE_ASSESS;
            case DISTRICT_APPROVAL -> Permission.ELDERCARE_APPROVE;
            case SERVICE_PLAN -> Permission.ELDERCARE_PLAN;
            case IN_SERVICE, REFUSED -> null;
        };
    }

    /** Whether the user may act on this stage of an application in that village. */
    public boolean mayAct(SignedInUser user, Stage stage, String villageCode) {
        Permission permission = permissionFor(stage);
        return user != null && permission != null && user.has(permission) && inScope(user, permission, villageCode);
    }

    public boolean mayAct(SignedInUser user, CareApplication application) {
        return mayAct(user, application.getStage(), application.getVillageCode());
    }

    /** Sending back belongs to whoever owns the current stage, once past the first. */
    public boolean maySendBack(SignedInUser user, CareApplication application) {
        return application.getStage().ordinal() > 0 && !application.getStage().isFinal() && mayAct(user, application);
    }

    /** The stages an application may be sent back to. */
    public List<Stage> sendBackTargets(CareApplication application) {
        return Arrays.stream(Stage.values())
                .filter(s ->
                        !s.isFinal() && s.ordinal() < application.getStage().ordinal())
                .toList();
    }

    /** Whether the user processes applications of that village (may open them and read their health notes). */
    public boolean mayView(SignedInUser user, String villageCode) {
        return user != null && PROCESSING.stream().anyMatch(p -> user.has(p) && inScope(user, p, villageCode));
    }

    /** Whether the user processes any applications at all (menu entry, queue). */
    public boolean processes(SignedInUser user) {
        return user != null
                && PROCESSING.stream().anyMatch(p -> user.has(p) && (!districtOffice(p) || inApprovingOffice(user)));
    }

    /** The place-code prefix of the user's queue: their village or town, or "" for district-wide work. */
    public String queuePrefix(SignedInUser user) {
        boolean districtWide = user.has(Permission.ELDERCARE_ASSESS)
                || ((user.has(Permission.ELDERCARE_APPROVE) || user.has(Permission.ELDERCARE_PLAN))
                        && inApprovingOffice(user));
        return districtWide ? "" : user.scopeCode() == null ? "-" : user.scopeCode();
    }

    /** The stages the user acts on. */
    public List<Stage> ownStages(SignedInUser user) {
        return Arrays.stream(Stage.values())
                .filter(s -> {
                    Permission p = permissionFor(s);
                    return p != null && user.has(p) && (!districtOffice(p) || inApprovingOffice(user));
                })
                .toList();
    }

    private boolean inScope(SignedInUser user, Permission permission, String villageCode) {
        if (districtOffice(permission)) {
            return inApprovingOffice(user);
        }
        return user.covers(villageCode);
    }

    private static boolean districtOffice(Permission permission) {
        return permission == Permission.ELDERCARE_APPROVE || permission == Permission.ELDERCARE_PLAN;
    }

    private boolean inApprovingOffice(SignedInUser user) {
        return approvingOfficeId != null && approvingOfficeId.equals(user.officeId());
    }
}
