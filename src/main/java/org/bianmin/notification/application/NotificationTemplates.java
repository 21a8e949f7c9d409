package org.bianmin.notification.application;

import java.util.List;

/**
 * The template names a feature may queue, with the placeholders each one needs. The texts themselves are in
 * {@code org/bianmin/i18n/notifications*.properties}.
 */
public final class NotificationTemplates {

    /** To the villager: {trackingNumber}, {office}, {dueDate}. */
    public static final String MATTER_ACCEPTED = "matter.accepted";

    /** To the villager: {trackingNumber}, {reason}. */
    public static final String MATTER_NOT_ACCEPTED = "matter.notAccepted";

    /** To the villager: {trackingNumber}, {reason} (what is missing). */
    public static final String MATTER_NEEDS_INFORMATION = "matter.needsInformation";

    /** To the villager: {trackingNumber}, {link} (the rating page). */
    public static final String MATTER_RESOLVED = "matter.resolved";

    /** To the villager: {trackingNumber} (their own), {target} (the number to track from now on). */
    public static final String MATTER_MERGED = "matter.merged";

    /** To staff: {trackingNumber}. */
    public static final String STAFF_ASSIGNED = "staff.assigned";

    /** To staff: {trackingNumber}, {dueDate}. */
    public static final String STAFF_REMINDER = "staff.reminder";

    /** To staff (the supervisor): {trackingNumber}, {office}. */
    public static final String STAFF_ESCALATED = "staff.escalated";

    /** To staff: {trackingNumber}, {reason}. */
    public static final String STAFF_RETURNED = "staff.returned";

    /** To a phone being verified: {code}. Queue it with no reference. */
    public static final String PHONE_CODE = "phone.code";

    /** To the villager whose named feedback a new version of the rights list took up: {link} (what it changed). */
    public static final String RIGHTS_ADOPTED = "rights.adopted";

    /** To the applicant of a home-care application (居家养老), once filed: {trackingNumber}. */
    public static final String ELDERCARE_ACCEPTED = "eldercare.accepted";

    /** To the applicant of a home-care application the district approved: {trackingNumber}. */
    public static final String ELDERCARE_APPROVED = "eldercare.approved";

    /** To the applicant of a home-care application the district refused: {trackingNumber}, {reason}. */
    public static final String ELDERCARE_REFUSED = "eldercare.refused";

    public static final List<String> ALL = List.of(
            MATTER_ACCEPTED,
            MATTER_NOT_ACCEPTED,
            MATTER_NEEDS_INFORMATION,
            MATTER_RESOLVED,
            MATTER_MERGED,
            STAFF_ASSIGNED,
            STAFF_REMINDER,
            STAFF_ESCALATED,
            STAFF_RETURNED,
            PHONE_CODE,
            RIGHTS_ADOPTED,
            ELDERCARE_ACCEPTED,
            ELDERCARE_APPROVED,
            ELDERCARE_REFUSED);

    private NotificationTemplates() {}
}
