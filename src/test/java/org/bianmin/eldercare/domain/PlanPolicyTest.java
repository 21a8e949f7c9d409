package org.bianmin.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.bianmin.identity.domain.Role;
import org.bianmin.identity.domain.SignedInUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The approving office makes plans for the district; town staff look after their town's plans")
class PlanPolicyTest {

    private static final long MZ = 2L;
    private static final String SANMEN = "510904110201";
    private static final String JINJI = "510904111201";
    private final PlanPolicy policy = new PlanPolicy(new CarePolicy(MZ));

    private static SignedInUser user(Role role, Long officeId, String scope) {
        return new SignedInUser(1, "u", "U", Set.of(role), officeId, null, null, scope, null);
    }

    private static final SignedInUser SANJIA_STAFF = user(Role.TOWN_STAFF, 25L, "510904110");
    private static final SignedInUser SANJIA_LEADER = user(Role.TOWN_LEADER, 25L, "510904110");
    private static final SignedInUser MZ_STAFF = user(Role.DEPARTMENT_STAFF, MZ, "510904");
    private static final SignedInUser XCZX_STAFF = user(Role.DEPARTMENT_STAFF, 3L, "510904");
    private static final SignedInUser ASSESSOR = user(Role.CARE_ASSESSOR, null, "");
    private static final SignedInUser ADMIN = user(Role.ADMINISTRATOR, null, "");

    @Test
    void onlyTheApprovingOfficeMakesPlans() {
        assertThat(policy.makesPlans(MZ_STAFF)).isTrue();
        assertThat(policy.makesPlans(XCZX_STAFF)).isFalse();
        assertThat(policy.makesPlans(SANJIA_STAFF)).isFalse();
        assertThat(policy.makesPlans(ADMIN)).isFalse();
    }

    @Test
    void plansAndFiguresAreScopedToTheDistrictOrTheTown() {
        assertThat(policy.scopePrefix(MZ_STAFF)).isEmpty();
        assertThat(policy.scopePrefix(SANJIA_STAFF)).isEqualTo("510904110");
        assertThat(policy.scopePrefix(SANJIA_LEADER)).isNull();
        assertThat(policy.scopePrefix(XCZX_STAFF)).isNull();
        assertThat(policy.scopePrefix(ASSESSOR)).isNull();
        assertThat(policy.scopePrefix(ADMIN)).isNull();
        assertThat(policy.scopePrefix(null)).isNull();
    }

    @Test
    void theTownManagesOnlyItsOwnVillagesPlans() {
        assertThat(policy.mayManage(SANJIA_STAFF, SANMEN)).isTrue();
        assertThat(policy.mayManage(SANJIA_STAFF, JINJI)).isFalse();
        assertThat(policy.mayManage(MZ_STAFF, JINJI)).isTrue();
        assertThat(policy.mayManage(XCZX_STAFF, SANMEN)).isFalse();
        assertThat(policy.mayManage(ASSESSOR, SANMEN)).isFalse();
    }
}
