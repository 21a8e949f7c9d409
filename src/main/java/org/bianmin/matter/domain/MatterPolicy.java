package org.bianmin.matter.domain;

import java.util.EnumSet;
import java.util.Set;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.Role;
import org.bianmin.identity.domain.SignedInUser;

/**
 * The one answer to "may this person do this to this matter now?", from their role, their data scope and the
 * matter's status. The service enforces it; the detail page shows exactly its actions as buttons.
 */
public final class MatterPolicy {

    /** Status moves the handling office makes itself. */
    private static final Set<MatterAction> OFFICE_MOVES = EnumSet.of(
            MatterAction.ACCEPT,
            MatterAction.NOT_ACCEPT,
            MatterAction.START,
            MatterAction.REQUEST_INFORMATION,
            MatterAction.RESUME,
            MatterAction.RESOLVE,
            MatterAction.RETURN,
            MatterAction.MERGE);

    private MatterPolicy() {}

    /** Whether the person may see the matter at all; everyone else is told it does not exist. */
    public static boolean canView(StaffDesk desk, Matter matter) {
        SignedInUser user = desk.user();
        return handlesIt(user, matter)
                || desk.dispatcher()
                || desk.supervisedOfficeIds().contains(matter.getOffice().getId())
                || user.has(Permission.AREA_CLERK)
                        && user.covers(matter.getApplicant().getVillageCode());
    }

    public static Set<MatterAction> allowedActions(StaffDesk desk, Matter matter) {
        Set<MatterAction> allowed = EnumSet.noneOf(MatterAction.class);
        SignedInUser user = desk.user();
        MatterStatus status = matter.getStatus();
        // a returned matter waits for the dispatcher; the office that returned it has nothing more to do
        if (handlesIt(user, matter) && status != MatterStatus.RETURNED) {
            if (!movedElsewhere(matter)) {
                status.moves().stream().filter(OFFICE_MOVES::contains).forEach(allowed::add);
            }
            if (status.isOpen()) {
                if (!Long.valueOf(user.id()).equals(matter.getAssigneeId())) {
                    allowed.add(MatterAction.CLAIM);
                }
                boolean leader = user.hasRole(Role.TOWN_LEADER);
                if (leader) {
                    allowed.add(MatterAction.ASSIGN);
                }
                if (matter.getDueDate() != null && status.isClockRunning()) {
                    if (matter.getExtensionDaysRequested() == null) {
                        allowed.add(MatterAction.REQUEST_EXTENSION);
                    } else if (leader) {
                        allowed.add(MatterAction.GRANT_EXTENSION);
                        allowed.add(MatterAction.REFUSE_EXTENSION);
                    }
                }
            }
        }
        if (desk.dispatcher() && status == MatterStatus.RETURNED) {
            allowed.add(MatterAction.REDISPATCH);
            allowed.add(MatterAction.NOT_ACCEPT);
        }
        return allowed;
    }

    /**
     * A home-care application moves through its own stages on the eldercare pages, and its matter follows them (the
     * district's decision finishes it). Moving the matter here would put the two out of step, so the office may claim,
     * assign and extend it but not change its status.
     */
    private static boolean movedElsewhere(Matter matter) {
        return matter.getType() == MatterType.ELDERCARE_APPLICATION;
    }

    public static boolean allows(StaffDesk desk, Matter matter, MatterAction action) {
        return allowedActions(desk, matter).contains(action);
    }

    /** Staff of the office the matter is with. */
    private static boolean handlesIt(SignedInUser user, Matter matter) {
        return user.has(Permission.AREA_STAFF)
                && user.officeId() != null
                && user.officeId().equals(matter.getOffice().getId());
    }
}
