package org.bianmin.matter.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bianmin.matter.application.DispatchService;
import org.bianmin.matter.domain.DispatchRule;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.place.application.OfficeService;
import org.bianmin.place.domain.Office;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.PrimeFaces;

/** /admin/dispatch: the dispatch catalogue, its rules and the "which office would get this?" tester. */
@Named
@ViewScoped
public class DispatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DispatchService dispatch;

    @Inject
    private OfficeService offices;

    private List<DispatchRule> rules;
    private List<Office> officeChoices;

    private Long editingId;
    private int editingVersion;
    private MatterType type;
    private String serviceCode;
    private String placeCode;
    private Long officeId;

    private MatterType testType = MatterType.SERVICE_REQUEST;
    private String testService;
    private String testVillage;
    private String testResult;

    @PostConstruct
    void load() {
        rules = dispatch.all();
        officeChoices = offices.active();
    }

    public void startCreate() {
        editingId = null;
        editingVersion = 0;
        type = null;
        serviceCode = null;
        placeCode = null;
        officeId = null;
    }

    public void startEdit(DispatchRule rule) {
        editingId = rule.getId();
        editingVersion = rule.getVersion();
        type = rule.getMatterType();
        serviceCode = rule.getServiceCode();
        placeCode = rule.getPlaceCode();
        officeId = rule.getOffice().getId();
    }

    public void save() {
        try {
            dispatch.save(editingId, editingVersion, type, serviceCode, placeCode, officeId);
            Messages.info("admin_dispatch.saved");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        load();
        PrimeFaces.current().executeScript("PF('ruleDialog').hide()");
    }

    public void toggleActive(DispatchRule rule) {
        try {
            dispatch.setActive(rule.getId(), rule.getVersion(), !rule.isActive());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    public void test() {
        try {
            testResult = dispatch.test(testType, testService, testVillage).getName();
        } catch (BusinessException e) {
            testResult = null;
            Messages.error(e);
        }
    }

    public MatterType[] getTypes() {
        return MatterType.values();
    }

    public List<DispatchRule> getRules() {
        return rules;
    }

    public List<Office> getOfficeChoices() {
        return officeChoices;
    }

    public MatterType getType() {
        return type;
    }

    public void setType(MatterType type) {
        this.type = type;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getPlaceCode() {
        return placeCode;
    }

    public void setPlaceCode(String placeCode) {
        this.placeCode = placeCode;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public void setOfficeId(Long officeId) {
        this.officeId = officeId;
    }

    public MatterType getTestType() {
        return testType;
    }

    public void setTestType(MatterType testType) {
        this.testType = testType;
    }

    public String getTestService() {
        return testService;
    }

    public void setTestService(String testService) {
        this.testService = testService;
    }

    public String getTestVillage() {
        return testVillage;
    }

    public void setTestVillage(String testVillage) {
        this.testVillage = testVillage;
    }

    public String getTestResult() {
        return testResult;
    }
}
