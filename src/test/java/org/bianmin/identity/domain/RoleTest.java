package org.bianmin.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Roles and their permissions")
class RoleTest {

    private static Set<Role> rolesWith(Permission permission) {
        return Arrays.stream(Role.values())
                .filter(role -> role.permissions().contains(permission))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleGrantsAtLeastOnePermission(Role role) {
        assertThat(role.permissions()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleNeedsAKindOfScope(Role role) {
        assertThat(role.scopeKind()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void everyPermissionIsGrantedBySomeRole(Permission permission) {
        assertThat(rolesWith(permission)).isNotEmpty();
    }

    @Test
    void onlyTheAdministratorOpensTheAdminArea() {
        assertThat(rolesWith(Permission.AREA_ADMIN)).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void onlyTheAdministratorManagesPlacesOfficesAndUsers() {
        assertThat(rolesWith(Permission.PLACE_MANAGE)).containsExactly(Role.ADMINISTRATOR);
        assertThat(rolesWith(Permission.OFFICE_MANAGE)).containsExactly(Role.ADMINISTRATOR);
        assertThat(rolesWith(Permission.USER_MANAGE)).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void onlyTheAdministratorIssuesAndRevokesApiKeys() {
        assertThat(rolesWith(Permission.API_KEY_MANAGE)).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void theAuditorReadsTheAuditLogButAdministersNothing() {
        assertThat(Role.AUDITOR.permissions())
                .contains(Permission.AUDIT_READ)
                .doesNotContain(
                        Permission.AREA_ADMIN,
                        Permission.PLACE_MANAGE,
                        Permission.OFFICE_MANAGE,
                        Permission.USER_MANAGE,
                        Permission.API_KEY_MANAGE);
    }

    @Test
    void theAdministratorCannotReadTheAuditLogSoNobodyAuditsTheirOwnChanges() {
        assertThat(rolesWith(Permission.AUDIT_READ)).containsExactly(Role.AUDITOR);
    }

    @Test
    void villageRolesOpenOnlyTheClerkAreaAndOnlyHelpersFileOnSomeonesBehalf() {
        assertThat(Role.VILLAGE_CLERK.permissions())
                .containsExactlyInAnyOrder(Permission.AREA_CLERK, Permission.ELDERCARE_CHECK);
        assertThat(Role.HELPER.permissions())
                .containsExactlyInAnyOrder(Permission.AREA_CLERK, Permission.FILE_ON_BEHALF);
        assertThat(rolesWith(Permission.FILE_ON_BEHALF)).containsExactly(Role.HELPER);
    }

    @Test
    void onlyDepartmentStaffKeepTheRightsListAndTheServiceNarrowsItToTheOwningOffice() {
        assertThat(rolesWith(Permission.RIGHTS_MANAGE)).containsExactly(Role.DEPARTMENT_STAFF);
        assertThat(Role.DEPARTMENT_STAFF.permissions())
                .containsExactlyInAnyOrder(
                        Permission.AREA_STAFF,
                        Permission.RIGHTS_MANAGE,
                        Permission.ELDERCARE_APPROVE,
                        Permission.ELDERCARE_PLAN);
        assertThat(Role.TOWN_STAFF.permissions()).doesNotContain(Permission.RIGHTS_MANAGE);
        assertThat(Role.TOWN_LEADER.permissions()).doesNotContain(Permission.RIGHTS_MANAGE);
    }

    @Test
    void theScopeKindsMatchWhereEachRoleWorks() {
        assertThat(Role.ADMINISTRATOR.scopeKind()).isEqualTo(Role.ScopeKind.DISTRICT);
        assertThat(Role.AUDITOR.scopeKind()).isEqualTo(Role.ScopeKind.DISTRICT);
        assertThat(Role.DEPARTMENT_STAFF.scopeKind()).isEqualTo(Role.ScopeKind.DISTRICT_OFFICE);
        assertThat(Role.TOWN_STAFF.scopeKind()).isEqualTo(Role.ScopeKind.TOWN_OFFICE);
        assertThat(Role.TOWN_LEADER.scopeKind()).isEqualTo(Role.ScopeKind.TOWN_OFFICE);
        assertThat(Role.VILLAGE_CLERK.scopeKind()).isEqualTo(Role.ScopeKind.VILLAGE);
        assertThat(Role.HELPER.scopeKind()).isEqualTo(Role.ScopeKind.VILLAGE);
        assertThat(Role.CARE_ASSESSOR.scopeKind()).isEqualTo(Role.ScopeKind.DISTRICT);
    }

    @Test
    void eachEldercareStageBelongsToOneRole() {
        assertThat(rolesWith(Permission.ELDERCARE_CHECK)).containsExactly(Role.VILLAGE_CLERK);
        assertThat(rolesWith(Permission.ELDERCARE_VERIFY)).containsExactly(Role.TOWN_STAFF);
        assertThat(rolesWith(Permission.ELDERCARE_ASSESS)).containsExactly(Role.CARE_ASSESSOR);
        assertThat(rolesWith(Permission.ELDERCARE_APPROVE)).containsExactly(Role.DEPARTMENT_STAFF);
        assertThat(rolesWith(Permission.ELDERCARE_PLAN)).containsExactly(Role.DEPARTMENT_STAFF);
        assertThat(rolesWith(Permission.ELDERCARE_CONFIGURE)).containsExactly(Role.ADMINISTRATOR);
        assertThat(Role.CARE_ASSESSOR.permissions())
                .containsExactlyInAnyOrder(Permission.AREA_STAFF, Permission.ELDERCARE_ASSESS);
    }

    @Test
    void theGrantedPermissionsCannotBeChangedFromOutside() {
        Role.TOWN_STAFF.permissions().add(Permission.AREA_ADMIN);

        assertThat(Role.TOWN_STAFF.permissions()).doesNotContain(Permission.AREA_ADMIN);
    }

    @Test
    void everyPermissionHasItsOwnShiroWildcard() {
        Set<String> wildcards =
                Arrays.stream(Permission.values()).map(Permission::wildcard).collect(Collectors.toSet());

        assertThat(wildcards).hasSize(Permission.values().length);
        assertThat(wildcards).allSatisfy(w -> assertThat(w).matches("[a-z]+:[a-z]+"));
    }
}
