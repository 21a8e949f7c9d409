package org.bianmin.place.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/** Reading places (for everyone) and changing them (administrators, audited). */
@Stateless
public class PlaceService {

    @Inject
    private PlaceRepository places;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentUser currentUser;

    public List<Place> all() {
        return places.findAll();
    }

    public List<Place> active(PlaceLevel level) {
        return places.findActive(level);
    }

    public Place get(long id) {
        return places.find(id).orElseThrow(NotFoundException::new);
    }

    public Place create(Long parentId, String code, String name, String nameEn) {
        currentUser.require(Permission.PLACE_MANAGE);
        String trimmedCode = code == null ? "" : code.strip();
        if (places.findByCode(trimmedCode).isPresent()) {
            throw new BusinessException("place.error.codeTaken", trimmedCode);
        }
        Place place = parentId == null
                ? Place.district(trimmedCode, name, nameEn)
                : Place.under(get(parentId), trimmedCode, name, nameEn);
        places.save(place);
        audit.record(AuditAction.PLACE_CREATED, "place", place.getId(), describe(place));
        return place;
    }

    public void rename(long id, int expectedVersion, String name, String nameEn) {
        currentUser.require(Permission.PLACE_MANAGE);
        Place place = fresh(id, expectedVersion);
        String before = describe(place);
        place.rename(name, nameEn);
        audit.record(AuditAction.PLACE_UPDATED, "place", id, "before: " + before + "; after: " + describe(place));
    }

    public void setActive(long id, int expectedVersion, boolean active) {
        currentUser.require(Permission.PLACE_MANAGE);
        Place place = fresh(id, expectedVersion);
        if (active) {
            place.activate();
        } else {
            place.deactivate(places.countActiveChildren(place));
        }
        audit.record(
                active ? AuditAction.PLACE_ACTIVATED : AuditAction.PLACE_DEACTIVATED, "place", id, place.getCode());
    }

    private Place fresh(long id, int expectedVersion) {
        Place place = get(id);
        if (place.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        return place;
    }

    private static String describe(Place place) {
        return "code=" + place.getCode() + ", name=" + place.getName() + ", nameEn=" + place.getNameEn() + ", level="
                + place.getLevel();
    }
}
