package org.bianmin.notice.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianmin.notice.application.DecisionSettingsService;
import org.bianmin.notice.domain.DecisionCategory;
import org.bianmin.notice.domain.DecisionSettings;
import org.bianmin.notice.domain.Fraction;
import org.bianmin.notice.domain.VotingRules;
import org.bianmin.notice.web.DecisionPages;
import org.bianmin.place.domain.Place;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/** /admin/decisions: categories (add, rename, switch off), thresholds and days, and which towns review. */
@Named("decisionSettings")
@ViewScoped
public class DecisionSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionSettingsService service;

    private List<DecisionCategory> categories;
    private List<Place> towns;
    private Set<String> reviewing;
    private int settingsVersion;
    private final Map<Long, String> zh = new HashMap<>();
    private final Map<Long, String> en = new HashMap<>();

    private String newCode;
    private String newZh;
    private String newEn;

    /** Thresholds as "n/d" text, in the order of {@link VotingRules}. */
    private String partyMembersQuorum;

    private String partyMembersMajority;
    private String assemblyVillagersQuorum;
    private String assemblyHouseholdsQuorum;
    private String representativesQuorum;
    private String villagersMajority;
    private Integer disclosureDays;
    private Integer resultDueDays;

    public void load() {
        if (categories != null) {
            return;
        }
        reload();
        DecisionSettings settings = service.settings();
        VotingRules rules = settings.rules();
        settingsVersion = settings.getVersion();
        partyMembersQuorum = rules.partyMembersQuorum().toString();
        partyMembersMajority = rules.partyMembersMajority().toString();
        assemblyVillagersQuorum = rules.assemblyVillagersQuorum().toString();
        assemblyHouseholdsQuorum = rules.assemblyHouseholdsQuorum().toString();
        representativesQuorum = rules.representativesQuorum().toString();
        villagersMajority = rules.villagersMajority().toString();
        disclosureDays = settings.getDisclosureDays();
        resultDueDays = settings.getResultDueDays();
    }

    private void reload() {
        categories = service.categories();
        zh.clear();
        en.clear();
        categories.forEach(c -> {
            zh.put(c.getId(), c.getNameZh());
            en.put(c.getId(), c.getNameEn());
        });
        towns = service.towns();
        reviewing = service.reviewingTowns();
    }

    public void addCategory() {
        try {
            service.addCategory(newCode, newZh, newEn);
            Messages.info("admin_decisions.categoryAdded");
            newCode = null;
            newZh = null;
            newEn = null;
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
        reload();
    }

    public void renameCategory(DecisionCategory category) {
        try {
            service.renameCategory(
                    category.getId(), category.getVersion(), zh.get(category.getId()), en.get(category.getId()));
            Messages.info("admin_decisions.categorySaved");
            reload();
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
    }

    public void toggleCategory(DecisionCategory category) {
        try {
            service.setCategoryActive(category.getId(), category.getVersion(), !category.isActive());
            Messages.info("admin_decisions.categorySaved");
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
        reload();
    }

    public void saveSettings() {
        try {
            VotingRules rules = new VotingRules(
                    fraction(partyMembersQuorum),
                    fraction(partyMembersMajority),
                    fraction(assemblyVillagersQuorum),
                    fraction(assemblyHouseholdsQuorum),
                    fraction(representativesQuorum),
                    fraction(villagersMajority));
            if (disclosureDays == null || resultDueDays == null) {
                throw new BusinessException("notice.error.settingsDays", DecisionSettings.MAX_DAYS);
            }
            service.changeSettings(settingsVersion, rules, disclosureDays, resultDueDays);
            settingsVersion = service.settings().getVersion();
            Messages.info("admin_decisions.settingsSaved");
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
    }

    /** "2/3" → 2/3; anything else is not a share. */
    static Fraction fraction(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s*/\\s*");
        if (parts.length != 2) {
            throw new BusinessException("notice.error.fraction");
        }
        try {
            return new Fraction(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new BusinessException("notice.error.fraction");
        }
    }

    public void toggleTown(Place town) {
        try {
            boolean on = !reviewing.contains(town.getCode());
            service.setTownReviews(town.getCode(), on);
            Messages.info(on ? "admin_decisions.townReviewOn" : "admin_decisions.townReviewOff", town.getName());
        } catch (BusinessException e) {
            DecisionPages.error(e);
        }
        reload();
    }

    public boolean reviews(Place town) {
        return reviewing.contains(town.getCode());
    }

    public List<DecisionCategory> getCategories() {
        return categories;
    }

    public Map<Long, String> getZh() {
        return zh;
    }

    public Map<Long, String> getEn() {
        return en;
    }

    public List<Place> getTowns() {
        return towns;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewZh() {
        return newZh;
    }

    public void setNewZh(String newZh) {
        this.newZh = newZh;
    }

    public String getNewEn() {
        return newEn;
    }

    public void setNewEn(String newEn) {
        this.newEn = newEn;
    }

    public String getPartyMembersQuorum() {
        return partyMembersQuorum;
    }

    public void setPartyMembersQuorum(String v) {
        this.partyMembersQuorum = v;
    }

    public String getPartyMembersMajority() {
        return partyMembersMajority;
    }

    public void setPartyMembersMajority(String v) {
        this.partyMembersMajority = v;
    }

    public String getAssemblyVillagersQuorum() {
        return assemblyVillagersQuorum;
    }

    public void setAssemblyVillagersQuorum(String v) {
        this.assemblyVillagersQuorum = v;
    }

    public String getAssemblyHouseholdsQuorum() {
        return assemblyHouseholdsQuorum;
    }

    public void setAssemblyHouseholdsQuorum(String v) {
        this.assemblyHouseholdsQuorum = v;
    }

    public String getRepresentativesQuorum() {
        return representativesQuorum;
    }

    public void setRepresentativesQuorum(String v) {
        this.representativesQuorum = v;
    }

    public String getVillagersMajority() {
        return villagersMajority;
    }

    public void setVillagersMajority(String v) {
        this.villagersMajority = v;
    }

    public Integer getDisclosureDays() {
        return disclosureDays;
    }

    public void setDisclosureDays(Integer disclosureDays) {
        this.disclosureDays = disclosureDays;
    }

    public Integer getResultDueDays() {
        return resultDueDays;
    }

    public void setResultDueDays(Integer resultDueDays) {
        this.resultDueDays = resultDueDays;
    }
}
