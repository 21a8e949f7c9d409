package org.bianmin.report.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.matter.application.MatterService;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeRepository;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.application.WorkingDays;
import org.bianmin.shared.domain.BusinessException;

/**
 * The office dashboard and the matter ledger. Every method works out the caller's scope from their desk first: the
 * page chooses the period, never the offices.
 */
@Stateless
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class.getName());

    @Inject
    private MatterService matters;

    @Inject
    private ReportQueries queries;

    @Inject
    private OfficeRepository offices;

    @Inject
    private PlaceRepository places;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private LedgerWriter ledgerWriter;

    @Inject
    private AuditLog audit;

    /** The offices the signed-in staff member's reports cover. */
    private ReportScope scope() {
        return ReportScope.of(matters.desk());
    }

    /** The figures per office and per town for a period, within the caller's scope. */
    public Dashboard dashboard(ReportPeriod period) {
        ReportScope scope = scope();
        DashboardTally tally = new DashboardTally(workingDays.calendar());
        queries.received(scope.officeIds(), period.start(), period.end()).forEach(tally::received);
        queries.open(scope.officeIds()).forEach(tally::open);
        queries.ratings(scope.officeIds(), period.start(), period.end()).forEach(tally::rated);
        queries.resolutions(scope.officeIds(), period.start(), period.end()).forEach(tally::resolved);
        return new Dashboard(period, officeRows(scope, tally), townRows(tally), tally.total());
    }

    private List<DashboardRow> officeRows(ReportScope scope, DashboardTally tally) {
        List<Office> inScope = new ArrayList<>();
        scope.officeIds().forEach(id -> offices.find(id).ifPresent(inScope::add));
        inScope.sort(Comparator.comparing((Office o) -> !o.getId().equals(scope.ownOfficeId()))
                .thenComparing(Office::getCode));
        return inScope.stream()
                .map(o -> new DashboardRow(o.getCode(), o.getName(), o.getNameEn(), tally.office(o.getId())))
                .toList();
    }

    private List<DashboardRow> townRows(DashboardTally tally) {
        List<DashboardRow> rows = new ArrayList<>();
        for (Map.Entry<String, Figures> town : tally.towns().entrySet()) {
            Place place = places.findByCode(town.getKey()).orElse(null);
            rows.add(new DashboardRow(
                    town.getKey(),
                    place == null ? town.getKey() : place.getName(),
                    place == null ? null : place.getNameEn(),
                    town.getValue()));
        }
        return rows;
    }

    /**
     * How many matters the ledger for this period would list; refuses a ledger longer than a workbook should carry,
     * so the page can say so before the download starts.
     */
    public long ledgerSize(ReportPeriod period) {
        ReportScope scope = scope();
        return checkedSize(scope, period);
    }

    private long checkedSize(ReportScope scope, ReportPeriod period) {
        long size = queries.ledgerSize(scope.officeIds(), period.start(), period.end());
        if (size > LedgerWriter.MAX_ROWS) {
            throw new BusinessException("dashboard.error.ledgerTooLarge", size, LedgerWriter.MAX_ROWS);
        }
        return size;
    }

    /**
     * Writes the ledger of the caller's scope for a period to {@code out}, audited before the first byte leaves.
     *
     * <p>Runs outside a transaction: the rows are read in batches of detached values, and the audit log commits its
     * line on its own, so neither waits on a slow download nor depends on it finishing.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void exportLedger(ReportPeriod period, Locale locale, OutputStream out) {
        ReportScope scope = scope();
        long size = checkedSize(scope, period);
        String officeIds =
                scope.officeIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        audit.record(
                AuditAction.MATTER_ACTION,
                "ledger",
                null,
                "LEDGER_EXPORT " + period + " offices=" + officeIds + " rows=" + size);
        try {
            ledgerWriter.write(queries.ledger(scope.officeIds(), period.start(), period.end()), locale, out);
        } catch (IOException e) {
            // the response is already on its way, so there is no page left to tell; the audit line stands
            LOG.log(Level.WARNING, "Ledger export " + period + " broke off: " + e.getMessage());
        }
    }
}
