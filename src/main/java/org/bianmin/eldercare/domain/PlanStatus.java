package org.bianmin.eldercare.domain;

/** Whether a service plan runs (服务中) or has ended (终止). */
public enum PlanStatus {
    ACTIVE,
    ENDED
}
