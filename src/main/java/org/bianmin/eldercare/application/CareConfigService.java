package org.bianmin.eldercare.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianmin.eldercare.domain.CareApplicationRepository;
import org.bianmin.eldercare.domain.CareRuleEntry;
import org.bianmin.eldercare.domain.CareServiceOption;
import org.bianmin.eldercare.domain.CareSetting;
import org.bianmin.eldercare.domain.CareSettings;
import org.bianmin.eldercare.domain.EligibilityRule;
import org.bianmin.eldercare.domain.LivingSituation;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/** The administrator's side: the service list, the eligibility rules, the minimum age and the stage deadlines. */
@Stateless
public class CareConfigService {

    @Inject
    private CareApplicationRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    private void require() {
        currentUser.require(Permission.ELDERCARE_CONFIGURE);
    }

    public List<CareServiceOption> options() {
        require();
        return repository.serviceOptions();
    }

    public void addOption(String code, String nameZh, String nameEn) {
        require();
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (repository.serviceOptions().stream().anyMatch(o -> o.getCode().equals(c))) {
            throw new BusinessException("eldercare.error.optionExists", c);
        }
        int next = repository.serviceOptions().stream()
                        .mapToInt(CareServiceOption::getSortOrder)
                        .max()
                        .orElse(0)
                + 1;
        CareServiceOption option = repository.save(new CareServiceOption(c, nameZh, nameEn, next));
        audit.record(AuditAction.ELDERCARE_CONFIG_CHANGED, "care_service_option", option.getId(), "added " + c);
    }

    public void changeOption(long id, String nameZh, String nameEn, boolean active) {
        require();
        CareServiceOption option = repository.serviceOption(id).orElseThrow(NotFoundException::new);
        option.rename(nameZh, nameEn);
        option.setActive(active);
        repository.save(option);
        audit.record(
                AuditAction.ELDERCARE_CONFIG_CHANGED,
                "care_service_option",
                id,
                option.getCode() + (active ? " active" : " switched off"));
    }

    public List<CareRuleEntry> rules() {
        require();
        return repository.rules();
    }

    /** Adds a rule, or replaces the one with that id. */
    public void saveRule(
            Long id,
            String code,
            Integer minimumAge,
            Set<LivingSituation> needs,
            Set<LivingSituation> hardships,
            boolean active) {
        require();
        EligibilityRule rule = new EligibilityRule(code, minimumAge, needs, hardships);
        String c = rule.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (repository.rules().stream()
                .anyMatch(r -> r.getCode().equals(c) && !r.getId().equals(id))) {
            throw new BusinessException("eldercare.error.ruleExists", c);
        }
        CareRuleEntry entry;
        if (id == null) {
            int next = repository.rules().stream()
                            .mapToInt(CareRuleEntry::getSortOrder)
                            .max()
                            .orElse(0)
                    + 1;
            entry = new CareRuleEntry(rule, next);
        } else {
            entry = repository.rule(id).orElseThrow(NotFoundException::new);
            entry.change(rule);
        }
        entry.setActive(active);
        entry = repository.save(entry);
        audit.record(AuditAction.ELDERCARE_CONFIG_CHANGED, "care_eligibility_rule", entry.getId(), "rule " + c);
    }

    public void deleteRule(long id) {
        require();
        CareRuleEntry entry = repository.rule(id).orElseThrow(NotFoundException::new);
        repository.delete(entry);
        audit.record(AuditAction.ELDERCARE_CONFIG_CHANGED, "care_eligibility_rule", id, "deleted " + entry.getCode());
    }

    public CareSettings settings() {
        require();
        Map<CareSettings.Key, Integer> values = new EnumMap<>(CareSettings.Key.class);
        repository.settings().forEach(s -> values.put(s.getCode(), s.getValue()));
        return new CareSettings(values);
    }

    public void saveSettings(Map<CareSettings.Key, Integer> values) {
        require();
        Map<CareSettings.Key, CareSetting> stored = new EnumMap<>(CareSettings.Key.class);
        repository.settings().forEach(s -> stored.put(s.getCode(), s));
        for (Map.Entry<CareSettings.Key, Integer> e : values.entrySet()) {
            if (e.getValue() == null) {
                throw new BusinessException("eldercare.error.settingRange", 1, 120);
            }
            CareSetting setting = stored.get(e.getKey());
            if (setting == null) {
                repository.save(new CareSetting(e.getKey(), e.getValue()));
            } else if (setting.getValue() != e.getValue()) {
                setting.change(e.getValue());
                repository.save(setting);
            }
        }
        audit.record(AuditAction.ELDERCARE_CONFIG_CHANGED, "care_setting", null, "settings saved");
    }
}
