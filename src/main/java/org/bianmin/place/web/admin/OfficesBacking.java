package org.bianmin.place.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bianmin.place.application.OfficeService;
import org.bianmin.place.application.OfficeService.OfficeForm;
import org.bianmin.place.application.PlaceService;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeKind;
import org.bianmin.place.domain.Place;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.PrimeFaces;

/** /admin/offices: list, create, edit, deactivate and reactivate offices. */
@Named
@ViewScoped
public class OfficesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfficeService offices;

    @Inject
    private PlaceService places;

    private List<Office> all;

    private Long editingId;
    private int editingVersion;
    private String code;
    private String name;
    private String nameEn;
    private OfficeKind kind = OfficeKind.TOWN_CENTRE;
    private Long placeId;
    private Long supervisorId;

    private transient List<Place> placeChoices;
    private transient OfficeKind placeChoicesKind;

    @PostConstruct
    void load() {
        all = offices.all();
    }

    public void startCreate() {
        editingId = null;
        editingVersion = 0;
        code = null;
        name = null;
        nameEn = null;
        kind = OfficeKind.TOWN_CENTRE;
        placeId = null;
        supervisorId = null;
    }

    public void startEdit(Office office) {
        editingId = office.getId();
        editingVersion = office.getVersion();
        code = office.getCode();
        name = office.getName();
        nameEn = office.getNameEn();
        kind = office.getKind();
        placeId = office.getPlace().getId();
        supervisorId =
                office.getSupervisor() == null ? null : office.getSupervisor().getId();
    }

    public void save() {
        OfficeForm form = new OfficeForm(code, name, nameEn, kind, placeId, supervisorId);
        try {
            if (editingId == null) {
                offices.create(form);
                Messages.info("admin_offices.created", code);
            } else {
                offices.update(editingId, editingVersion, form);
                Messages.info("admin_offices.saved", code);
            }
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        load();
        PrimeFaces.current().executeScript("PF('officeDialog').hide()");
    }

    public void toggleActive(Office office) {
        try {
            offices.setActive(office.getId(), office.getVersion(), !office.isActive());
            Messages.info(
                    office.isActive() ? "admin_offices.deactivated" : "admin_offices.activated", office.getCode());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    /** The places an office of the chosen kind may serve. */
    public List<Place> getPlaceChoices() {
        if (placeChoices == null || placeChoicesKind != kind) {
            placeChoices = places.active(kind.scopeLevel());
            placeChoicesKind = kind;
        }
        return placeChoices;
    }

    public List<Office> getSupervisorChoices() {
        return all.stream()
                .filter(o -> o.isActive() && !o.getId().equals(editingId))
                .toList();
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public List<Office> getAll() {
        return all;
    }

    public OfficeKind[] getKinds() {
        return OfficeKind.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public OfficeKind getKind() {
        return kind;
    }

    public void setKind(OfficeKind kind) {
        this.kind = kind;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }
}
