package org.bianmin.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.bianmin.identity.domain.Role;
import org.bianmin.identity.domain.SignedInUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who may do what to a decision matter")
class DecisionPolicyTest {

    private static final String SANMEN = "510904110201";
    private static final String GAOYAN = "510904110202";
    private static final String SANJIA = "510904110";
    private static final String YUFENG = "510904111";

    private static SignedInUser user(Role role, String scope) {
        return new SignedInUser(1, "u", "U", Set.of(role), null, null, null, scope, "place");
    }

    private static DecisionMatter matter(String village) {
        return DecisionMatter.open(
                village,
                "t",
                new DecisionCategory("OTHER", "其他", "Other", 1),
                MotionSource.HIGHER_LEVEL,
                null,
                null,
                1);
    }

    @Test
    void aClerkRecordsOnlyTheirOwnVillagesMatters() {
        SignedInUser clerk = user(Role.VILLAGE_CLERK, SANMEN);
        assertThat(DecisionPolicy.mayRecord(clerk, SANMEN)).isTrue();
        assertThat(DecisionPolicy.mayRecord(clerk, GAOYAN)).isFalse();
        assertThat(DecisionPolicy.mayRead(clerk, GAOYAN)).isFalse();
        assertThat(DecisionPolicy.actions(clerk, matter(SANMEN)))
                .containsExactlyInAnyOrder(
                        DecisionAction.EDIT, DecisionAction.RECORD_MEETING, DecisionAction.DROP, DecisionAction.ATTACH);
        assertThat(DecisionPolicy.actions(clerk, matter(GAOYAN))).isEmpty();
    }

    @Test
    void aHelperOfTheSameVillageHasNoDecisionRights() {
        SignedInUser helper = user(Role.HELPER, SANMEN);
        assertThat(DecisionPolicy.mayRecord(helper, SANMEN)).isFalse();
        assertThat(DecisionPolicy.mayRead(helper, SANMEN)).isFalse();
        assertThat(DecisionPolicy.actions(helper, matter(SANMEN))).isEmpty();
    }

    @Test
    void townStaffReadTheirTownsMattersAndReviewOnlyWhatAwaitsReview() {
        SignedInUser staff = user(Role.TOWN_STAFF, SANJIA);
        assertThat(DecisionPolicy.mayRead(staff, SANMEN)).isTrue();
        assertThat(DecisionPolicy.mayRead(staff, "510904111201")).isFalse();
        assertThat(DecisionPolicy.mayRecord(staff, SANMEN)).isFalse();

        DecisionMatter m = matter(SANMEN);
        Attendance all = Attendance.of(9, 9, 9, 0, 0);
        LocalDate d = LocalDate.of(2026, 3, 2);
        m.recordMeeting(
                Step.PARTY_PROPOSAL,
                MeetingForm.MERGED_PROPOSAL_AND_DELIBERATION,
                d,
                all,
                null,
                null,
                VotingRules.LAW,
                d,
                1);
        m.recordMeeting(
                Step.PARTY_MEMBERS_REVIEW, MeetingForm.PARTY_MEMBERS, d, all, null, null, VotingRules.LAW, d, 1);
        m.recordMeeting(
                Step.VILLAGERS_RESOLUTION,
                MeetingForm.VILLAGER_REPRESENTATIVES,
                d,
                all,
                null,
                null,
                VotingRules.LAW,
                d,
                1);
        assertThat(DecisionPolicy.actions(staff, m)).isEmpty();
        assertThat(DecisionPolicy.actions(user(Role.VILLAGE_CLERK, SANMEN), m))
                .contains(DecisionAction.SUBMIT_RESOLUTION);

        m.submitResolution("决议", DisclosurePeriod.days(d, 7), true, 90, LocalDateTime.now(), 1);
        assertThat(DecisionPolicy.actions(staff, m)).containsExactly(DecisionAction.REVIEW);
        assertThat(DecisionPolicy.actions(user(Role.TOWN_STAFF, YUFENG), m)).isEmpty();
        assertThat(DecisionPolicy.actions(user(Role.VILLAGE_CLERK, SANMEN), m))
                .doesNotContain(DecisionAction.SUBMIT_RESOLUTION);
    }

    @Test
    void districtWideAccountsAreNoVillageAndOnlyLeadersOrTheAdministratorSwitchTheReview() {
        SignedInUser admin = user(Role.ADMINISTRATOR, "");
        assertThat(DecisionPolicy.mayRead(admin, SANMEN)).isFalse();
        assertThat(DecisionPolicy.maySetTownReview(admin, SANJIA)).isTrue();
        assertThat(DecisionPolicy.maySetTownReview(user(Role.TOWN_LEADER, SANJIA), SANJIA))
                .isTrue();
        assertThat(DecisionPolicy.maySetTownReview(user(Role.TOWN_LEADER, SANJIA), YUFENG))
                .isFalse();
        assertThat(DecisionPolicy.maySetTownReview(user(Role.TOWN_STAFF, SANJIA), SANJIA))
                .isFalse();
    }
}
