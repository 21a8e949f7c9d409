package org.bianmin.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Eligibility rules as the administrator stores them")
class CareRuleEntryTest {

    @Test
    void aStoredRuleComesBackTheSame() {
        EligibilityRule rule = new EligibilityRule(
                "age80-or-disabled-and-poor",
                80,
                EnumSet.of(LivingSituation.SEVERELY_DISABLED, LivingSituation.DISABLED_IN_DAILY_LIVING),
                EnumSet.of(LivingSituation.LOW_INCOME));
        EligibilityRule back = new CareRuleEntry(rule, 1).toRule();
        assertThat(back.code()).isEqualTo("AGE80-OR-DISABLED-AND-POOR");
        assertThat(back.minimumAge()).isEqualTo(80);
        assertThat(back.needs())
                .containsExactlyInAnyOrder(LivingSituation.SEVERELY_DISABLED, LivingSituation.DISABLED_IN_DAILY_LIVING);
        assertThat(back.hardships()).containsExactly(LivingSituation.LOW_INCOME);
    }

    @Test
    void aRuleWithoutAgeOrNeedIsRefused() {
        assertThatThrownBy(() -> new EligibilityRule("X", null, Set.of(), Set.of(LivingSituation.LOW_INCOME)))
                .hasMessage("eldercare.error.ruleWithoutNeed");
    }

    @Test
    void anEmptyListReadsAsNoSituations() {
        assertThat(CareRuleEntry.split("")).isEmpty();
        assertThat(CareRuleEntry.split(" LOW_INCOME , EXTREME_POVERTY"))
                .containsExactlyInAnyOrder(LivingSituation.LOW_INCOME, LivingSituation.EXTREME_POVERTY);
    }
}
