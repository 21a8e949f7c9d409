package org.bianmin.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bianmin.shared.domain.IdNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Eligibility tells staff whether and why; it never refuses")
class EligibilityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    /** 80 or older, or 失能/重残; and 特困, 低保 or 低收入 */
    private static final EligibilityRule OLD_OR_DISABLED_AND_POOR = new EligibilityRule(
            "AGE80-OR-DISABLED-AND-POOR",
            80,
            EnumSet.of(LivingSituation.DISABLED_IN_DAILY_LIVING, LivingSituation.SEVERELY_DISABLED),
            EnumSet.of(
                    LivingSituation.EXTREME_POVERTY,
                    LivingSituation.MINIMUM_LIVING_ALLOWANCE,
                    LivingSituation.LOW_INCOME));

    /** 计划生育特殊家庭, at any age */
    private static final EligibilityRule SPECIAL_FAMILY = new EligibilityRule(
            "FAMILY-PLANNING", null, EnumSet.of(LivingSituation.FAMILY_PLANNING_SPECIAL_FAMILY), null);

    private static final List<EligibilityRule> RULES = List.of(OLD_OR_DISABLED_AND_POOR, SPECIAL_FAMILY);

    /** Born 29 Nov 1946: 80 on the day; the day before, 79. */
    private static final IdNumber BORN_1946_11_29 = IdNumber.parse(withCheckDigit("51090419461129021"));

    private static String withCheckDigit(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    @Test
    void eightyOnTheDayWithALowIncomeQualifiesAndHighAgeIsDerivedFromTheIdNumber() {
        Eligibility eligibility = Eligibility.assess(BORN_1946_11_29, Set.of(LivingSituation.LOW_INCOME), RULES, DAY);
        assertThat(eligibility.age()).isEqualTo(80);
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.metBy()).containsExactly(OLD_OR_DISABLED_AND_POOR);
        assertThat(eligibility.checks().get(0).byAge()).isTrue();
    }

    @Test
    void theDayBeforeTheEightiethBirthdayItTakesADisability() {
        Eligibility at79 =
                Eligibility.assess(BORN_1946_11_29, Set.of(LivingSituation.LOW_INCOME), RULES, DAY.minusDays(1));
        assertThat(at79.age()).isEqualTo(79);
        assertThat(at79.eligible()).isFalse();
        assertThat(at79.checks().get(0).needMet()).isFalse();
        assertThat(at79.checks().get(0).hardshipMet())
                .as("the reason shown: the need, not the hardship")
                .isTrue();

        Eligibility disabled = Eligibility.assess(
                BORN_1946_11_29,
                Set.of(LivingSituation.LOW_INCOME, LivingSituation.DISABLED_IN_DAILY_LIVING),
                RULES,
                DAY.minusDays(1));
        assertThat(disabled.eligible()).isTrue();
        assertThat(disabled.checks().get(0).byNeedGroup()).isTrue();
    }

    @Test
    void needWithoutHardshipIsNotEnoughForARuleThatAsksForBoth() {
        Eligibility eligibility = Eligibility.assess(BORN_1946_11_29, Set.of(LivingSituation.LIVES_ALONE), RULES, DAY);
        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.checks().get(0).needMet()).isTrue();
        assertThat(eligibility.checks().get(0).hardshipMet()).isFalse();
    }

    @Test
    void aRuleWithoutHardshipIsMetByItsNeedAlone() {
        Eligibility eligibility = Eligibility.assess(
                BORN_1946_11_29, Set.of(LivingSituation.FAMILY_PLANNING_SPECIAL_FAMILY), RULES, DAY.minusYears(10));
        assertThat(eligibility.metBy()).containsExactly(SPECIAL_FAMILY);
    }

    @Test
    void aRuleNeedsANeed() {
        assertThatThrownBy(() -> new EligibilityRule("EMPTY", null, Set.of(), Set.of(LivingSituation.LOW_INCOME)))
                .hasMessage("eldercare.error.ruleWithoutNeed");
        assertThatThrownBy(() -> new EligibilityRule("YOUNG", 40, null, null)).hasMessage("eldercare.error.ruleAge");
    }
}
