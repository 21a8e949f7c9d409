package org.bianmin.notice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.notice.domain.DecisionMatter;
import org.bianmin.notice.domain.DecisionPolicy;
import org.bianmin.notice.domain.DecisionRepository;
import org.bianmin.notice.domain.Deliberation;
import org.bianmin.notice.domain.MeetingForm;
import org.bianmin.notice.domain.Step;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceRepository;

/** Builds the page's view of a matter, within the calling service's transaction (the caller has checked access). */
@ApplicationScoped
public class DecisionViews {

    @Inject
    private DecisionRepository decisions;

    @Inject
    private PlaceRepository places;

    public DecisionView of(SignedInUser user, DecisionMatter matter) {
        Place village = places.findByCode(matter.getVillageCode()).orElseThrow();
        Place town = village.getParent();
        Deliberation deliberation = matter.deliberation();
        Step next = deliberation.nextStep();
        List<MeetingForm> forms = next == null ? List.of() : new ArrayList<>(Deliberation.formsFor(next));
        matter.getMeetings().size();
        matter.getDisclosures().size();
        return new DecisionView(
                matter,
                village.getName(),
                town == null ? "" : town.getName(),
                DecisionPolicy.actions(user, matter),
                decisions.attachments(matter.getId()),
                next,
                forms,
                town != null && decisions.townReviews(town.getCode()),
                decisions.settings().getDisclosureDays(),
                decisions.settings().rules());
    }
}
