package org.bianmin.eldercare.domain;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.bianmin.shared.domain.BusinessException;

/**
 * One way to qualify, as a district sets it: a need (old enough, or in one of the need groups) and, when the rule asks
 * for it, a hardship (in one of the hardship groups). For example "80 or older, or 失能/重残; and 特困, 低保 or 低收入".
 *
 * @param code short name shown to staff, e.g. {@code AGE80-OR-DISABLED-AND-POOR}
 * @param minimumAge the need is met at this age or older; null when only the need groups count
 * @param needs being in any of these meets the need (may be empty when the age alone counts)
 * @param hardships being in any of these is also required; empty when the rule asks for no hardship
 */
public record EligibilityRule(
        String code, Integer minimumAge, Set<LivingSituation> needs, Set<LivingSituation> hardships)
        implements Serializable {

    public EligibilityRule {
        if (code == null || code.isBlank()) {
            throw new BusinessException("eldercare.error.ruleCode");
        }
        needs = needs == null || needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
        hardships = hardships == null || hardships.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hardships));
        if (minimumAge == null && needs.isEmpty()) {
            throw new BusinessException("eldercare.error.ruleWithoutNeed", code);
        }
        if (minimumAge != null && (minimumAge < 60 || minimumAge > 120)) {
            throw new BusinessException("eldercare.error.ruleAge", code);
        }
    }

    /** Why this rule is or is not met for this person, part by part. */
    public RuleCheck check(int age, Set<LivingSituation> situations) {
        boolean oldEnough = minimumAge != null && age >= minimumAge;
        boolean inNeedGroup = needs.stream().anyMatch(situations::contains);
        boolean hardshipMet = hardships.isEmpty() || hardships.stream().anyMatch(situations::contains);
        return new RuleCheck(this, oldEnough || inNeedGroup, hardshipMet, oldEnough, inNeedGroup);
    }

    /** The outcome of one rule for one person. */
    public record RuleCheck(
            EligibilityRule rule, boolean needMet, boolean hardshipMet, boolean byAge, boolean byNeedGroup)
            implements Serializable {

        public boolean met() {
            return needMet && hardshipMet;
        }
    }
}
