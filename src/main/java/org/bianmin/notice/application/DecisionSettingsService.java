package org.bianmin.notice.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.notice.domain.DecisionCategory;
import org.bianmin.notice.domain.DecisionRepository;
import org.bianmin.notice.domain.DecisionSettings;
import org.bianmin.notice.domain.VotingRules;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/** The administrator's settings for decision matters: categories, thresholds, disclosure days, towns' review. */
@Stateless
public class DecisionSettingsService {

    @Inject
    private DecisionRepository decisions;

    @Inject
    private PlaceRepository places;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    public List<DecisionCategory> categories() {
        admin();
        return decisions.categories(false);
    }

    public void addCategory(String code, String nameZh, String nameEn) {
        admin();
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (decisions.categories(false).stream().anyMatch(x -> x.getCode().equals(c))) {
            throw new BusinessException("notice.error.categoryTaken", c);
        }
        int order = decisions.categories(false).stream()
                        .mapToInt(DecisionCategory::getSortOrder)
                        .max()
                        .orElse(0)
                + 1;
        DecisionCategory category = decisions.saveCategory(new DecisionCategory(c, nameZh, nameEn, order));
        audit.record(AuditAction.DECISION_SETTINGS_CHANGED, "decisionCategory", category.getId(), "added " + c);
    }

    public void renameCategory(long id, int expectedVersion, String nameZh, String nameEn) {
        admin();
        DecisionCategory category = category(id, expectedVersion);
        category.rename(nameZh, nameEn);
        decisions.saveCategory(category);
        audit.record(AuditAction.DECISION_SETTINGS_CHANGED, "decisionCategory", id, "renamed " + category.getCode());
    }

    /** Switches a category off (no new matters in it) or on again; categories are never deleted. */
    public void setCategoryActive(long id, int expectedVersion, boolean active) {
        admin();
        DecisionCategory category = category(id, expectedVersion);
        category.setActive(active);
        decisions.saveCategory(category);
        audit.record(
                AuditAction.DECISION_SETTINGS_CHANGED,
                "decisionCategory",
                id,
                (active ? "on " : "off ") + category.getCode());
    }

    private DecisionCategory category(long id, int expectedVersion) {
        DecisionCategory category = decisions.findCategory(id).orElseThrow(NotFoundException::new);
        if (category.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        return category;
    }

    public DecisionSettings settings() {
        admin();
        return decisions.settings();
    }

    public void changeSettings(int expectedVersion, VotingRules rules, int disclosureDays, int resultDueDays) {
        admin();
        DecisionSettings settings = decisions.settings();
        if (settings.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        settings.change(rules, disclosureDays, resultDueDays);
        decisions.saveSettings(settings);
        audit.record(
                AuditAction.DECISION_SETTINGS_CHANGED,
                "decisionSettings",
                DecisionSettings.ID,
                rules + " days " + disclosureDays + "/" + resultDueDays);
    }

    public List<Place> towns() {
        admin();
        return places.findActive(PlaceLevel.TOWN);
    }

    public Set<String> reviewingTowns() {
        admin();
        return new HashSet<>(decisions.reviewingTowns());
    }

    public void setTownReviews(String townCode, boolean reviews) {
        admin();
        Place town = places.findByCode(townCode)
                .filter(p -> p.getLevel() == PlaceLevel.TOWN)
                .orElseThrow(NotFoundException::new);
        decisions.setTownReviews(town.getCode(), reviews);
        audit.record(AuditAction.DECISION_SETTINGS_CHANGED, "decisionTown", townCode, "review " + reviews);
    }

    private void admin() {
        currentUser.require(Permission.DECISION_SETTINGS);
    }
}
