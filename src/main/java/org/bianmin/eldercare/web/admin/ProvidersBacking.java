package org.bianmin.eldercare.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianmin.eldercare.application.ProviderService;
import org.bianmin.eldercare.domain.CareProvider;
import org.bianmin.eldercare.domain.CareServiceOption;
import org.bianmin.place.domain.Place;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/** /admin/eldercare/providers: the home-care providers, what they offer and where they work. */
@Named
@ViewScoped
public class ProvidersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProviderService service;

    private List<CareProvider> all;
    private List<CareServiceOption> options;
    private List<Place> areas;
    private Long editingId;
    private int editingVersion;
    private String name;
    private String contactPerson;
    private String contactPhone;
    private String note;
    private List<Long> serviceIds = new ArrayList<>();
    private List<String> areaCodes = new ArrayList<>();

    @PostConstruct
    void init() {
        all = service.all();
        options = service.serviceOptions();
        areas = service.areaChoices();
    }

    public void startCreate() {
        editingId = null;
        name = null;
        contactPerson = null;
        contactPhone = null;
        note = null;
        serviceIds = new ArrayList<>();
        areaCodes = new ArrayList<>();
    }

    public void startEdit(CareProvider provider) {
        editingId = provider.getId();
        editingVersion = provider.getVersion();
        name = provider.getName();
        contactPerson = provider.getContactPerson();
        contactPhone = provider.getContactPhone();
        note = provider.getNote();
        serviceIds = new ArrayList<>(provider.getServiceIds());
        areaCodes = new ArrayList<>(provider.getAreaCodes());
    }

    public void save() {
        try {
            CareProvider.Details details =
                    new CareProvider.Details(name, contactPerson, contactPhone, note, serviceIds, areaCodes);
            if (editingId == null) {
                service.create(details);
                Messages.info("admin_care_providers.created", name);
            } else {
                service.update(editingId, editingVersion, details);
                Messages.info("admin_care_providers.saved", name);
            }
            all = service.all();
            org.primefaces.PrimeFaces.current().executeScript("PF('providerDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (jakarta.ejb.EJBException e) {
            Messages.error("error.stale");
            all = service.all();
        }
    }

    public void toggleActive(CareProvider provider) {
        try {
            service.setActive(provider.getId(), provider.getVersion(), !provider.isActive());
            Messages.info(
                    provider.isActive() ? "admin_care_providers.deactivated" : "admin_care_providers.activated",
                    provider.getName());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        all = service.all();
    }

    /** The services a provider offers, by name, for the table. */
    public String servicesOf(CareProvider provider) {
        Map<Long, String> names = options.stream()
                .collect(Collectors.toMap(CareServiceOption::getId, CareServiceOption::getNameZh, (a, b) -> a));
        return provider.getServiceIds().stream()
                .sorted()
                .map(id -> names.getOrDefault(id, "#" + id))
                .collect(Collectors.joining("、"));
    }

    /** The area, by place name, for the table. */
    public String areaOf(CareProvider provider) {
        Map<String, Place> byCode = areas.stream().collect(Collectors.toMap(Place::getCode, p -> p, (a, b) -> a));
        return provider.getAreaCodes().stream()
                .map(code -> {
                    Place place = byCode.get(code);
                    if (place == null) {
                        return code;
                    }
                    return place.getLevel() == org.bianmin.place.domain.PlaceLevel.TOWN
                            ? Messages.text("admin_care_providers.wholeTown", place.getName())
                            : place.getName();
                })
                .collect(Collectors.joining("、"));
    }

    /** A town reads "全镇 三家镇", a village "三家镇 · 三门村". */
    public String areaLabel(Place place) {
        if (place.getLevel() == org.bianmin.place.domain.PlaceLevel.TOWN) {
            return Messages.text("admin_care_providers.wholeTown", place.getName());
        }
        String town = areas.stream()
                .filter(t -> t.getCode().equals(place.getCode().substring(0, 9)))
                .map(Place::getName)
                .findFirst()
                .orElse("");
        return town + " · " + place.getName();
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public List<CareProvider> getAll() {
        return all;
    }

    public List<CareServiceOption> getOptions() {
        return options;
    }

    public List<Place> getAreas() {
        return areas;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }

    public List<String> getAreaCodes() {
        return areaCodes;
    }

    public void setAreaCodes(List<String> areaCodes) {
        this.areaCodes = areaCodes;
    }
}
