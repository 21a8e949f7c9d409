package org.bianmin.matter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.matter.domain.MatterFixtures.CIVIL_AFFAIRS_ID;
import static org.bianmin.matter.domain.MatterFixtures.DISPATCH_DESK_ID;
import static org.bianmin.matter.domain.MatterFixtures.DISTRICT_CODE;
import static org.bianmin.matter.domain.MatterFixtures.FILED;
import static org.bianmin.matter.domain.MatterFixtures.JINJI_CODE;
import static org.bianmin.matter.domain.MatterFixtures.LI_SI;
import static org.bianmin.matter.domain.MatterFixtures.SANJIA_CENTRE_ID;
import static org.bianmin.matter.domain.MatterFixtures.SANJIA_CODE;
import static org.bianmin.matter.domain.MatterFixtures.SANJIA_OTHER_VILLAGE_CODE;
import static org.bianmin.matter.domain.MatterFixtures.SANMEN_CODE;
import static org.bianmin.matter.domain.MatterFixtures.VILLAGER_AT_KIOSK;
import static org.bianmin.matter.domain.MatterFixtures.YUFENG_CENTRE_ID;
import static org.bianmin.matter.domain.MatterFixtures.YUFENG_CODE;
import static org.bianmin.matter.domain.MatterFixtures.applicantIn;
import static org.bianmin.matter.domain.MatterFixtures.civilAffairs;
import static org.bianmin.matter.domain.MatterFixtures.inStatus;
import static org.bianmin.matter.domain.MatterFixtures.sanjiaCentre;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianmin.identity.domain.Role;
import org.bianmin.identity.domain.SignedInUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Who may do what to a matter: role × data scope × status")
class MatterPolicyTest {

    // ---- people ----

    private static SignedInUser user(long id, Set<Role> roles, Long officeId, String scopeCode) {
        return new SignedInUser(id, "user" + id, "用户" + id, roles, officeId, null, null, scopeCode, null);
    }

    private static StaffDesk desk(SignedInUser user) {
        return new StaffDesk(user, false, Set.of());
    }

    /** 李四, town staff at the 三家镇 centre, which handles the matters below. */
    private static final SignedInUser TOWN_STAFF =
            user(101L, EnumSet.of(Role.TOWN_STAFF), SANJIA_CENTRE_ID, SANJIA_CODE);

    private static final SignedInUser TOWN_LEADER =
            user(102L, EnumSet.of(Role.TOWN_LEADER), SANJIA_CENTRE_ID, SANJIA_CODE);

    private static final SignedInUser YUFENG_STAFF =
            user(103L, EnumSet.of(Role.TOWN_STAFF, Role.TOWN_LEADER), YUFENG_CENTRE_ID, YUFENG_CODE);

    private static final SignedInUser AT_THE_DISPATCH_DESK =
            user(201L, EnumSet.of(Role.DEPARTMENT_STAFF), DISPATCH_DESK_ID, DISTRICT_CODE);

    private static final SignedInUser AT_CIVIL_AFFAIRS =
            user(202L, EnumSet.of(Role.DEPARTMENT_STAFF), CIVIL_AFFAIRS_ID, DISTRICT_CODE);

    private static final SignedInUser ADMINISTRATOR = user(1L, EnumSet.of(Role.ADMINISTRATOR), null, DISTRICT_CODE);

    private static SignedInUser villageUser(Role role, String villageCode) {
        return user(301L, EnumSet.of(role), null, villageCode);
    }

    // ---- matters ----

    private static Set<MatterAction> actions(String names) {
        return names == null || names.isBlank()
                ? EnumSet.noneOf(MatterAction.class)
                : Arrays.stream(names.trim().split("\\s+"))
                        .map(MatterAction::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(MatterAction.class)));
    }

    /**
     * Staff have asked the leader for 3 more working days, where a request can be made at all (an open matter with a
     * due date); elsewhere the matter is returned as it is.
     */
    private static Matter withPendingExtensionRequest(Matter matter) {
        if (matter.getStatus().isOpen() && matter.getDueDate() != null) {
            matter.requestExtension(3, "需现场核查", LI_SI, FILED);
        }
        return matter;
    }

    private static Matter assignedTo(Matter matter, SignedInUser user) {
        matter.assignTo(user.id(), user.username(), LI_SI, FILED);
        return matter;
    }

    private static Matter fromVillage(String villageCode) {
        return Matter.file(
                "AJ20260928-2222-33",
                MatterType.SERVICE_REQUEST,
                "S-0101",
                "申请办理低保",
                applicantIn(villageCode),
                Channel.KIOSK,
                sanjiaCentre(),
                5,
                VILLAGER_AT_KIOSK,
                FILED);
    }

    @Nested
    @DisplayName("town staff of the matter's office")
    class TownStaff {

        private final StaffDesk desk = desk(TOWN_STAFF);

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(
                delimiter = '|',
                nullValues = "none",
                value = {
                    "SUBMITTED            | ACCEPT NOT_ACCEPT RETURN MERGE CLAIM",
                    "ACCEPTED             | START REQUEST_INFORMATION RESOLVE MERGE CLAIM REQUEST_EXTENSION",
                    "IN_PROGRESS          | REQUEST_INFORMATION RESOLVE MERGE CLAIM REQUEST_EXTENSION",
                    "WAITING_FOR_VILLAGER | RESUME MERGE CLAIM",
                    "RESOLVED             | none",
                    "CLOSED               | none",
                    "NOT_ACCEPTED         | none",
                    "MERGED               | none",
                    "RETURNED             | none"
                })
        void getTheOfficeMovesOfTheStatusAndMayClaimAndAskForMoreTime(MatterStatus status, String expected) {
            Matter matter = inStatus(status);

            assertThat(MatterPolicy.canView(desk, matter)).isTrue();
            assertThat(MatterPolicy.allowedActions(desk, matter))
                    .containsExactlyInAnyOrderElementsOf(actions(expected));
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(
                delimiter = '|',
                nullValues = "none",
                value = {
                    "SUBMITTED            | ACCEPT NOT_ACCEPT RETURN MERGE",
                    "ACCEPTED             | START REQUEST_INFORMATION RESOLVE MERGE REQUEST_EXTENSION",
                    "IN_PROGRESS          | REQUEST_INFORMATION RESOLVE MERGE REQUEST_EXTENSION",
                    "WAITING_FOR_VILLAGER | RESUME MERGE"
                })
        void doNotClaimWhatIsAlreadyTheirs(MatterStatus status, String expected) {
            Matter matter = assignedTo(inStatus(status), TOWN_STAFF);

            assertThat(MatterPolicy.allowedActions(desk, matter))
                    .containsExactlyInAnyOrderElementsOf(actions(expected));
        }

        @Test
        void mayClaimWhatIsAssignedToSomeoneElse() {
            Matter matter = assignedTo(inStatus(MatterStatus.IN_PROGRESS), TOWN_LEADER);

            assertThat(MatterPolicy.allows(desk, matter, MatterAction.CLAIM)).isTrue();
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "ACCEPTED             | START REQUEST_INFORMATION RESOLVE MERGE CLAIM",
                    "IN_PROGRESS          | REQUEST_INFORMATION RESOLVE MERGE CLAIM",
                    "WAITING_FOR_VILLAGER | RESUME MERGE CLAIM"
                })
        void withARequestPendingAskNoMoreAndDecideNothing(MatterStatus status, String expected) {
            Matter matter = withPendingExtensionRequest(inStatus(status));

            assertThat(MatterPolicy.allowedActions(desk, matter))
                    .containsExactlyInAnyOrderElementsOf(actions(expected));
        }

        @ParameterizedTest
        @EnumSource(MatterStatus.class)
        void neverAssignNorDecideExtensionsNorRedispatchNorClose(MatterStatus status) {
            Matter matter = withPendingExtensionRequest(inStatus(status));

            assertThat(MatterPolicy.allowedActions(desk, matter))
                    .doesNotContain(
                            MatterAction.ASSIGN,
                            MatterAction.GRANT_EXTENSION,
                            MatterAction.REFUSE_EXTENSION,
                            MatterAction.REDISPATCH,
                            MatterAction.CLOSE);
        }

        @ParameterizedTest
        @EnumSource(MatterStatus.class)
        void everyMoveOfferedIsOneTheMatterAccepts(MatterStatus status) {
            Matter matter = inStatus(status);

            for (MatterAction action : MatterPolicy.allowedActions(desk, matter)) {
                if (MatterStatusTransitionsTest.MOVING.contains(action)) {
                    assertThat(status.after(action))
                            .as("%s from %s", action, status)
                            .isPresent();
                }
            }
        }

        @ParameterizedTest
        @EnumSource(MatterAction.class)
        void allowsAgreesWithTheListOfActions(MatterAction action) {
            Matter matter = inStatus(MatterStatus.ACCEPTED);

            assertThat(MatterPolicy.allows(desk, matter, action))
                    .isEqualTo(MatterPolicy.allowedActions(desk, matter).contains(action));
        }
    }

    @Nested
    @DisplayName("the town leader of the matter's office")
    class TownLeader {

        private final StaffDesk desk = desk(TOWN_LEADER);

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(
                delimiter = '|',
                nullValues = "none",
                value = {
                    "SUBMITTED            | ACCEPT NOT_ACCEPT RETURN MERGE CLAIM ASSIGN",
                    "ACCEPTED             | START REQUEST_INFORMATION RESOLVE MERGE CLAIM ASSIGN REQUEST_EXTENSION",
                    "IN_PROGRESS          | REQUEST_INFORMATION RESOLVE MERGE CLAIM ASSIGN REQUEST_EXTENSION",
                    "WAITING_FOR_VILLAGER | RESUME MERGE CLAIM ASSIGN",
                    "RESOLVED             | none",
                    "CLOSED               | none",
                    "NOT_ACCEPTED         | none",
                    "MERGED               | none",
                    "RETURNED             | none"
                })
        void additionallyAssigns(MatterStatus status, String expected) {
            Matter matter = inStatus(status);

            assertThat(MatterPolicy.allowedActions(desk, matter))
                    .containsExactlyInAnyOrderElementsOf(actions(expected));
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(
                delimiter = '|',
                nullValues = "none",
                value = {
                    "SUBMITTED            | ACCEPT NOT_ACCEPT RETURN MERGE CLAIM ASSIGN",
                    "ACCEPTED             | START REQUEST_INFORMATION RESOLVE MERGE CLAIM ASSIGN GRANT_EXTENSION"
                            + " REFUSE_EXTENSION",
                    "IN_PROGRESS          | REQUEST_INFORMATION RESOLVE MERGE CLAIM ASSIGN GRANT_EXTENSION"
                            + " REFUSE_EXTENSION",
                    "WAITING_FOR_VILLAGER | RESUME MERGE CLAIM ASSIGN",
                    "RESOLVED             | none",
                    "RETURNED             | none"
                })
        void withARequestPendingGrantsOrRefusesItAndAsksForNoOther(MatterStatus status, String expected) {
            Matter matter = withPendingExtensionRequest(inStatus(status));

            assertThat(MatterPolicy.allowedActions(desk, matter))
                    .containsExactlyInAnyOrderElementsOf(actions(expected));
        }

        @Test
        void aRequestLeftPendingLapsesWhenTheMatterIsResolved() {
            Matter matter = withPendingExtensionRequest(inStatus(MatterStatus.IN_PROGRESS));
            matter.resolve(LI_SI, "已办结", FILED);

            assertThat(matter.getExtensionDaysRequested()).isNull();
            assertThat(MatterPolicy.allowedActions(desk, matter)).isEmpty();
        }

        @Test
        void whileTheVillagerIsAwaitedAPendingRequestWaitsToo() {
            Matter matter = withPendingExtensionRequest(inStatus(MatterStatus.IN_PROGRESS));
            matter.requestInformation(LI_SI, "请补交户口簿复印件", FILED);

            assertThat(MatterPolicy.allowedActions(desk, matter))
                    .containsExactlyInAnyOrder(
                            MatterAction.RESUME, MatterAction.MERGE, MatterAction.CLAIM, MatterAction.ASSIGN);
        }

        @Test
        void alsoAsStaffAndLeaderAtOnce() {
            StaffDesk both =
                    desk(user(104L, EnumSet.of(Role.TOWN_STAFF, Role.TOWN_LEADER), SANJIA_CENTRE_ID, SANJIA_CODE));

            assertThat(MatterPolicy.allowedActions(both, inStatus(MatterStatus.SUBMITTED)))
                    .contains(MatterAction.ASSIGN);
        }
    }

    @Nested
    @DisplayName("department staff of the matter's office")
    class DepartmentStaff {

        @Test
        void handleTheirDepartmentsMattersLikeTownStaff() {
            Matter matter = Matter.file(
                    "AJ20260928-3333-44",
                    MatterType.SERVICE_REQUEST,
                    "D-MZ-GAOLING",
                    "高龄津贴申请",
                    applicantIn(SANMEN_CODE),
                    Channel.HELPER,
                    civilAffairs(),
                    10,
                    VILLAGER_AT_KIOSK,
                    FILED);

            assertThat(MatterPolicy.canView(desk(AT_CIVIL_AFFAIRS), matter)).isTrue();
            assertThat(MatterPolicy.allowedActions(desk(AT_CIVIL_AFFAIRS), matter))
                    .containsExactlyInAnyOrder(
                            MatterAction.ACCEPT,
                            MatterAction.NOT_ACCEPT,
                            MatterAction.RETURN,
                            MatterAction.MERGE,
                            MatterAction.CLAIM);
        }

        @Test
        void leaveAHomeCareApplicationsStatusToItsStages() {
            Matter matter = Matter.file(
                    "AJ20260928-3333-45",
                    MatterType.ELDERCARE_APPLICATION,
                    null,
                    "居家养老服务申请",
                    applicantIn(SANMEN_CODE),
                    Channel.HELPER,
                    civilAffairs(),
                    10,
                    VILLAGER_AT_KIOSK,
                    FILED);
            matter.accept(LI_SI, MatterFixtures.CALENDAR, FILED);

            assertThat(MatterPolicy.canView(desk(AT_CIVIL_AFFAIRS), matter)).isTrue();
            assertThat(MatterPolicy.allowedActions(desk(AT_CIVIL_AFFAIRS), matter))
                    .containsExactlyInAnyOrder(MatterAction.CLAIM, MatterAction.REQUEST_EXTENSION);
            assertThat(MatterPolicy.allows(desk(AT_CIVIL_AFFAIRS), matter, MatterAction.RESOLVE))
                    .isFalse();
        }
    }

    @Nested
    @DisplayName("staff of another office")
    class AnotherOffice {

        @ParameterizedTest
        @EnumSource(MatterStatus.class)
        void neitherSeeNorTouchIt(MatterStatus status) {
            Matter matter = withPendingExtensionRequest(inStatus(status));

            for (SignedInUser other : Set.of(YUFENG_STAFF, AT_CIVIL_AFFAIRS, AT_THE_DISPATCH_DESK)) {
                assertThat(MatterPolicy.canView(desk(other), matter))
                        .as(other.username())
                        .isFalse();
                assertThat(MatterPolicy.allowedActions(desk(other), matter))
                        .as(other.username())
                        .isEmpty();
            }
        }

        @Test
        void notEvenWhenTheMatterComesFromAVillageInTheirOwnTown() {
            Matter atCivilAffairs = Matter.file(
                    "AJ20260928-3333-44",
                    MatterType.ELDERCARE_APPLICATION,
                    null,
                    "居家养老服务申请",
                    applicantIn(SANMEN_CODE),
                    Channel.HELPER,
                    civilAffairs(),
                    10,
                    VILLAGER_AT_KIOSK,
                    FILED);

            assertThat(MatterPolicy.canView(desk(TOWN_STAFF), atCivilAffairs)).isFalse();
            assertThat(MatterPolicy.allowedActions(desk(TOWN_STAFF), atCivilAffairs))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("the dispatcher (改派)")
    class Dispatcher {

        private final StaffDesk desk = new StaffDesk(AT_THE_DISPATCH_DESK, true, Set.of());

        @ParameterizedTest
        @EnumSource(MatterStatus.class)
        void seesEveryMatter(MatterStatus status) {
            assertThat(MatterPolicy.canView(desk, inStatus(status))).isTrue();
        }

        @Test
        void redispatchesOrRefusesAReturnedMatter() {
            assertThat(MatterPolicy.allowedActions(desk, inStatus(MatterStatus.RETURNED)))
                    .containsExactlyInAnyOrder(MatterAction.REDISPATCH, MatterAction.NOT_ACCEPT);
        }

        @ParameterizedTest
        @EnumSource(value = MatterStatus.class, names = "RETURNED", mode = EnumSource.Mode.EXCLUDE)
        void touchesNothingElse(MatterStatus status) {
            assertThat(MatterPolicy.allowedActions(desk, withPendingExtensionRequest(inStatus(status))))
                    .isEmpty();
        }

        @Test
        void theDeskFlagNotTheOfficeMakesTheDispatcher() {
            StaffDesk colleague = desk(AT_THE_DISPATCH_DESK);

            assertThat(MatterPolicy.canView(colleague, inStatus(MatterStatus.RETURNED)))
                    .isFalse();
            assertThat(MatterPolicy.allowedActions(colleague, inStatus(MatterStatus.RETURNED)))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("the office that returned a matter (退单)")
    class ReturningOffice {

        @Test
        void stillSeesItButHasNothingMoreToDo() {
            Matter returned = withPendingExtensionRequest(inStatus(MatterStatus.RETURNED));

            for (SignedInUser user : Set.of(TOWN_STAFF, TOWN_LEADER)) {
                assertThat(MatterPolicy.canView(desk(user), returned)).isTrue();
                assertThat(MatterPolicy.allowedActions(desk(user), returned))
                        .as(user.username())
                        .isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("a supervising office (督办)")
    class SupervisingOffice {

        private final StaffDesk desk = new StaffDesk(AT_CIVIL_AFFAIRS, false, Set.of(SANJIA_CENTRE_ID));

        @ParameterizedTest
        @EnumSource(MatterStatus.class)
        void seesTheSupervisedOfficesMattersButActsOnNone(MatterStatus status) {
            Matter matter = withPendingExtensionRequest(inStatus(status));

            assertThat(MatterPolicy.canView(desk, matter)).isTrue();
            assertThat(MatterPolicy.allowedActions(desk, matter)).isEmpty();
        }

        @Test
        void doesNotSeeOfficesItDoesNotSupervise() {
            StaffDesk supervisingYufeng = new StaffDesk(AT_CIVIL_AFFAIRS, false, Set.of(YUFENG_CENTRE_ID));

            assertThat(MatterPolicy.canView(supervisingYufeng, inStatus(MatterStatus.ACCEPTED)))
                    .isFalse();
        }
    }

    @Nested
    @DisplayName("village clerks and helpers (代办员)")
    class VillageRoles {

        @ParameterizedTest
        @EnumSource(
                value = Role.class,
                names = {"VILLAGE_CLERK", "HELPER"})
        void seeTheMattersOfTheirVillage(Role role) {
            StaffDesk desk = desk(villageUser(role, SANMEN_CODE));

            for (MatterStatus status : MatterStatus.values()) {
                Matter matter = inStatus(status);
                assertThat(MatterPolicy.canView(desk, matter)).as("%s", status).isTrue();
                assertThat(MatterPolicy.allowedActions(desk, matter))
                        .as("%s", status)
                        .isEmpty();
            }
        }

        @ParameterizedTest
        @EnumSource(
                value = Role.class,
                names = {"VILLAGE_CLERK", "HELPER"})
        void notThoseOfAnotherVillage(Role role) {
            StaffDesk desk = desk(villageUser(role, SANMEN_CODE));

            assertThat(MatterPolicy.canView(desk, fromVillage(SANJIA_OTHER_VILLAGE_CODE)))
                    .as("another village of the same town")
                    .isFalse();
            assertThat(MatterPolicy.canView(desk, fromVillage(JINJI_CODE))).isFalse();
            assertThat(MatterPolicy.allowedActions(desk, fromVillage(JINJI_CODE)))
                    .isEmpty();
        }

        @Test
        void aVillageUserWithoutAScopeSeesNothing() {
            StaffDesk desk = desk(villageUser(Role.HELPER, null));

            assertThat(MatterPolicy.canView(desk, fromVillage(SANMEN_CODE))).isFalse();
        }
    }

    @Nested
    @DisplayName("administrators and auditors")
    class Administrators {

        @ParameterizedTest
        @EnumSource(MatterStatus.class)
        void anAdministratorWithoutAnOfficeCannotSeeMatters(MatterStatus status) {
            Matter matter = inStatus(status);

            assertThat(MatterPolicy.canView(desk(ADMINISTRATOR), matter)).isFalse();
            assertThat(MatterPolicy.allowedActions(desk(ADMINISTRATOR), matter)).isEmpty();
        }

        @Test
        void norCanAnAuditor() {
            StaffDesk auditor = desk(user(2L, EnumSet.of(Role.AUDITOR), null, DISTRICT_CODE));

            assertThat(MatterPolicy.canView(auditor, inStatus(MatterStatus.ACCEPTED)))
                    .isFalse();
            assertThat(MatterPolicy.allowedActions(auditor, inStatus(MatterStatus.ACCEPTED)))
                    .isEmpty();
        }

        @Test
        void anAdministratorGivenTheMattersOfficeIdStillHasNoStaffPermission() {
            StaffDesk admin = desk(user(3L, EnumSet.of(Role.ADMINISTRATOR), SANJIA_CENTRE_ID, DISTRICT_CODE));

            assertThat(MatterPolicy.canView(admin, inStatus(MatterStatus.ACCEPTED)))
                    .isFalse();
            assertThat(MatterPolicy.allowedActions(admin, inStatus(MatterStatus.ACCEPTED)))
                    .isEmpty();
        }
    }

    @Test
    void staffWithoutAnOfficeSeeNothing() {
        StaffDesk desk = desk(user(105L, EnumSet.of(Role.TOWN_STAFF), null, SANJIA_CODE));

        assertThat(MatterPolicy.canView(desk, inStatus(MatterStatus.ACCEPTED))).isFalse();
        assertThat(MatterPolicy.allowedActions(desk, inStatus(MatterStatus.ACCEPTED)))
                .isEmpty();
    }

    @Test
    void theDeskKeepsItsOwnCopyOfTheSupervisedOffices() {
        Set<Long> supervised = new java.util.HashSet<>(Set.of(SANJIA_CENTRE_ID));
        StaffDesk desk = new StaffDesk(AT_CIVIL_AFFAIRS, false, supervised);

        supervised.clear();

        assertThat(MatterPolicy.canView(desk, inStatus(MatterStatus.ACCEPTED))).isTrue();
    }
}
