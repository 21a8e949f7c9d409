package org.bianmin.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeKind;
import org.bianmin.place.domain.Place;
import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A staff account")
class UserAccountTest {

    private static final String HASH = "$argon2id$temporary";

    private Place district;
    private Place town;
    private Place village;
    private Office townCentre;
    private Office department;
    private Office dispatchDesk;
    private UserAccount account;

    @BeforeEach
    void anju() {
        district = Place.district("510904", "安居区", "Anju District");
        town = Place.under(district, "510904100", "三家镇", "Sanjia Town");
        village = Place.under(town, "510904100201", "三门村", "Sanmen Village");
        townCentre = new Office("TC-510904100", "三家镇便民服务中心", null, OfficeKind.TOWN_CENTRE, town);
        department = new Office("MZJ", "区民政局", "Civil Affairs Bureau", OfficeKind.DISTRICT_DEPARTMENT, district);
        dispatchDesk = new Office("DISPATCH", "区派单台", null, OfficeKind.DISPATCH_DESK, district);
        account = new UserAccount("zhang.san", "张三", HASH);
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatExceptionOfType(BusinessException.class)
                .isThrownBy(action)
                .satisfies(e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }

    @Nested
    @DisplayName("user name")
    class UserName {

        @Test
        void isTrimmedAndLowerCased() {
            assertThat(new UserAccount("  Zhang.San ", "张三", HASH).getUsername())
                    .isEqualTo("zhang.san");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "li4", "wang_wu", "zhao-liu", "9lives", "a.b"})
        void mayUseLowerCaseLettersDigitsDotsUnderscoresAndHyphens(String username) {
            assertThat(new UserAccount(username, "张三", HASH).getUsername()).isEqualTo(username);
        }

        @Test
        void mayBe64CharactersLong() {
            String longest = "a".repeat(64);

            assertThat(new UserAccount(longest, "张三", HASH).getUsername()).isEqualTo(longest);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(
                strings = {"AB", "ab", "   ", ".zhang", "_zhang", "-zhang", "zhang san", "zhang@san", "张三丰", "zhang/san"
                })
        void otherwiseIsRefused(String username) {
            assertRefused(() -> new UserAccount(username, "张三", HASH), "user.error.username");
        }

        @Test
        void mayNotBeLongerThan64Characters() {
            assertRefused(() -> new UserAccount("a".repeat(65), "张三", HASH), "user.error.username");
        }

        @Test
        void normalisingANullNameGivesAnEmptyName() {
            assertThat(UserAccount.normalizeUsername(null)).isEmpty();
        }
    }

    @Nested
    @DisplayName("display name")
    class ShownName {

        @Test
        void isTrimmed() {
            account.rename("  李四 ");

            assertThat(account.getDisplayName()).isEqualTo("李四");
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void isRequired(String name) {
            assertRefused(() -> account.rename(name), "user.error.displayName");
            assertThat(account.getDisplayName()).isEqualTo("张三");
        }

        @Test
        void mayHaveAtMost64Characters() {
            assertThatCode(() -> account.rename("名".repeat(64))).doesNotThrowAnyException();
            assertRefused(() -> account.rename("名".repeat(65)), "user.error.displayName");
        }
    }

    @Nested
    @DisplayName("password")
    class Password {

        @Test
        void aNewAccountMustChangeItsTemporaryPassword() {
            assertThat(account.isMustChangePassword()).isTrue();
            assertThat(account.getPasswordHash()).isEqualTo(HASH);
        }

        @Test
        void changingThePasswordClearsTheObligation() {
            account.changePassword("$argon2id$chosen");

            assertThat(account.isMustChangePassword()).isFalse();
            assertThat(account.getPasswordHash()).isEqualTo("$argon2id$chosen");
        }

        @Test
        void anAdministratorsResetIssuesATemporaryPasswordAgain() {
            account.changePassword("$argon2id$chosen");

            account.resetPassword("$argon2id$reset");

            assertThat(account.isMustChangePassword()).isTrue();
            assertThat(account.getPasswordHash()).isEqualTo("$argon2id$reset");
        }
    }

    @Test
    void aNewAccountIsEnabledAndCanBeDisabledAndEnabledAgain() {
        assertThat(account.isEnabled()).isTrue();

        account.disable();
        assertThat(account.isEnabled()).isFalse();

        account.enable();
        assertThat(account.isEnabled()).isTrue();
    }

    @Nested
    @DisplayName("roles and scope")
    class Assign {

        @Test
        void needAtLeastOneRole() {
            assertRefused(() -> account.assign(null, null, null), "user.error.noRole");
            assertRefused(() -> account.assign(Set.of(), null, null), "user.error.noRole");
        }

        @Test
        void mayNotMixKindsOfScope() {
            assertRefused(
                    () -> account.assign(EnumSet.of(Role.TOWN_STAFF, Role.VILLAGE_CLERK), townCentre, null),
                    "user.error.mixedScopes");
            assertRefused(
                    () -> account.assign(EnumSet.of(Role.TOWN_STAFF, Role.VILLAGE_CLERK), null, village),
                    "user.error.mixedScopes");
            assertRefused(
                    () -> account.assign(EnumSet.of(Role.ADMINISTRATOR, Role.DEPARTMENT_STAFF), department, null),
                    "user.error.mixedScopes");
        }

        @Test
        void mayCombineRolesOfTheSameKindOfScope() {
            account.assign(EnumSet.of(Role.TOWN_STAFF, Role.TOWN_LEADER), townCentre, null);

            assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.TOWN_STAFF, Role.TOWN_LEADER);
        }

        @Test
        void aRefusedAssignmentLeavesTheAccountAsItWas() {
            account.assign(Set.of(Role.VILLAGE_CLERK), null, village);

            assertRefused(() -> account.assign(Set.of(Role.TOWN_STAFF), null, null), "user.error.needsOffice");

            assertThat(account.getRoles()).containsExactly(Role.VILLAGE_CLERK);
            assertThat(account.getVillage()).isSameAs(village);
            assertThat(account.getOffice()).isNull();
        }

        @Test
        void aReassignmentReplacesTheOldRolesAndScope() {
            account.assign(Set.of(Role.VILLAGE_CLERK), null, village);

            account.assign(Set.of(Role.TOWN_STAFF), townCentre, null);

            assertThat(account.getRoles()).containsExactly(Role.TOWN_STAFF);
            assertThat(account.getOffice()).isSameAs(townCentre);
            assertThat(account.getVillage()).isNull();
        }

        @Nested
        @DisplayName("town roles")
        class TownRoles {

            @ParameterizedTest
            @EnumSource(names = {"TOWN_STAFF", "TOWN_LEADER"})
            void workAtATownCentre(Role role) {
                account.assign(Set.of(role), townCentre, null);

                assertThat(account.getOffice()).isSameAs(townCentre);
                assertThat(account.getVillage()).isNull();
            }

            @ParameterizedTest
            @EnumSource(names = {"TOWN_STAFF", "TOWN_LEADER"})
            void needAnOffice(Role role) {
                assertRefused(() -> account.assign(Set.of(role), null, null), "user.error.needsOffice");
            }

            @Test
            void needATownCentreNotADistrictOffice() {
                assertRefused(
                        () -> account.assign(Set.of(Role.TOWN_STAFF), department, null), "user.error.needsOffice");
                assertRefused(
                        () -> account.assign(Set.of(Role.TOWN_STAFF), dispatchDesk, null), "user.error.needsOffice");
            }

            @Test
            void takeNoVillage() {
                assertRefused(
                        () -> account.assign(Set.of(Role.TOWN_STAFF), townCentre, village), "user.error.needsOffice");
            }

            @Test
            void refuseAnInactiveTownCentre() {
                townCentre.deactivate();

                assertRefused(
                        () -> account.assign(Set.of(Role.TOWN_STAFF), townCentre, null), "user.error.scopeInactive");
            }
        }

        @Nested
        @DisplayName("department staff")
        class DepartmentStaff {

            @Test
            void workAtADistrictDepartment() {
                account.assign(Set.of(Role.DEPARTMENT_STAFF), department, null);

                assertThat(account.getOffice()).isSameAs(department);
            }

            @Test
            void orAtTheDispatchDesk() {
                account.assign(Set.of(Role.DEPARTMENT_STAFF), dispatchDesk, null);

                assertThat(account.getOffice()).isSameAs(dispatchDesk);
            }

            @Test
            void notAtATownCentre() {
                assertRefused(
                        () -> account.assign(Set.of(Role.DEPARTMENT_STAFF), townCentre, null),
                        "user.error.needsOffice");
            }

            @Test
            void needAnOfficeAndNoVillage() {
                assertRefused(
                        () -> account.assign(Set.of(Role.DEPARTMENT_STAFF), null, null), "user.error.needsOffice");
                assertRefused(
                        () -> account.assign(Set.of(Role.DEPARTMENT_STAFF), department, village),
                        "user.error.needsOffice");
            }

            @Test
            void refuseAnInactiveDepartment() {
                department.deactivate();

                assertRefused(
                        () -> account.assign(Set.of(Role.DEPARTMENT_STAFF), department, null),
                        "user.error.scopeInactive");
            }
        }

        @Nested
        @DisplayName("village clerks and helpers")
        class VillageRoles {

            @ParameterizedTest
            @EnumSource(names = {"VILLAGE_CLERK", "HELPER"})
            void workInAVillage(Role role) {
                account.assign(Set.of(role), null, village);

                assertThat(account.getVillage()).isSameAs(village);
                assertThat(account.getOffice()).isNull();
            }

            @Test
            void mayBeBothClerkAndHelper() {
                account.assign(EnumSet.of(Role.VILLAGE_CLERK, Role.HELPER), null, village);

                assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.VILLAGE_CLERK, Role.HELPER);
            }

            @ParameterizedTest
            @EnumSource(names = {"VILLAGE_CLERK", "HELPER"})
            void needAVillage(Role role) {
                assertRefused(() -> account.assign(Set.of(role), null, null), "user.error.needsVillage");
            }

            @ParameterizedTest
            @EnumSource(names = {"VILLAGE_CLERK", "HELPER"})
            void needAVillageNotATownOrTheDistrict(Role role) {
                assertRefused(() -> account.assign(Set.of(role), null, town), "user.error.needsVillage");
                assertRefused(() -> account.assign(Set.of(role), null, district), "user.error.needsVillage");
            }

            @ParameterizedTest
            @EnumSource(names = {"VILLAGE_CLERK", "HELPER"})
            void takeNoOffice(Role role) {
                assertRefused(() -> account.assign(Set.of(role), townCentre, village), "user.error.needsVillage");
            }

            @Test
            void refuseAnInactiveVillage() {
                village.deactivate(0);

                assertRefused(
                        () -> account.assign(Set.of(Role.VILLAGE_CLERK), null, village), "user.error.scopeInactive");
            }
        }

        @Nested
        @DisplayName("district roles")
        class DistrictRoles {

            @ParameterizedTest
            @EnumSource(names = {"ADMINISTRATOR", "AUDITOR"})
            void needNoScope(Role role) {
                account.assign(Set.of(role), null, null);

                assertThat(account.getRoles()).containsExactly(role);
                assertThat(account.getOffice()).isNull();
                assertThat(account.getVillage()).isNull();
            }

            @Test
            void mayBeCombined() {
                assertThatCode(() -> account.assign(EnumSet.of(Role.ADMINISTRATOR, Role.AUDITOR), null, null))
                        .doesNotThrowAnyException();
            }

            @ParameterizedTest
            @EnumSource(names = {"ADMINISTRATOR", "AUDITOR"})
            void takeNoVillage(Role role) {
                assertRefused(() -> account.assign(Set.of(role), null, village), "user.error.scope");
            }

            @ParameterizedTest
            @EnumSource(names = {"ADMINISTRATOR", "AUDITOR"})
            void takeNoOffice(Role role) {
                assertRefused(() -> account.assign(Set.of(role), department, null), "user.error.scope");
            }
        }
    }

    @Nested
    @DisplayName("permissions")
    class Permissions {

        @Test
        void withoutRolesThereAreNone() {
            for (Permission permission : Permission.values()) {
                assertThat(account.has(permission)).as(permission.name()).isFalse();
            }
        }

        @Test
        void followTheAssignedRoles() {
            account.assign(Set.of(Role.ADMINISTRATOR), null, null);

            assertThat(account.has(Permission.AREA_ADMIN)).isTrue();
            assertThat(account.has(Permission.USER_MANAGE)).isTrue();
            assertThat(account.has(Permission.AUDIT_READ)).isFalse();
            assertThat(account.has(Permission.AREA_CLERK)).isFalse();
        }

        @Test
        void changeWithTheRoles() {
            account.assign(Set.of(Role.TOWN_STAFF), townCentre, null);
            assertThat(account.has(Permission.AREA_STAFF)).isTrue();

            account.assign(Set.of(Role.HELPER), null, village);

            assertThat(account.has(Permission.AREA_STAFF)).isFalse();
            assertThat(account.has(Permission.AREA_CLERK)).isTrue();
        }

        @Test
        void theRolesCannotBeChangedThroughTheGetter() {
            account.assign(Set.of(Role.HELPER), null, village);

            account.getRoles().add(Role.ADMINISTRATOR);

            assertThat(account.has(Permission.AREA_ADMIN)).isFalse();
        }
    }
}
