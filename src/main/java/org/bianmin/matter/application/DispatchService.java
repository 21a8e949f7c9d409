package org.bianmin.matter.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.matter.domain.DispatchRule;
import org.bianmin.matter.domain.DispatchRuleRepository;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeRepository;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/** An administrator's work on the dispatch catalogue (派单目录), audited, with a "which office?" tester. */
@Stateless
public class DispatchService {

    @Inject
    private DispatchRuleRepository rules;

    @Inject
    private OfficeRepository offices;

    @Inject
    private MatterService matters;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentUser currentUser;

    public List<DispatchRule> all() {
        currentUser.require(Permission.DISPATCH_MANAGE);
        return rules.findAll();
    }

    public DispatchRule save(
            Long id, int expectedVersion, MatterType type, String serviceCode, String placeCode, Long officeId) {
        currentUser.require(Permission.DISPATCH_MANAGE);
        Office office = offices.find(officeId == null ? -1 : officeId)
                .orElseThrow(() -> new BusinessException("dispatch.error.office"));
        DispatchRule rule;
        String before = "-";
        if (id == null) {
            rule = rules.save(new DispatchRule(type, serviceCode, placeCode, office));
        } else {
            rule = rules.find(id).orElseThrow(NotFoundException::new);
            if (rule.getVersion() != expectedVersion) {
                throw new BusinessException("error.stale");
            }
            before = describe(rule);
            rule.change(type, serviceCode, placeCode, office);
        }
        audit.record(
                AuditAction.DISPATCH_RULE_CHANGED,
                "dispatch_rule",
                rule.getId(),
                "before: " + before + "; after: " + describe(rule));
        return rule;
    }

    public void setActive(long id, int expectedVersion, boolean active) {
        currentUser.require(Permission.DISPATCH_MANAGE);
        DispatchRule rule = rules.find(id).orElseThrow(NotFoundException::new);
        if (rule.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        if (active) {
            rule.activate();
        } else {
            rule.deactivate();
        }
        audit.record(AuditAction.DISPATCH_RULE_CHANGED, "dispatch_rule", id, "active=" + active);
    }

    /** Which office a matter of this kind from this village would reach now. */
    public Office test(MatterType type, String serviceCode, String villageCode) {
        currentUser.require(Permission.DISPATCH_MANAGE);
        return matters.wouldRoute(
                type,
                serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip(),
                villageCode == null ? null : villageCode.strip());
    }

    private static String describe(DispatchRule rule) {
        return "type=" + rule.getMatterType() + ", service=" + rule.getServiceCode() + ", place=" + rule.getPlaceCode()
                + ", office=" + rule.getOffice().getCode() + ", active=" + rule.isActive();
    }
}
