package org.bianmin.place.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeKind;
import org.bianmin.place.domain.OfficeRepository;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/** Reading offices (for everyone) and changing them (administrators, audited). */
@Stateless
public class OfficeService {

    @Inject
    private OfficeRepository offices;

    @Inject
    private PlaceRepository places;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentUser currentUser;

    public List<Office> all() {
        return offices.findAll();
    }

    public List<Office> active() {
        return offices.findActive();
    }

    public Office get(long id) {
        return offices.find(id).orElseThrow(NotFoundException::new);
    }

    public Office create(OfficeForm form) {
        currentUser.require(Permission.OFFICE_MANAGE);
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (offices.findByCode(code).isPresent()) {
            throw new BusinessException("office.error.codeTaken", code);
        }
        Office office = new Office(code, form.name(), form.nameEn(), form.kind(), place(form.placeId()));
        office.supervisedBy(supervisor(form.supervisorId()));
        offices.save(office);
        audit.record(AuditAction.OFFICE_CREATED, "office", office.getId(), describe(office));
        return office;
    }

    public void update(long id, int expectedVersion, OfficeForm form) {
        currentUser.require(Permission.OFFICE_MANAGE);
        Office office = fresh(id, expectedVersion);
        String before = describe(office);
        office.rename(form.name(), form.nameEn());
        office.moveTo(form.kind(), place(form.placeId()));
        office.supervisedBy(supervisor(form.supervisorId()));
        audit.record(AuditAction.OFFICE_UPDATED, "office", id, "before: " + before + "; after: " + describe(office));
    }

    public void setActive(long id, int expectedVersion, boolean active) {
        currentUser.require(Permission.OFFICE_MANAGE);
        Office office = fresh(id, expectedVersion);
        if (active) {
            office.activate();
        } else {
            office.deactivate();
        }
        audit.record(
                active ? AuditAction.OFFICE_ACTIVATED : AuditAction.OFFICE_DEACTIVATED, "office", id, office.getCode());
    }

    private Office fresh(long id, int expectedVersion) {
        Office office = get(id);
        if (office.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        return office;
    }

    private org.bianmin.place.domain.Place place(Long id) {
        if (id == null) {
            throw new BusinessException("office.error.placeLevel");
        }
        return places.find(id).orElseThrow(() -> new BusinessException("office.error.placeLevel"));
    }

    private Office supervisor(Long id) {
        return id == null ? null : offices.find(id).orElseThrow(() -> new BusinessException("office.error.supervisor"));
    }

    private static String describe(Office office) {
        return "code=" + office.getCode() + ", name=" + office.getName() + ", kind=" + office.getKind()
                + ", place=" + office.getPlace().getCode()
                + ", supervisor="
                + (office.getSupervisor() == null ? "-" : office.getSupervisor().getCode());
    }

    /** What the administrator typed or chose for an office. */
    public record OfficeForm(
            String code, String name, String nameEn, OfficeKind kind, Long placeId, Long supervisorId) {}
}
