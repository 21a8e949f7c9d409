package org.bianmin.matter.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.bianmin.matter.application.MatterService;
import org.bianmin.matter.application.MatterService.StaffFiling;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.place.domain.Place;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/** /staff/new: 登记, a staff member files a matter for a villager at the counter or on the phone. */
@Named
@ViewScoped
public class NewMatterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MatterService matters;

    private List<Place> villages;
    private MatterType type = MatterType.SERVICE_REQUEST;
    private String subject;
    private String name;
    private String idNumber;
    private String phone;
    private Long villageId;
    private Integer promisedDays = 10;

    /** One per form: a double click or a resubmit of this page files one matter. */
    private final String filingKey = java.util.UUID.randomUUID().toString();

    @PostConstruct
    void init() {
        villages = matters.villagesForFiling();
    }

    public void file() throws IOException {
        Matter matter;
        try {
            matter = matters.fileByStaff(
                    filingKey,
                    new StaffFiling(
                            type, subject, name, idNumber, phone, villageId, promisedDays == null ? 0 : promisedDays));
        } catch (BusinessException e) {
            Messages.error(e); // everything typed stays on the page
            return;
        }
        Messages.info(
                "staff_new.filed",
                matter.getTrackingNumber(),
                matter.getOffice().getName());
        Messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/staff/");
    }

    public MatterType[] getTypes() {
        return MatterType.values();
    }

    public List<Place> getVillages() {
        return villages;
    }

    public MatterType getType() {
        return type;
    }

    public void setType(MatterType type) {
        this.type = type;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public Integer getPromisedDays() {
        return promisedDays;
    }

    public void setPromisedDays(Integer promisedDays) {
        this.promisedDays = promisedDays;
    }
}
