package org.bianmin.matter.domain;

import java.util.Comparator;
import java.util.List;
import org.bianmin.place.domain.Office;
import org.bianmin.shared.domain.BusinessException;

/** Chooses the office for a matter: the most specific active rule whose office is active, else the dispatch desk. */
public final class DispatchCatalogue {

    private final List<DispatchRule> rules;
    private final Office dispatchDesk;

    public DispatchCatalogue(List<DispatchRule> rules, Office dispatchDesk) {
        this.rules = List.copyOf(rules);
        this.dispatchDesk = dispatchDesk;
    }

    public Office route(MatterType type, String serviceCode, String villageCode) {
        return rules.stream()
                .filter(rule -> rule.matches(type, serviceCode, villageCode)
                        && rule.getOffice().isActive())
                // ties go to the older rule, so adding a rule never silently changes an equal one's traffic
                .max(Comparator.comparingInt(DispatchRule::specificity)
                        .thenComparing(rule -> rule.getId() == null ? Long.MIN_VALUE : -rule.getId()))
                .map(DispatchRule::getOffice)
                .or(() -> java.util.Optional.ofNullable(dispatchDesk).filter(Office::isActive))
                .orElseThrow(() -> new BusinessException("dispatch.error.noDesk"));
    }
}
