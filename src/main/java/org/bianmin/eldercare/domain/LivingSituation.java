package org.bianmin.eldercare.domain;

/** The target groups of the plan; an applicant may be in several. */
public enum LivingSituation {
    /** 独居 */
    LIVES_ALONE,
    /** 空巢 */
    EMPTY_NEST,
    /** 留守 */
    LEFT_BEHIND,
    /** 高龄 (80+) */
    VERY_OLD,
    /** 失能/半失能 */
    DISABLED_IN_DAILY_LIVING,
    /** 重残 */
    SEVERELY_DISABLED,
    /** 特困 */
    EXTREME_POVERTY,
    /** 低保 */
    MINIMUM_LIVING_ALLOWANCE,
    /** 低收入 */
    LOW_INCOME,
    /** 计划生育特殊家庭 */
    FAMILY_PLANNING_SPECIAL_FAMILY
}
