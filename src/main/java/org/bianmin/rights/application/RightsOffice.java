package org.bianmin.rights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.matter.application.MatterService;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.domain.AccessDeniedException;

/**
 * Which office keeps the list: the one the dispatch catalogue sends the list's feedback to for the district as a
 * whole (区乡村振兴局 in the demo data). The office that answers the feedback is the office that writes the list, and
 * handing the list to another office is one routing rule. Only its staff with {@link Permission#RIGHTS_MANAGE} keep
 * the list.
 */
@ApplicationScoped
public class RightsOffice {

    @Inject
    private MatterService matters;

    @Inject
    private PlaceRepository places;

    @Inject
    private CurrentUser currentUser;

    public Office owningOffice() {
        String district = places.findActive(PlaceLevel.DISTRICT).stream()
                .map(Place::getCode)
                .findFirst()
                .orElse("");
        return matters.wouldRoute(MatterType.RIGHTS_FEEDBACK, null, district);
    }

    /** The signed-in member of the owning office who may keep the list; anyone else is refused. */
    public SignedInUser requireKeeper() {
        SignedInUser user = currentUser.require(Permission.RIGHTS_MANAGE);
        if (user.officeId() == null || !user.officeId().equals(owningOffice().getId())) {
            throw new AccessDeniedException();
        }
        return user;
    }

    /** Whether the signed-in person keeps the list (for the menu); never throws. */
    public boolean isKeeper() {
        return currentUser
                .get()
                .filter(user -> user.has(Permission.RIGHTS_MANAGE) && user.officeId() != null)
                .map(user -> user.officeId().equals(owningOffice().getId()))
                .orElse(false);
    }
}
