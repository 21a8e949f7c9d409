package org.bianmin.notice.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.notice.domain.DecisionAction;
import org.bianmin.notice.domain.DecisionMatter;
import org.bianmin.notice.domain.DecisionPolicy;
import org.bianmin.notice.domain.DecisionRepository;
import org.bianmin.notice.domain.DecisionStatus;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/**
 * The town's side (乡镇审核): its villages' decision matters, read-only, and the resolution disclosures waiting for its
 * review, which it approves (published) or returns with a note. Also the town's own review switch.
 */
@Stateless
public class DecisionReviewService {

    private static final int MAX_LIST = 500;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private PlaceRepository places;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    /** The town's villages' matters, newest change first. */
    public List<DecisionMatter> townMatters(DecisionStatus status) {
        return DecisionService.touched(decisions.byPlace(town().scopeCode(), status, MAX_LIST));
    }

    /** Resolution disclosures waiting for this town's review, oldest first. */
    public List<DecisionMatter> queue() {
        return DecisionService.touched(decisions.awaitingReview(town().scopeCode()));
    }

    /** The villages of the reviewer's town, for choosing one. */
    public List<Place> villages() {
        String prefix = town().scopeCode();
        return places.findAll().stream()
                .filter(p -> p.getParent() != null && p.getParent().getCode().equals(prefix) && p.isActive())
                .toList();
    }

    public void approve(long id, int expectedVersion) {
        SignedInUser user = town();
        DecisionMatter matter = reviewable(id, expectedVersion, user);
        matter.approveResolution(
                user.id(),
                DecisionService.today(),
                LocalDateTime.now(),
                decisions.settings().getResultDueDays());
        decisions.save(matter);
        audit.record(AuditAction.DECISION_RESOLUTION_REVIEWED, "decisionMatter", id, "approved");
    }

    public void returnToClerk(long id, int expectedVersion, String note) {
        SignedInUser user = town();
        DecisionMatter matter = reviewable(id, expectedVersion, user);
        matter.returnResolution(note, user.id());
        decisions.save(matter);
        audit.record(AuditAction.DECISION_RESOLUTION_REVIEWED, "decisionMatter", id, "returned");
    }

    /** Whether the reviewer's own town reviews resolution disclosures. */
    public boolean reviews() {
        return decisions.townReviews(town().scopeCode());
    }

    /** Whether the signed-in person may switch the review of their own town. */
    public boolean maySwitch() {
        SignedInUser user = town();
        return DecisionPolicy.maySetTownReview(user, user.scopeCode());
    }

    /** A town leader switches their own town's review on or off. */
    public void setReviews(boolean reviews) {
        SignedInUser user = town();
        if (!DecisionPolicy.maySetTownReview(user, user.scopeCode())) {
            throw new AccessDeniedException();
        }
        decisions.setTownReviews(user.scopeCode(), reviews);
        audit.record(AuditAction.DECISION_SETTINGS_CHANGED, "decisionTown", user.scopeCode(), "review " + reviews);
    }

    private DecisionMatter reviewable(long id, int expectedVersion, SignedInUser user) {
        DecisionMatter matter = decisions.find(id).orElseThrow(NotFoundException::new);
        if (!DecisionPolicy.mayRead(user, matter.getVillageCode())) {
            throw new AccessDeniedException();
        }
        if (!DecisionPolicy.actions(user, matter).contains(DecisionAction.REVIEW)) {
            throw new BusinessException("notice.error.notAwaitingReview");
        }
        if (matter.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        return matter;
    }

    private SignedInUser town() {
        SignedInUser user = currentUser.require(Permission.DECISION_REVIEW);
        if (user.scopeCode() == null || user.scopeCode().isEmpty()) {
            throw new AccessDeniedException();
        }
        return user;
    }
}
