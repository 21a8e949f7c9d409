package org.bianmin.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The signed-in user")
class SignedInUserTest {

    private static final String SANJIA_TOWN = "510904100";

    private static SignedInUser user(Set<Role> roles, String scopeCode) {
        return new SignedInUser(1L, "zhang.san", "张三", roles, 7L, "三家镇便民服务中心", null, scopeCode, "三家镇");
    }

    @Test
    void itsRolesCannotBeChangedAfterSignIn() {
        Set<Role> roles = new HashSet<>(Set.of(Role.TOWN_STAFF));
        SignedInUser user = user(roles, SANJIA_TOWN);
        roles.add(Role.ADMINISTRATOR);

        assertThat(user.roles()).containsExactly(Role.TOWN_STAFF);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> user.roles().add(Role.ADMINISTRATOR))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Nested
    @DisplayName("covers the places whose code starts with its scope code")
    class Covers {

        private final SignedInUser townStaff = user(EnumSet.of(Role.TOWN_STAFF), SANJIA_TOWN);

        @ParameterizedTest
        @ValueSource(strings = {SANJIA_TOWN, "510904100201", "510904100999"})
        void theTownAndItsVillages(String code) {
            assertThat(townStaff.covers(code)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"510904", "510904101", "510904101201", "510905100201", ""})
        void notTheDistrictNorOtherTownsNorTheirVillages(String code) {
            assertThat(townStaff.covers(code)).isFalse();
        }

        @Test
        void noPlaceCodeIsNeverCovered() {
            assertThat(townStaff.covers(null)).isFalse();
        }

        @Test
        void withoutAScopeCodeNothingIsCovered() {
            assertThat(user(EnumSet.of(Role.TOWN_STAFF), null).covers(SANJIA_TOWN))
                    .isFalse();
        }

        @Test
        void anEmptyScopeCodeCoversTheWholeDistrict() {
            SignedInUser admin = user(EnumSet.of(Role.ADMINISTRATOR), "");

            assertThat(admin.covers("510904")).isTrue();
            assertThat(admin.covers("510904100201")).isTrue();
        }
    }

    @Test
    void hasThePermissionsOfAllItsRoles() {
        SignedInUser user = user(EnumSet.of(Role.TOWN_STAFF, Role.TOWN_LEADER), SANJIA_TOWN);

        assertThat(user.has(Permission.AREA_STAFF)).isTrue();
        assertThat(user.has(Permission.AREA_CLERK)).isFalse();
        assertThat(user.has(Permission.AREA_ADMIN)).isFalse();
    }

    @Test
    void anAdministratorHasTheAdminPermissionsButNotTheAuditorOnes() {
        SignedInUser admin = user(EnumSet.of(Role.ADMINISTRATOR), "");

        assertThat(admin.has(Permission.AREA_ADMIN)).isTrue();
        assertThat(admin.has(Permission.USER_MANAGE)).isTrue();
        assertThat(admin.has(Permission.AUDIT_READ)).isFalse();
    }

    @Test
    void withoutRolesItHasNoPermission() {
        SignedInUser nobody = user(Set.of(), SANJIA_TOWN);

        assertThat(nobody.roles()).isEmpty();
        for (Permission permission : Permission.values()) {
            assertThat(nobody.has(permission)).as(permission.name()).isFalse();
        }
    }

    @Test
    void hasRoleReportsOnlyItsOwnRoles() {
        SignedInUser user = user(EnumSet.of(Role.AUDITOR), "");

        assertThat(user.hasRole(Role.AUDITOR)).isTrue();
        assertThat(user.hasRole(Role.ADMINISTRATOR)).isFalse();
    }

    @Test
    void keepsItsOwnCopyOfTheRoles() {
        Set<Role> roles = new HashSet<>(Set.of(Role.TOWN_STAFF));
        SignedInUser user = user(roles, SANJIA_TOWN);

        roles.add(Role.ADMINISTRATOR);

        assertThat(user.roles()).containsExactly(Role.TOWN_STAFF);
        assertThat(user.has(Permission.AREA_ADMIN)).isFalse();
    }
}
