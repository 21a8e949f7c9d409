package org.bianmin.eldercare.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bianmin.shared.domain.IdNumber;

/**
 * What staff are told about an applicant: whether any rule is met and, rule by rule, why or why not. It advises; it
 * never refuses an application, which people decide with their reasons recorded.
 */
public record Eligibility(int age, List<EligibilityRule.RuleCheck> checks) implements Serializable {

    /** The age comes from the ID number (GB 11643), on the day the application is assessed. */
    public static Eligibility assess(
            IdNumber idNumber, Set<LivingSituation> situations, List<EligibilityRule> rules, LocalDate day) {
        int age = idNumber.ageOn(day);
        Set<LivingSituation> stated = situations == null || situations.isEmpty()
                ? EnumSet.noneOf(LivingSituation.class)
                : EnumSet.copyOf(situations);
        if (age >= 80) {
            stated.add(LivingSituation.VERY_OLD); // 高龄 follows from the ID number, whatever was ticked
        }
        return new Eligibility(
                age, rules.stream().map(rule -> rule.check(age, stated)).toList());
    }

    public boolean eligible() {
        return checks.stream().anyMatch(EligibilityRule.RuleCheck::met);
    }

    /** The rules that are met, for "eligible because …". */
    public List<EligibilityRule> metBy() {
        return checks.stream()
                .filter(EligibilityRule.RuleCheck::met)
                .map(EligibilityRule.RuleCheck::rule)
                .toList();
    }
}
