package org.bianmin.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Decision settings: the law's thresholds by default, stricter allowed, laxer refused")
class DecisionSettingsTest {

    @Test
    void theDefaultsAreTheLaws() {
        DecisionSettings settings = DecisionSettings.law();
        assertThat(settings.rules()).isEqualTo(VotingRules.LAW);
        assertThat(settings.getDisclosureDays()).isEqualTo(7);
    }

    @Test
    void aStricterQuorumIsAcceptedAndUsed() {
        DecisionSettings settings = DecisionSettings.law();
        VotingRules stricter = new VotingRules(
                new Fraction(3, 4),
                Fraction.HALF,
                Fraction.HALF,
                Fraction.TWO_THIRDS,
                Fraction.TWO_THIRDS,
                Fraction.HALF);
        settings.change(stricter, 10, 60);
        assertThat(settings.rules().partyMembersQuorum()).isEqualTo(new Fraction(3, 4));
        assertThat(settings.getDisclosureDays()).isEqualTo(10);
        assertThat(settings.getResultDueDays()).isEqualTo(60);
        // 20 of 30 reaches the law's two thirds but not three quarters
        assertThat(settings.rules().quorate(MeetingForm.PARTY_MEMBERS, Attendance.of(30, 20, 20, 0, 0)))
                .isFalse();
    }

    @Test
    void aLaxerThresholdIsRefusedAndNothingChanges() {
        DecisionSettings settings = DecisionSettings.law();
        VotingRules laxer = new VotingRules(
                new Fraction(3, 5),
                Fraction.HALF,
                Fraction.HALF,
                Fraction.TWO_THIRDS,
                Fraction.TWO_THIRDS,
                Fraction.HALF);
        assertThatThrownBy(() -> settings.change(laxer, 7, 90)).hasMessage("notice.error.belowLaw");
        assertThat(settings.rules()).isEqualTo(VotingRules.LAW);
    }

    @Test
    void daysAreBetweenOneAndAYear() {
        DecisionSettings settings = DecisionSettings.law();
        assertThatThrownBy(() -> settings.change(VotingRules.LAW, 0, 90)).hasMessage("notice.error.settingsDays");
        assertThatThrownBy(() -> settings.change(VotingRules.LAW, 7, 366)).hasMessage("notice.error.settingsDays");
        settings.change(VotingRules.LAW, 1, 365);
        assertThat(settings.getDisclosureDays()).isEqualTo(1);
    }
}
