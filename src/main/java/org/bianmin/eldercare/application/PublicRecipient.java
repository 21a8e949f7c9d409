package org.bianmin.eldercare.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An approved recipient as the public board shows them (公示): the name masked (张*华), the village, the grade band —
 * whether the elder's ability is impaired (失能), not how badly — and the monthly subsidy. Nothing else about the person.
 *
 * @param gradeBand {@code DISABLED}, {@code INTACT}, or {@code null} when no grade was recorded
 */
public record PublicRecipient(
        String maskedName, String villageName, String gradeBand, BigDecimal monthlySubsidy, YearMonth since)
        implements Serializable {

    public String getMaskedName() {
        return maskedName;
    }

    public String getVillageName() {
        return villageName;
    }

    public String getGradeBand() {
        return gradeBand;
    }

    public BigDecimal getMonthlySubsidy() {
        return monthlySubsidy;
    }

    public YearMonth getSince() {
        return since;
    }
}
