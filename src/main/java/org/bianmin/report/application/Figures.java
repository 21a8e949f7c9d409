package org.bianmin.report.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The dashboard's figures for one office, one town or the whole scope. The ratios are empty, not zero, when there is
 * nothing to divide by: an office that resolved nothing was not 0 % on time.
 *
 * @param received matters submitted in the period
 * @param open matters still someone's work now
 * @param overdue open matters past their due date now
 * @param resolved matters resolved (办结) in the period
 * @param resolvedOnTime of those, resolved on or before their due date
 * @param workingDaysToResolve of those, the working days from submission to resolution, added up
 * @param rated matters rated (好差评) in the period
 * @param satisfied of those, rated basically satisfied or better
 */
public record Figures(
        long received,
        long open,
        long overdue,
        long resolved,
        long resolvedOnTime,
        long workingDaysToResolve,
        long rated,
        long satisfied)
        implements Serializable {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

    public Figures plus(Figures other) {
        return new Figures(
                received + other.received,
                open + other.open,
                overdue + other.overdue,
                resolved + other.resolved,
                resolvedOnTime + other.resolvedOnTime,
                workingDaysToResolve + other.workingDaysToResolve,
                rated + other.rated,
                satisfied + other.satisfied);
    }

    /** Resolved on time, in per cent with one decimal; null when nothing was resolved. */
    public BigDecimal onTimePercent() {
        return percent(resolvedOnTime, resolved);
    }

    /** Average working days from submission to resolution, with one decimal; null when nothing was resolved. */
    public BigDecimal averageWorkingDaysToResolve() {
        return resolved == 0
                ? null
                : BigDecimal.valueOf(workingDaysToResolve)
                        .divide(BigDecimal.valueOf(resolved), 1, RoundingMode.HALF_UP);
    }

    /** Satisfied among the rated, in per cent with one decimal; null when nobody rated. */
    public BigDecimal satisfactionPercent() {
        return percent(satisfied, rated);
    }

    static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
