package org.bianmin.matter.domain;

/** The kinds of item that become matters; each later feature files its own kind through the same workflow. */
public enum MatterType {
    SERVICE_REQUEST,
    ELDERCARE_APPLICATION,
    RIGHTS_FEEDBACK,
    NOTICE_OBJECTION,
    /** 差评整改: a bad rating sent back to the office that handled the matter */
    RECTIFICATION,
    /** 公示异议: an objection to a home-care application on the village's posting, routed to the town */
    ELDERCARE_OBJECTION,
    /** 居家养老复评: a home-care plan is due for its six-monthly review, routed to the elder's town */
    ELDERCARE_REVIEW
}
