package org.bianmin.eldercare.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.bianmin.eldercare.domain.AbilityGrade;
import org.bianmin.eldercare.domain.EndReason;
import org.bianmin.eldercare.domain.PlanStatus;

/**
 * A plan as the staff lists show it: the elder's name masked (张*华), the application's tracking number, where and what.
 * No ID number, phone or health data.
 */
public record PlanRow(
        long id,
        String trackingNumber,
        String maskedName,
        String villageCode,
        String villageName,
        AbilityGrade grade,
        String providerName,
        String services,
        int hoursPerMonth,
        BigDecimal monthlySubsidy,
        YearMonth startMonth,
        LocalDate nextReviewOn,
        boolean reviewDue,
        PlanStatus status,
        EndReason endReason,
        LocalDate endedOn)
        implements Serializable {

    // JavaBean getters for EL (records' accessors are not properties in Jakarta EL 5)

    public long getId() {
        return id;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getMaskedName() {
        return maskedName;
    }

    public String getVillageName() {
        return villageName;
    }

    public AbilityGrade getGrade() {
        return grade;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getServices() {
        return services;
    }

    public int getHoursPerMonth() {
        return hoursPerMonth;
    }

    public BigDecimal getMonthlySubsidy() {
        return monthlySubsidy;
    }

    public YearMonth getStartMonth() {
        return startMonth;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public boolean isReviewDue() {
        return reviewDue;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
