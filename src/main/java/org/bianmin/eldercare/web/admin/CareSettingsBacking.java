package org.bianmin.eldercare.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.bianmin.eldercare.application.CareConfigService;
import org.bianmin.eldercare.domain.CareRuleEntry;
import org.bianmin.eldercare.domain.CareServiceOption;
import org.bianmin.eldercare.domain.CareSettings;
import org.bianmin.eldercare.domain.LivingSituation;
import org.bianmin.eldercare.web.CareMessages;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/**
 * /admin/eldercare/settings: the services elders may ask for (add, rename, switch off), the eligibility rules staff are
 * shown, and the minimum age, posting days and stage deadlines.
 */
@Named("careSettings")
@ViewScoped
public class CareSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareConfigService service;

    private List<CareServiceOption> options;
    private final Map<Long, OptionEdit> edits = new java.util.HashMap<>();
    private List<CareRuleEntry> rules;
    private final Map<CareSettings.Key, Integer> values = new EnumMap<>(CareSettings.Key.class);

    private String newCode;
    private String newNameZh;
    private String newNameEn;

    private Long ruleId;
    private String ruleCode;
    private Integer ruleAge;
    private List<LivingSituation> ruleNeeds = new ArrayList<>();
    private List<LivingSituation> ruleHardships = new ArrayList<>();
    private boolean ruleActive = true;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        options = service.options();
        edits.clear();
        options.forEach(o -> edits.put(o.getId(), new OptionEdit(o.getNameZh(), o.getNameEn(), o.isActive())));
        rules = service.rules();
        values.clear();
        values.putAll(service.settings().values());
    }

    /** What the table's row for one service holds while it is edited. */
    public static class OptionEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private String nameZh;
        private String nameEn;
        private boolean active;

        OptionEdit(String nameZh, String nameEn, boolean active) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.active = active;
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

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    public Map<Long, OptionEdit> getEdits() {
        return edits;
    }

    public void saveOption(CareServiceOption option) {
        OptionEdit edit = edits.get(option.getId());
        try {
            service.changeOption(option.getId(), edit.getNameZh(), edit.getNameEn(), edit.isActive());
            Messages.info("admin_care.saved");
        } catch (BusinessException e) {
            CareMessages.error(e);
        }
        reload();
    }

    public void addOption() {
        try {
            service.addOption(newCode, newNameZh, newNameEn);
            newCode = null;
            newNameZh = null;
            newNameEn = null;
            Messages.info("admin_care.saved");
        } catch (BusinessException e) {
            CareMessages.error(e);
        }
        reload();
    }

    public void editRule(CareRuleEntry rule) {
        ruleId = rule.getId();
        ruleCode = rule.getCode();
        ruleAge = rule.getMinimumAge();
        ruleNeeds = new ArrayList<>(rule.getNeeds());
        ruleHardships = new ArrayList<>(rule.getHardships());
        ruleActive = rule.isActive();
    }

    public void newRule() {
        ruleId = null;
        ruleCode = null;
        ruleAge = null;
        ruleNeeds = new ArrayList<>();
        ruleHardships = new ArrayList<>();
        ruleActive = true;
    }

    public void saveRule() {
        try {
            service.saveRule(ruleId, ruleCode, ruleAge, set(ruleNeeds), set(ruleHardships), ruleActive);
            Messages.info("admin_care.saved");
            newRule();
        } catch (BusinessException e) {
            CareMessages.error(e);
        }
        reload();
    }

    private static EnumSet<LivingSituation> set(List<LivingSituation> list) {
        return list == null || list.isEmpty() ? EnumSet.noneOf(LivingSituation.class) : EnumSet.copyOf(list);
    }

    public void deleteRule(CareRuleEntry rule) {
        try {
            service.deleteRule(rule.getId());
            Messages.info("admin_care.saved");
        } catch (BusinessException e) {
            CareMessages.error(e);
        }
        reload();
    }

    public void saveSettings() {
        try {
            service.saveSettings(values);
            Messages.info("admin_care.saved");
        } catch (BusinessException e) {
            CareMessages.error(e);
        }
        reload();
    }

    public String situations(java.util.Set<LivingSituation> set) {
        return set.stream()
                .sorted()
                .map(s -> Messages.text("LivingSituation." + s))
                .reduce((a, b) -> a + "、" + b)
                .orElse("—");
    }

    public CareSettings.Key[] getKeys() {
        return CareSettings.Key.values();
    }

    public LivingSituation[] getSituations() {
        return LivingSituation.values();
    }

    public List<CareServiceOption> getOptions() {
        return options;
    }

    public List<CareRuleEntry> getRules() {
        return rules;
    }

    public Map<CareSettings.Key, Integer> getValues() {
        return values;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewNameZh() {
        return newNameZh;
    }

    public void setNewNameZh(String newNameZh) {
        this.newNameZh = newNameZh;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public void setRuleCode(String ruleCode) {
        this.ruleCode = ruleCode;
    }

    public Integer getRuleAge() {
        return ruleAge;
    }

    public void setRuleAge(Integer ruleAge) {
        this.ruleAge = ruleAge;
    }

    public List<LivingSituation> getRuleNeeds() {
        return ruleNeeds;
    }

    public void setRuleNeeds(List<LivingSituation> ruleNeeds) {
        this.ruleNeeds = ruleNeeds;
    }

    public List<LivingSituation> getRuleHardships() {
        return ruleHardships;
    }

    public void setRuleHardships(List<LivingSituation> ruleHardships) {
        this.ruleHardships = ruleHardships;
    }

    public boolean isRuleActive() {
        return ruleActive;
    }

    public void setRuleActive(boolean ruleActive) {
        this.ruleActive = ruleActive;
    }
}
