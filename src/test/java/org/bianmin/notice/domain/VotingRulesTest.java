package org.bianmin.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bianmin.shared.domain.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Quorum and majority as the law sets them, at their edges")
class VotingRulesTest {

    private static final VotingRules LAW = VotingRules.LAW;

    @Nested
    @DisplayName("党员大会: at least 2/3 present, more than half of those present for")
    class PartyMembers {
        @ParameterizedTest(name = "{1} of {0} present: quorate {2}")
        @CsvSource({"30,20,true", "30,19,false", "31,21,true", "31,20,false", "3,2,true", "1,1,true"})
        void quorumIsAtLeastTwoThirdsAndExactlyTwoThirdsIsEnough(int expected, int present, boolean quorate) {
            assertThat(LAW.quorate(MeetingForm.PARTY_MEMBERS, Attendance.of(expected, present, 0, 0, 0)))
                    .isEqualTo(quorate);
        }

        @ParameterizedTest(name = "{1} for of {0} present: passed {2}")
        @CsvSource({"20,11,true", "20,10,false", "21,11,true", "21,10,false"})
        void exactlyHalfOfThosePresentIsNotAMajority(int present, int votesFor, boolean passed) {
            assertThat(LAW.passed(
                            MeetingForm.PARTY_MEMBERS, Attendance.of(30, present, votesFor, present - votesFor, 0)))
                    .isEqualTo(passed);
        }
    }

    @Nested
    @DisplayName("村民会议: more than half of adults, or at least 2/3 of households")
    class VillagersAssembly {
        @Test
        void exactlyHalfOfTheAdultsIsNotAQuorumButTwoThirdsOfTheHouseholdsIs() {
            assertThat(LAW.quorate(MeetingForm.VILLAGERS_ASSEMBLY, new Attendance(600, 300, 0, 0, 0, 0, 0)))
                    .isFalse();
            assertThat(LAW.quorate(MeetingForm.VILLAGERS_ASSEMBLY, new Attendance(600, 301, 0, 0, 0, 0, 0)))
                    .isTrue();
            assertThat(LAW.quorate(MeetingForm.VILLAGERS_ASSEMBLY, new Attendance(600, 300, 0, 0, 0, 210, 140)))
                    .isTrue();
            assertThat(LAW.quorate(MeetingForm.VILLAGERS_ASSEMBLY, new Attendance(600, 300, 0, 0, 0, 210, 139)))
                    .isFalse();
        }

        @Test
        void aMajorityOfThosePresentCarriesIt() {
            assertThat(LAW.passed(MeetingForm.VILLAGERS_ASSEMBLY, Attendance.of(600, 400, 201, 150, 49)))
                    .isTrue();
            assertThat(LAW.passed(MeetingForm.VILLAGERS_ASSEMBLY, Attendance.of(600, 400, 200, 150, 50)))
                    .isFalse();
        }
    }

    @Nested
    @DisplayName("村民代表会议: at least 2/3 of representatives")
    class Representatives {
        @ParameterizedTest(name = "{1} of {0} present: quorate {2}")
        @CsvSource({"45,30,true", "45,29,false", "46,31,true", "46,30,false"})
        void quorumIsAtLeastTwoThirds(int expected, int present, boolean quorate) {
            assertThat(LAW.quorate(MeetingForm.VILLAGER_REPRESENTATIVES, Attendance.of(expected, present, 0, 0, 0)))
                    .isEqualTo(quorate);
        }

        @Test
        void abstentionsCountAsNotForBecauseTheMajorityIsOfThosePresent() {
            assertThat(LAW.passed(MeetingForm.VILLAGER_REPRESENTATIVES, Attendance.of(45, 40, 20, 2, 18)))
                    .isFalse();
            assertThat(LAW.passed(MeetingForm.VILLAGER_REPRESENTATIVES, Attendance.of(45, 40, 21, 2, 17)))
                    .isTrue();
        }
    }

    @Test
    void aDistrictMaySetStricterThresholds() {
        VotingRules strict = new VotingRules(
                new Fraction(4, 5),
                Fraction.TWO_THIRDS,
                Fraction.HALF,
                Fraction.TWO_THIRDS,
                Fraction.TWO_THIRDS,
                Fraction.HALF);
        assertThat(strict.quorate(MeetingForm.PARTY_MEMBERS, Attendance.of(30, 23, 0, 0, 0)))
                .isFalse();
        assertThat(strict.quorate(MeetingForm.PARTY_MEMBERS, Attendance.of(30, 24, 0, 0, 0)))
                .isTrue();
        assertThat(strict.passed(MeetingForm.PARTY_MEMBERS, Attendance.of(30, 24, 16, 8, 0)))
                .isFalse();
        assertThat(strict.passed(MeetingForm.PARTY_MEMBERS, Attendance.of(30, 24, 17, 7, 0)))
                .isTrue();
    }

    @Nested
    @DisplayName("counts that cannot be true are refused")
    class BadCounts {
        @Test
        void morePresentThanExpected() {
            assertThatThrownBy(() -> Attendance.of(30, 31, 0, 0, 0)).hasMessage("notice.error.presentOverExpected");
        }

        @Test
        void moreVotesThanPeoplePresent() {
            assertThatThrownBy(() -> Attendance.of(30, 20, 15, 5, 1))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("notice.error.votesOverPresent");
        }

        @Test
        void negativeOrEmptyCounts() {
            assertThatThrownBy(() -> Attendance.of(0, 0, 0, 0, 0)).hasMessage("notice.error.counts");
            assertThatThrownBy(() -> Attendance.of(30, 20, -1, 0, 0)).hasMessage("notice.error.counts");
        }

        @Test
        void moreHouseholdsPresentThanThereAre() {
            assertThatThrownBy(() -> new Attendance(600, 300, 0, 0, 0, 210, 211))
                    .hasMessage("notice.error.households");
        }
    }
}
