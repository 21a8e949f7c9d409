package org.bianmin.identity.domain;

import java.util.EnumSet;
import java.util.Set;

/** The portal's staff roles, the permissions each grants and the kind of data scope each needs. */
public enum Role {
    ADMINISTRATOR(
            ScopeKind.DISTRICT,
            Permission.AREA_ADMIN,
            Permission.PLACE_MANAGE,
            Permission.OFFICE_MANAGE,
            Permission.USER_MANAGE,
            Permission.DISPATCH_MANAGE,
            Permission.CALENDAR_MANAGE,
            Permission.CATALOGUE_MANAGE,
            Permission.API_KEY_MANAGE,
            Permission.KIOSK_MANAGE,
            Permission.ELDERCARE_CONFIGURE),
    /** Reads the audit log; kept apart from the administrator so nobody audits their own changes. */
    AUDITOR(ScopeKind.DISTRICT, Permission.AUDIT_READ),
    /** Staff of a district department; those of the list's owning office (区乡村振兴局) also keep the rights list. */
    DEPARTMENT_STAFF(
            ScopeKind.DISTRICT_OFFICE,
            Permission.AREA_STAFF,
            Permission.RIGHTS_MANAGE,
            Permission.ELDERCARE_APPROVE,
            Permission.ELDERCARE_PLAN),
    TOWN_STAFF(ScopeKind.TOWN_OFFICE, Permission.AREA_STAFF, Permission.ELDERCARE_VERIFY),
    TOWN_LEADER(ScopeKind.TOWN_OFFICE, Permission.AREA_STAFF),
    /** 村务: records the four discussions and publishes the disclosures. */
    VILLAGE_CLERK(ScopeKind.VILLAGE, Permission.AREA_CLERK, Permission.ELDERCARE_CHECK),
    /** 代办员: files and follows matters on a villager's behalf at the village service room. */
    HELPER(ScopeKind.VILLAGE, Permission.AREA_CLERK, Permission.FILE_ON_BEHALF),
    /** 评估员: records ability assessments (GB/T 42195-2022) for the district's applications. */
    CARE_ASSESSOR(ScopeKind.DISTRICT, Permission.AREA_STAFF, Permission.ELDERCARE_ASSESS);

    /** Where a role's data scope comes from. */
    public enum ScopeKind {
        /** the whole district; no office or village */
        DISTRICT,
        /** a district department or the dispatch desk */
        DISTRICT_OFFICE,
        /** a town's convenience service centre */
        TOWN_OFFICE,
        /** one village's service room */
        VILLAGE
    }

    private final ScopeKind scopeKind;
    private final Set<Permission> permissions;

    Role(ScopeKind scopeKind, Permission first, Permission... rest) {
        this.scopeKind = scopeKind;
        this.permissions = EnumSet.of(first, rest);
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }
}
