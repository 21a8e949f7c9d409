package org.bianmin.identity.domain;

/** What an audit line records. Later features add their workflow actions here. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_REFUSED_LOCKED,
    LOCKOUT,
    SIGN_OUT,
    PASSWORD_CHANGED,
    ACCESS_DENIED,
    PLACE_CREATED,
    PLACE_UPDATED,
    PLACE_DEACTIVATED,
    PLACE_ACTIVATED,
    OFFICE_CREATED,
    OFFICE_UPDATED,
    OFFICE_DEACTIVATED,
    OFFICE_ACTIVATED,
    USER_CREATED,
    USER_UPDATED,
    USER_DISABLED,
    USER_ENABLED,
    USER_PASSWORD_RESET,
    MATTER_FILED,
    /** a workflow action on a matter; the summary names it */
    MATTER_ACTION,
    /** a full ID number was shown to a staff member */
    ID_NUMBER_REVEALED,
    DISPATCH_RULE_CHANGED,
    MATTER_RATED,
    CALENDAR_CHANGED,
    SERVICE_ITEM_CHANGED,
    /** a helper recorded 送达, 归档, 上报 or 回访 */
    HELPER_STEP,
    /** a staff member opened a file attached to a request */
    REQUEST_FILE_OPENED,
    /** an administrator issued an Open311 API key (the summary names its prefix, never the key) */
    API_KEY_ISSUED,
    API_KEY_REVOKED,
    KIOSK_CREATED,
    /** a new enrolment code for a kiosk; the machine that held it stops being the kiosk */
    KIOSK_CODE_ISSUED,
    /** a machine exchanged its enrolment code for a device token */
    KIOSK_ENROLLED,
    KIOSK_REVOKED,
    /** a new version of the rights list was started (a copy of the published one, or the first) */
    RIGHTS_VERSION_DRAFTED,
    /** the draft of the rights list was changed; the summary says what */
    RIGHTS_VERSION_EDITED,
    /** a version of the rights list was published, superseding the one before */
    RIGHTS_VERSION_PUBLISHED,
    RIGHTS_STAGE_CHANGED,
    /** the owning office answered anonymous feedback publicly */
    RIGHTS_FEEDBACK_ANSWERED,
    /** moderation: feedback taken off the public pages, with the reason */
    RIGHTS_FEEDBACK_HIDDEN,
    /** 四议两公开: a village clerk opened a decision matter */
    DECISION_OPENED,
    DECISION_EDITED,
    /** a meeting of the four discussions was recorded; the summary names the step and the outcome */
    DECISION_MEETING_RECORDED,
    DECISION_DROPPED,
    /** the resolution disclosure was submitted (published, or sent to the town for review) */
    DECISION_RESOLUTION_SUBMITTED,
    /** the town approved or returned a resolution disclosure */
    DECISION_RESOLUTION_REVIEWED,
    DECISION_RESULT_PUBLISHED,
    DECISION_ATTACHMENT_ADDED,
    /** categories, thresholds, disclosure days or a town's review switch changed */
    DECISION_SETTINGS_CHANGED,
    /** a home-care application was filed (kiosk or helper); the summary has the tracking number and channel only */
    ELDERCARE_FILED,
    /** a stage of a home-care application was completed (or decided); never the elder's data */
    ELDERCARE_STAGE_DONE,
    /** a home-care application was sent back to an earlier stage */
    ELDERCARE_SENT_BACK,
    /** someone processing a home-care application opened its health and disability notes */
    ELDERCARE_HEALTH_VIEWED,
    /** the service list, an eligibility rule or a setting of home care was changed */
    ELDERCARE_CONFIG_CHANGED,
    /** an administrator created, changed, switched on or off a home-care provider */
    CARE_PROVIDER_CHANGED,
    /** the service plan of a home-care application was made; the application is in service */
    CARE_PLAN_CREATED,
    /** a six-monthly review of a home-care plan was recorded (continue, change, end) */
    CARE_PLAN_REVIEWED,
    /** a home-care plan was ended between reviews, with the reason */
    CARE_PLAN_ENDED,
    /** the home-care statistics were downloaded as a workbook */
    CARE_STATISTICS_EXPORTED
}
