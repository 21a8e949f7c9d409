package org.bianmin.onestop.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bianmin.onestop.application.CatalogueService;
import org.bianmin.onestop.application.FieldDraft;
import org.bianmin.onestop.domain.FieldType;
import org.bianmin.onestop.domain.ServiceCategory;
import org.bianmin.onestop.domain.ServiceItem;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/** /admin/services: the service catalogue — items, what to bring, promised days and each item's extra fields. */
@Named
@ViewScoped
public class ServicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueService catalogue;

    private List<ServiceItem> all;
    private Long editingId;
    private int editingVersion;
    private String code;
    private String nameZh;
    private String nameEn;
    private ServiceCategory category;
    private String description;
    private String materials;
    private Integer promisedDays;
    private boolean helperMayFile = true;
    private List<FieldDraft> fields = new ArrayList<>();

    @PostConstruct
    void init() {
        all = catalogue.all();
    }

    public void startCreate() {
        editingId = null;
        code = null;
        nameZh = null;
        nameEn = null;
        category = null;
        description = null;
        materials = null;
        promisedDays = null;
        helperMayFile = true;
        fields = new ArrayList<>();
    }

    public void startEdit(ServiceItem item) {
        editingId = item.getId();
        editingVersion = item.getVersion();
        code = item.getCode();
        nameZh = item.getNameZh();
        nameEn = item.getNameEn();
        category = item.getCategory();
        description = item.getDescription();
        materials = String.join("\n", item.getMaterials());
        promisedDays = item.getPromisedDays();
        helperMayFile = item.isHelperMayFile();
        fields = new ArrayList<>(item.getFields().stream().map(FieldDraft::of).toList());
    }

    public void addField() {
        fields.add(new FieldDraft());
    }

    public void removeField(int index) {
        fields.remove(index);
    }

    public void moveUp(int index) {
        if (index > 0) {
            fields.add(index - 1, fields.remove(index));
        }
    }

    public void save() {
        try {
            ServiceItem.Details details = new ServiceItem.Details(
                    nameZh,
                    nameEn,
                    category,
                    description,
                    materials == null ? List.of() : Arrays.asList(materials.split("\\R")),
                    promisedDays == null ? 0 : promisedDays,
                    helperMayFile);
            if (editingId == null) {
                catalogue.create(code, details, fields);
                Messages.info("admin_services.created", code);
            } else {
                catalogue.update(editingId, editingVersion, details, fields);
                Messages.info("admin_services.saved", code);
            }
            all = catalogue.all();
            org.primefaces.PrimeFaces.current().executeScript("PF('serviceDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (jakarta.ejb.EJBException e) {
            // someone saved the same code, or this item, a moment earlier: the database said no
            Messages.error("error.stale");
            all = catalogue.all();
        }
    }

    public void toggleActive(ServiceItem item) {
        try {
            catalogue.setActive(item.getId(), item.getVersion(), !item.isActive());
            Messages.info(item.isActive() ? "admin_services.deactivated" : "admin_services.activated", item.getCode());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        all = catalogue.all();
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public List<ServiceItem> getAll() {
        return all;
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public FieldType[] getFieldTypes() {
        return FieldType.values();
    }

    public List<FieldDraft> getFields() {
        return fields;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public void setCategory(ServiceCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getMaterials() {
        return materials;
    }

    public void setMaterials(String materials) {
        this.materials = materials;
    }

    public Integer getPromisedDays() {
        return promisedDays;
    }

    public void setPromisedDays(Integer promisedDays) {
        this.promisedDays = promisedDays;
    }

    public boolean isHelperMayFile() {
        return helperMayFile;
    }

    public void setHelperMayFile(boolean helperMayFile) {
        this.helperMayFile = helperMayFile;
    }
}
