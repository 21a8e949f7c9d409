package org.bianmin.eldercare.domain;

/** What a six-monthly review decided: carry on as planned, change the plan, or end the service. */
public enum ReviewOutcome {
    /** 继续服务 */
    CONTINUE,
    /** 调整计划 */
    CHANGE,
    /** 终止服务 */
    END
}
