package org.bianmin.report.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bianmin.report.application.Dashboard;
import org.bianmin.report.application.ReportPeriod;
import org.bianmin.report.application.ReportService;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.omnifaces.util.Faces;

/**
 * /staff/dashboard: the figures of the staff member's office and the offices it supervises for a period (the current
 * month at first), per office and per town, a bar chart, and the ledger as a download. The scope is the service's
 * business; the page only chooses the period.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    private LocalDate from;
    private LocalDate to;
    private List<FigureLine> offices = List.of();
    private List<FigureLine> towns = List.of();
    private String chart;

    @PostConstruct
    void init() {
        ReportPeriod month = ReportPeriod.monthOf(LocalDate.now());
        from = month.from();
        to = month.to();
        show(month);
    }

    /** Shows the figures for the chosen period. */
    public void refresh() {
        try {
            show(new ReportPeriod(from, to));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private void show(ReportPeriod period) {
        Dashboard dashboard = reports.dashboard(period);
        Locale locale = Faces.getLocale();
        List<FigureLine> officeLines = new ArrayList<>();
        dashboard.offices().forEach(row -> officeLines.add(FigureLine.of(row, locale)));
        chart = DashboardChart.json(
                officeLines,
                List.of(
                        Messages.text("dashboard.received"),
                        Messages.text("dashboard.resolved"),
                        Messages.text("dashboard.overdue")));
        if (officeLines.size() > 1) {
            officeLines.add(FigureLine.total(Messages.text("dashboard.total"), dashboard.total(), locale));
        }
        offices = List.copyOf(officeLines);
        towns = dashboard.towns().stream()
                .map(row -> FigureLine.of(row, locale))
                .toList();
    }

    /**
     * Sends the ledger of the chosen period as an Excel workbook. Its size is checked first, so that a refusal comes
     * back as a message on the page rather than as a broken download.
     */
    public void downloadLedger() {
        ReportPeriod period;
        try {
            period = new ReportPeriod(from, to);
            reports.ledgerSize(period);
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        Locale locale = Faces.getLocale();
        String fileName = Messages.text("dashboard.ledger.fileName", period.from(), period.to()) + ".xlsx";
        Faces.sendFile(fileName, true, out -> reports.exportLedger(period, locale, out));
    }

    public List<FigureLine> getOffices() {
        return offices;
    }

    public List<FigureLine> getTowns() {
        return towns;
    }

    public String getChart() {
        return chart;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
