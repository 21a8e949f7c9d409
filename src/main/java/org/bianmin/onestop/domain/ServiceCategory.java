package org.bianmin.onestop.domain;

/** The kiosk's category tiles; each item belongs to one. */
public enum ServiceCategory {
    /** 住房与宅基地 */
    HOUSING,
    /** 水电路与公共设施 */
    FACILITIES,
    /** 人居环境 */
    ENVIRONMENT,
    /** 社会救助 */
    ASSISTANCE,
    /** 医保社保 */
    INSURANCE,
    /** 老年人与残疾人 */
    ELDERLY_AND_DISABLED,
    OTHER
}
