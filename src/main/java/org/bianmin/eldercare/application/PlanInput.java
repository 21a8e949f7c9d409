package org.bianmin.eldercare.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What staff enter to make or change a plan; start month and next review only when making one. */
public record PlanInput(
        Long providerId,
        List<Long> serviceIds,
        Integer hoursPerMonth,
        BigDecimal monthlySubsidy,
        YearMonth startMonth,
        LocalDate nextReviewOn)
        implements Serializable {}
