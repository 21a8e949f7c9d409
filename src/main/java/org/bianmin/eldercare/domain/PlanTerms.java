package org.bianmin.eldercare.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.bianmin.shared.domain.BusinessException;

/**
 * What a plan buys: who serves, which services, how many hours a month and the monthly subsidy (e.g. 200 yuan). The
 * same checks apply when a plan is made and when a review changes it.
 *
 * @param serviceIds ids of {@code care_service_option} rows
 */
public record PlanTerms(CareProvider provider, Set<Long> serviceIds, int hoursPerMonth, BigDecimal monthlySubsidy)
        implements Serializable {

    public static final int MAX_HOURS = 300;
    public static final BigDecimal MAX_SUBSIDY = new BigDecimal("10000.00");

    public PlanTerms {
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(new TreeSet<>(serviceIds));
        monthlySubsidy = monthlySubsidy == null ? null : monthlySubsidy.setScale(2, RoundingMode.HALF_UP);
    }

    public static PlanTerms of(
            CareProvider provider, Collection<Long> serviceIds, Integer hoursPerMonth, BigDecimal monthlySubsidy) {
        return new PlanTerms(
                provider,
                serviceIds == null ? Set.of() : new TreeSet<>(serviceIds),
                hoursPerMonth == null ? 0 : hoursPerMonth,
                monthlySubsidy);
    }

    /** Refuses terms a plan for this village cannot have, with the first reason found. */
    public void check(String villageCode) {
        if (provider == null) {
            throw new BusinessException("eldercare.plan.error.provider");
        }
        if (serviceIds.isEmpty()) {
            throw new BusinessException("eldercare.plan.error.services");
        }
        if (hoursPerMonth < 1 || hoursPerMonth > MAX_HOURS) {
            throw new BusinessException("eldercare.plan.error.hours", MAX_HOURS);
        }
        if (monthlySubsidy == null || monthlySubsidy.signum() < 0 || monthlySubsidy.compareTo(MAX_SUBSIDY) > 0) {
            throw new BusinessException("eldercare.plan.error.subsidy", MAX_SUBSIDY.toPlainString());
        }
        provider.checkCanServe(villageCode, serviceIds);
    }
}
