package org.bianmin.eldercare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/** One eligibility rule as the administrator keeps it (table {@code care_eligibility_rule}); see {@link EligibilityRule}. */
@Entity
@Table(name = "care_eligibility_rule")
public class CareRuleEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "minimum_age")
    private Integer minimumAge;

    @Column(name = "needs", nullable = false, length = 300)
    private String needs = "";

    @Column(name = "hardships", nullable = false, length = 300)
    private String hardships = "";

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CareRuleEntry() {}

    public CareRuleEntry(EligibilityRule rule, int sortOrder) {
        change(rule);
        this.sortOrder = sortOrder;
    }

    /** Replaces the rule; the record's constructor has checked it. */
    public void change(EligibilityRule rule) {
        String c = rule.code().strip().toUpperCase(Locale.ROOT);
        if (c.length() > 40) {
            throw new BusinessException("eldercare.error.ruleCode");
        }
        code = c;
        minimumAge = rule.minimumAge();
        needs = join(rule.needs());
        hardships = join(rule.hardships());
    }

    public EligibilityRule toRule() {
        return new EligibilityRule(code, minimumAge, split(needs), split(hardships));
    }

    private static String join(Set<LivingSituation> situations) {
        return situations.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<LivingSituation> split(String text) {
        Set<LivingSituation> set = EnumSet.noneOf(LivingSituation.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(","))
                    .map(String::strip)
                    .map(LivingSituation::valueOf)
                    .forEach(set::add);
        }
        return set;
    }

    public String getCode() {
        return code;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public Set<LivingSituation> getNeeds() {
        return split(needs);
    }

    public Set<LivingSituation> getHardships() {
        return split(hardships);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
