package org.bianmin.notice.domain;

import java.util.EnumSet;
import java.util.Set;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;

/**
 * The one answer to "may this person do this to this decision matter now?". A village clerk records the matters of
 * their own village only; town staff read their town's villages' matters and review their resolution disclosures; an
 * empty data scope (district-wide accounts) never counts as a village. The service enforces it; pages show its answer.
 */
public final class DecisionPolicy {

    private DecisionPolicy() {}

    /** Whether the person records matters of this village (opens, edits, records meetings, discloses). */
    public static boolean mayRecord(SignedInUser user, String villageCode) {
        return user.has(Permission.DECISION_RECORD) && inScope(user, villageCode);
    }

    /** Whether the person may read this village's matters, their meetings and unpublished disclosures. */
    public static boolean mayRead(SignedInUser user, String villageCode) {
        return mayRecord(user, villageCode) || user.has(Permission.DECISION_REVIEW) && inScope(user, villageCode);
    }

    /** Whether the person may switch the review of a town's resolution disclosures on or off. */
    public static boolean maySetTownReview(SignedInUser user, String townCode) {
        return user.has(Permission.DECISION_SETTINGS)
                || user.has(Permission.DECISION_TOWN_SETTING) && townCode != null && townCode.equals(user.scopeCode());
    }

    private static boolean inScope(SignedInUser user, String villageCode) {
        return user.scopeCode() != null && !user.scopeCode().isEmpty() && user.covers(villageCode);
    }

    public static Set<DecisionAction> actions(SignedInUser user, DecisionMatter matter) {
        Set<DecisionAction> allowed = EnumSet.noneOf(DecisionAction.class);
        if (mayRecord(user, matter.getVillageCode())) {
            switch (matter.getStatus()) {
                case IN_DISCUSSION -> allowed.addAll(
                        EnumSet.of(DecisionAction.EDIT, DecisionAction.RECORD_MEETING, DecisionAction.DROP));
                case RESOLVED -> {
                    boolean waiting = matter.disclosure(DisclosureKind.RESOLUTION)
                            .map(d -> d.getState() == DisclosureState.AWAITING_REVIEW)
                            .orElse(false);
                    if (!waiting) {
                        allowed.add(DecisionAction.SUBMIT_RESOLUTION);
                    }
                }
                case RESOLUTION_DISCLOSED -> allowed.add(DecisionAction.PUBLISH_RESULT);
                default -> {
                    // dropped and completed matters are only read
                }
            }
            if (matter.getStatus() != DecisionStatus.DROPPED) {
                allowed.add(DecisionAction.ATTACH);
            }
        }
        if (user.has(Permission.DECISION_REVIEW)
                && inScope(user, matter.getVillageCode())
                && matter.disclosure(DisclosureKind.RESOLUTION)
                        .map(d -> d.getState() == DisclosureState.AWAITING_REVIEW)
                        .orElse(false)) {
            allowed.add(DecisionAction.REVIEW);
        }
        return allowed;
    }
}
