package org.bianmin.report.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.bianmin.identity.domain.Role;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.matter.domain.StaffDesk;
import org.bianmin.shared.domain.AccessDeniedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Whose matters a staff member's reports cover")
class ReportScopeTest {

    private static final long DISPATCH_DESK = 1L;
    private static final long SANJIA_CENTRE = 11L;
    private static final long YUFENG_CENTRE = 12L;
    private static final long CIVIL_AFFAIRS = 21L;

    private static SignedInUser user(Set<Role> roles, Long officeId) {
        return new SignedInUser(7L, "someone", "某人", roles, officeId, null, null, "510904", null);
    }

    @Test
    void townStaffSeeTheirOwnOffice() {
        ReportScope scope =
                ReportScope.of(new StaffDesk(user(EnumSet.of(Role.TOWN_STAFF), SANJIA_CENTRE), false, Set.of()));

        assertThat(scope.officeIds()).containsExactly(SANJIA_CENTRE);
        assertThat(scope.ownOfficeId()).isEqualTo(SANJIA_CENTRE);
        assertThat(scope.covers(YUFENG_CENTRE)).isFalse();
    }

    @Test
    void anOfficeThatSupervisesOthersSeesThemToo() {
        ReportScope scope = ReportScope.of(new StaffDesk(
                user(EnumSet.of(Role.DEPARTMENT_STAFF), CIVIL_AFFAIRS), false, Set.of(SANJIA_CENTRE, YUFENG_CENTRE)));

        assertThat(scope.officeIds()).containsExactlyInAnyOrder(CIVIL_AFFAIRS, SANJIA_CENTRE, YUFENG_CENTRE);
        assertThat(scope.ownOfficeId()).isEqualTo(CIVIL_AFFAIRS);
    }

    @Test
    void theDispatchDeskSeesOnlyItsOwnOfficeNotTheDistrict() {
        ReportScope scope =
                ReportScope.of(new StaffDesk(user(EnumSet.of(Role.DEPARTMENT_STAFF), DISPATCH_DESK), true, Set.of()));

        assertThat(scope.officeIds()).containsExactly(DISPATCH_DESK);
    }

    @Test
    void staffWithoutAnOfficeSeeNothing() {
        StaffDesk desk = new StaffDesk(user(EnumSet.of(Role.TOWN_STAFF), null), false, Set.of());

        assertThatThrownBy(() -> ReportScope.of(desk)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVillageClerkIsNotStaff() {
        StaffDesk desk = new StaffDesk(user(EnumSet.of(Role.VILLAGE_CLERK), SANJIA_CENTRE), false, Set.of());

        assertThatThrownBy(() -> ReportScope.of(desk)).isInstanceOf(AccessDeniedException.class);
    }
}
