package org.bianmin.matter.application;

/**
 * What a workflow action's dialog asked for; each action reads only the parts it needs.
 *
 * @param text a reason, reply or note
 * @param officeId the new office, for re-dispatch
 * @param assigneeId the staff member, for assignment
 * @param days working days, for an extension request
 * @param targetTrackingNumber the matter this one duplicates, for a merge
 * @param callBack what the villager said when the office called back, for resolving a rectification
 */
public record ActionInput(
        String text, Long officeId, Long assigneeId, Integer days, String targetTrackingNumber, String callBack) {

    public ActionInput(String text, Long officeId, Long assigneeId, Integer days, String targetTrackingNumber) {
        this(text, officeId, assigneeId, days, targetTrackingNumber, null);
    }

    public static ActionInput none() {
        return new ActionInput(null, null, null, null, null);
    }

    public static ActionInput text(String text) {
        return new ActionInput(text, null, null, null, null);
    }
}
