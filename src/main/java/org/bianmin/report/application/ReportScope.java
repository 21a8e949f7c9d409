package org.bianmin.report.application;

import java.util.LinkedHashSet;
import java.util.Set;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.matter.domain.StaffDesk;
import org.bianmin.shared.domain.AccessDeniedException;

/**
 * The offices whose matters a staff member's reports cover: their own office and the offices it supervises (督办). A
 * dispatcher or a department sees its own office only, unless it supervises others. Nothing the page sends widens
 * this.
 */
public record ReportScope(long ownOfficeId, Set<Long> officeIds) {

    public ReportScope {
        officeIds = Set.copyOf(officeIds);
    }

    public static ReportScope of(StaffDesk desk) {
        SignedInUser user = desk.user();
        if (!user.has(Permission.AREA_STAFF) || user.officeId() == null) {
            throw new AccessDeniedException();
        }
        Set<Long> offices = new LinkedHashSet<>();
        offices.add(user.officeId());
        offices.addAll(desk.supervisedOfficeIds());
        return new ReportScope(user.officeId(), offices);
    }

    public boolean covers(long officeId) {
        return officeIds.contains(officeId);
    }
}
