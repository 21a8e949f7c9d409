package org.bianmin.place.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.place.application.PlaceService;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.PrimeFaces;

/** /admin/places: list, create, rename, deactivate and reactivate places. */
@Named
@ViewScoped
public class PlacesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlaceService places;

    private List<Place> all;
    private List<Place> parents;

    private Long editingId;
    private int editingVersion;
    private Long parentId;
    private String code;
    private String name;
    private String nameEn;

    @PostConstruct
    void load() {
        all = places.all();
        parents = new ArrayList<>(places.active(PlaceLevel.DISTRICT));
        parents.addAll(places.active(PlaceLevel.TOWN));
    }

    public void startCreate() {
        editingId = null;
        editingVersion = 0;
        parentId = null;
        code = null;
        name = null;
        nameEn = null;
    }

    public void startEdit(Place place) {
        editingId = place.getId();
        editingVersion = place.getVersion();
        parentId = place.getParent() == null ? null : place.getParent().getId();
        code = place.getCode();
        name = place.getName();
        nameEn = place.getNameEn();
    }

    public void save() {
        try {
            if (editingId == null) {
                places.create(parentId, code, name, nameEn);
                Messages.info("admin_places.created", code);
            } else {
                places.rename(editingId, editingVersion, name, nameEn);
                Messages.info("admin_places.saved", code);
            }
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        load();
        PrimeFaces.current().executeScript("PF('placeDialog').hide()");
    }

    public void toggleActive(Place place) {
        try {
            places.setActive(place.getId(), place.getVersion(), !place.isActive());
            Messages.info(place.isActive() ? "admin_places.deactivated" : "admin_places.activated", place.getCode());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public List<Place> getAll() {
        return all;
    }

    public List<Place> getParents() {
        return parents;
    }

    public PlaceLevel[] getLevels() {
        return PlaceLevel.values();
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
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
}
