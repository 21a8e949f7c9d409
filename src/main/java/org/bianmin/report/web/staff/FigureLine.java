package org.bianmin.report.web.staff;

import java.io.Serializable;
import java.util.Locale;
import org.bianmin.report.application.DashboardRow;
import org.bianmin.report.application.Figures;

/** One line of a dashboard table as the page shows it: the name in the page's language and the figures written out. */
public final class FigureLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final Figures figures;
    private final String onTime;
    private final String averageDays;
    private final String satisfaction;
    private final boolean total;

    private FigureLine(String code, String name, Figures figures, Locale locale, boolean total) {
        this.code = code;
        this.name = name;
        this.figures = figures;
        this.onTime = FigureFormat.percent(figures.onTimePercent(), locale);
        this.averageDays = FigureFormat.days(figures.averageWorkingDaysToResolve(), locale);
        this.satisfaction = FigureFormat.percent(figures.satisfactionPercent(), locale);
        this.total = total;
    }

    static FigureLine of(DashboardRow row, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String name = english && row.nameEn() != null && !row.nameEn().isBlank() ? row.nameEn() : row.name();
        return new FigureLine(row.code(), name, row.figures(), locale, false);
    }

    static FigureLine total(String label, Figures figures, Locale locale) {
        return new FigureLine("", label, figures, locale, true);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public long getReceived() {
        return figures.received();
    }

    public long getOpen() {
        return figures.open();
    }

    public long getOverdue() {
        return figures.overdue();
    }

    public long getResolved() {
        return figures.resolved();
    }

    public String getOnTime() {
        return onTime;
    }

    public String getAverageDays() {
        return averageDays;
    }

    public String getSatisfaction() {
        return satisfaction;
    }

    public long getRated() {
        return figures.rated();
    }

    public boolean isTotal() {
        return total;
    }

    Figures figures() {
        return figures;
    }
}
