package org.bianmin.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.bianmin.identity.domain.Role;
import org.bianmin.identity.domain.SignedInUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Who may act on which stage, and who may open an application")
class CarePolicyTest {

    private static final long MZ = 2L;
    private static final String SANMEN = "510904110201";
    private static final String JINJI = "510904111201";
    private final CarePolicy policy = new CarePolicy(MZ);

    private static SignedInUser user(Role role, Long officeId, String scope) {
        return new SignedInUser(1, "u", "U", Set.of(role), officeId, null, null, scope, null);
    }

    private static final SignedInUser SANMEN_CLERK = user(Role.VILLAGE_CLERK, null, SANMEN);
    private static final SignedInUser SANMEN_HELPER = user(Role.HELPER, null, SANMEN);
    private static final SignedInUser SANJIA_STAFF = user(Role.TOWN_STAFF, 25L, "510904110");
    private static final SignedInUser SANJIA_LEADER = user(Role.TOWN_LEADER, 25L, "510904110");
    private static final SignedInUser YUFENG_STAFF = user(Role.TOWN_STAFF, 26L, "510904111");
    private static final SignedInUser ASSESSOR = user(Role.CARE_ASSESSOR, null, "");
    private static final SignedInUser MZ_STAFF = user(Role.DEPARTMENT_STAFF, MZ, "510904");
    private static final SignedInUser XCZX_STAFF = user(Role.DEPARTMENT_STAFF, 3L, "510904");
    private static final SignedInUser ADMIN = user(Role.ADMINISTRATOR, null, "");

    @Test
    void eachStageIsActedOnByItsOwnerOnly() {
        assertThat(policy.mayAct(SANMEN_CLERK, Stage.VILLAGE_CHECK, SANMEN)).isTrue();
        assertThat(policy.mayAct(SANMEN_CLERK, Stage.TOWN_VERIFICATION, SANMEN)).isFalse();
        assertThat(policy.mayAct(SANJIA_STAFF, Stage.TOWN_VERIFICATION, SANMEN)).isTrue();
        assertThat(policy.mayAct(SANJIA_STAFF, Stage.VILLAGE_CHECK, SANMEN)).isFalse();
        assertThat(policy.mayAct(ASSESSOR, Stage.ABILITY_ASSESSMENT, SANMEN)).isTrue();
        assertThat(policy.mayAct(ASSESSOR, Stage.DISTRICT_APPROVAL, SANMEN)).isFalse();
        assertThat(policy.mayAct(MZ_STAFF, Stage.DISTRICT_APPROVAL, SANMEN)).isTrue();
        assertThat(policy.mayAct(MZ_STAFF, Stage.SERVICE_PLAN, SANMEN)).isTrue();
        assertThat(policy.mayAct(MZ_STAFF, Stage.ABILITY_ASSESSMENT, SANMEN)).isFalse();
    }

    @Test
    void outsideTheirScopeNobodyActs() {
        assertThat(policy.mayAct(SANMEN_CLERK, Stage.VILLAGE_CHECK, JINJI)).isFalse();
        assertThat(policy.mayAct(YUFENG_STAFF, Stage.TOWN_VERIFICATION, SANMEN)).isFalse();
        assertThat(policy.mayView(YUFENG_STAFF, SANMEN)).isFalse();
        assertThat(policy.mayView(YUFENG_STAFF, JINJI)).isTrue();
    }

    @Test
    void onlyTheApprovingOfficesStaffDecide() {
        assertThat(policy.mayAct(XCZX_STAFF, Stage.DISTRICT_APPROVAL, SANMEN)).isFalse();
        assertThat(policy.mayView(XCZX_STAFF, SANMEN)).isFalse();
        assertThat(policy.processes(XCZX_STAFF)).isFalse();
        assertThat(new CarePolicy(null).mayAct(MZ_STAFF, Stage.DISTRICT_APPROVAL, SANMEN))
                .isFalse();
    }

    @Test
    void thoseWhoDoNotProcessApplicationsCannotOpenThem() {
        for (SignedInUser outsider : new SignedInUser[] {SANMEN_HELPER, SANJIA_LEADER, ADMIN}) {
            assertThat(policy.mayView(outsider, SANMEN)).isFalse();
            assertThat(policy.processes(outsider)).isFalse();
        }
        assertThat(policy.mayView(SANMEN_CLERK, SANMEN)).isTrue();
        assertThat(policy.mayView(SANJIA_STAFF, SANMEN)).isTrue();
        assertThat(policy.mayView(ASSESSOR, JINJI)).isTrue();
        assertThat(policy.mayView(MZ_STAFF, JINJI)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Stage.class,
            names = {"IN_SERVICE", "REFUSED"})
    void nobodyActsOnAFinishedApplication(Stage stage) {
        assertThat(policy.mayAct(MZ_STAFF, stage, SANMEN)).isFalse();
        assertThat(CarePolicy.permissionFor(stage)).isNull();
    }

    @Test
    void queuesAreTheUsersVillageTownOrTheDistrict() {
        assertThat(policy.queuePrefix(SANMEN_CLERK)).isEqualTo(SANMEN);
        assertThat(policy.queuePrefix(SANJIA_STAFF)).isEqualTo("510904110");
        assertThat(policy.queuePrefix(ASSESSOR)).isEmpty();
        assertThat(policy.queuePrefix(MZ_STAFF)).isEmpty();
        assertThat(policy.ownStages(MZ_STAFF)).containsExactly(Stage.DISTRICT_APPROVAL, Stage.SERVICE_PLAN);
        assertThat(policy.ownStages(SANJIA_STAFF)).containsExactly(Stage.TOWN_VERIFICATION);
    }

    @Test
    void sendingBackBelongsToTheCurrentStagesOwnerAndGoesOnlyBackwards() {
        CareApplication application = CareTesting.application(true, java.time.LocalDateTime.of(2026, 11, 2, 9, 0));
        assertThat(policy.maySendBack(SANMEN_CLERK, application)).isFalse(); // nothing before the first stage
        application.recordHomeCheck(
                java.time.LocalDate.of(2026, 11, 2),
                "x",
                "y",
                PostingPeriod.starting(java.time.LocalDate.of(2026, 11, 2), 7),
                "c",
                java.time.LocalDateTime.of(2026, 11, 2, 9, 0),
                null);
        assertThat(policy.maySendBack(SANJIA_STAFF, application)).isTrue();
        assertThat(policy.maySendBack(SANMEN_CLERK, application)).isFalse();
        assertThat(policy.sendBackTargets(application)).containsExactly(Stage.VILLAGE_CHECK);
    }
}
