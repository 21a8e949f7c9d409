package org.bianmin.report.application;

import java.io.Serializable;
import java.util.List;

/**
 * What the dashboard shows for a period: each office of the scope (the own office first), each town their matters
 * came from, and the whole scope.
 */
public record Dashboard(ReportPeriod period, List<DashboardRow> offices, List<DashboardRow> towns, Figures total)
        implements Serializable {

    public Dashboard {
        offices = List.copyOf(offices);
        towns = List.copyOf(towns);
    }
}
