package org.bianmin.report.web.staff;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the dashboard writes its ratios. A ratio with nothing to divide by is a dash, never 0 or NaN: "no matter
 * resolved" must not read as "none on time".
 */
final class FigureFormat {

    /** What stands where there is no figure. */
    static final String NONE = "—";

    private FigureFormat() {}

    /** 87.5% (one decimal, trailing zero dropped: 100%), or the dash. */
    static String percent(BigDecimal value, Locale locale) {
        return value == null ? NONE : decimal(value, locale) + "%";
    }

    /** 3.5 working days, as a bare number, or the dash. */
    static String days(BigDecimal value, Locale locale) {
        return value == null ? NONE : decimal(value, locale);
    }

    private static String decimal(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
