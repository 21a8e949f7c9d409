package org.bianmin.eldercare.domain;

/** The stages of a home-care application, in order; each is acted on by the role that owns it. */
public enum Stage {
    /** 村级入户核查 and the 7-day posting on the village board */
    VILLAGE_CHECK,
    /** 镇（街道）审核 */
    TOWN_VERIFICATION,
    /** 能力评估 (GB/T 42195-2022) */
    ABILITY_ASSESSMENT,
    /** 区民政局审批 */
    DISTRICT_APPROVAL,
    /** 制定服务计划 */
    SERVICE_PLAN,
    /** 服务中: the plan runs and is reviewed every 6 months */
    IN_SERVICE,
    /** 不予批准 (with a reason) */
    REFUSED;

    public boolean isFinal() {
        return this == IN_SERVICE || this == REFUSED;
    }
}
