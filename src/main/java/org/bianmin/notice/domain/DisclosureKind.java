package org.bianmin.notice.domain;

/** The two disclosures (两公开). */
public enum DisclosureKind {
    /** 决议公开 */
    RESOLUTION,
    /** 实施结果公开 */
    RESULT
}
