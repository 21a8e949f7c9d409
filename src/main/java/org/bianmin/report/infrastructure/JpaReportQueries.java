package org.bianmin.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.matter.domain.RatingLevel;
import org.bianmin.report.application.LedgerRow;
import org.bianmin.report.application.ReportQueries;

/**
 * The report queries in JPQL. Every one is bounded by the offices of the scope, so MySQL walks the office indexes
 * (office and submission, office and status, office and overdue); counts are grouped by office and village there,
 * and the towns are added up from the villages in Java.
 */
@ApplicationScoped
public class JpaReportQueries implements ReportQueries {

    /** The statuses {@link MatterStatus#isOpen()} calls open, for the database. */
    static final List<MatterStatus> OPEN =
            Arrays.stream(MatterStatus.values()).filter(MatterStatus::isOpen).toList();

    /** Ledger rows read per query: small enough to keep memory flat, large enough to keep the queries few. */
    static final int LEDGER_BATCH = 1_000;

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public List<Tally> received(Set<Long> officeIds, LocalDateTime start, LocalDateTime end) {
        if (officeIds.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select m.office.id, m.applicant.villageCode, count(m) from Matter m"
                                + " where m.office.id in :offices and m.submittedAt >= :start and m.submittedAt < :end"
                                + " group by m.office.id, m.applicant.villageCode",
                        Object[].class)
                .setParameter("offices", List.copyOf(officeIds))
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()
                .stream()
                .map(r -> new Tally(number(r[0]), (String) r[1], number(r[2])))
                .toList();
    }

    @Override
    public List<OpenTally> open(Set<Long> officeIds) {
        if (officeIds.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select m.office.id, m.applicant.villageCode, m.overdue, count(m) from Matter m"
                                + " where m.office.id in :offices and m.status in :open"
                                + " group by m.office.id, m.applicant.villageCode, m.overdue",
                        Object[].class)
                .setParameter("offices", List.copyOf(officeIds))
                .setParameter("open", OPEN)
                .getResultList()
                .stream()
                .map(r -> new OpenTally(number(r[0]), (String) r[1], Boolean.TRUE.equals(r[2]), number(r[3])))
                .toList();
    }

    @Override
    public List<RatingTally> ratings(Set<Long> officeIds, LocalDateTime start, LocalDateTime end) {
        if (officeIds.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select m.office.id, m.applicant.villageCode, m.ratingLevel, count(m) from Matter m"
                                + " where m.office.id in :offices and m.ratedAt >= :start and m.ratedAt < :end"
                                + " and m.ratingLevel is not null"
                                + " group by m.office.id, m.applicant.villageCode, m.ratingLevel",
                        Object[].class)
                .setParameter("offices", List.copyOf(officeIds))
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()
                .stream()
                .map(r -> new RatingTally(number(r[0]), (String) r[1], (RatingLevel) r[2], number(r[3])))
                .toList();
    }

    @Override
    public List<Resolution> resolutions(Set<Long> officeIds, LocalDateTime start, LocalDateTime end) {
        if (officeIds.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select m.office.id, m.applicant.villageCode, m.submittedAt, m.resolvedAt, m.dueDate"
                                + " from Matter m"
                                + " where m.office.id in :offices and m.resolvedAt >= :start and m.resolvedAt < :end",
                        Object[].class)
                .setParameter("offices", List.copyOf(officeIds))
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()
                .stream()
                .map(r -> new Resolution(
                        number(r[0]), (String) r[1], (LocalDateTime) r[2], (LocalDateTime) r[3], (LocalDate) r[4]))
                .toList();
    }

    @Override
    public long ledgerSize(Set<Long> officeIds, LocalDateTime start, LocalDateTime end) {
        if (officeIds.isEmpty()) {
            return 0;
        }
        return em.createQuery(
                        "select count(m) from Matter m"
                                + " where m.office.id in :offices and m.submittedAt >= :start and m.submittedAt < :end",
                        Long.class)
                .setParameter("offices", List.copyOf(officeIds))
                .setParameter("start", start)
                .setParameter("end", end)
                .getSingleResult();
    }

    @Override
    public Iterable<LedgerRow> ledger(Set<Long> officeIds, LocalDateTime start, LocalDateTime end) {
        return () -> new LedgerPages(List.copyOf(officeIds), start, end);
    }

    /**
     * Keyset paging over (submission time, id): each batch starts after the last row of the one before, so a page
     * costs the same however deep into the ledger it lies. Only values are selected, never entities, so nothing
     * collects in a persistence context.
     */
    private final class LedgerPages implements Iterator<LedgerRow> {

        private final List<Long> officeIds;
        private final LocalDateTime start;
        private final LocalDateTime end;
        private Iterator<Object[]> batch = List.<Object[]>of().iterator();
        private boolean exhausted;
        private LocalDateTime lastSubmittedAt;
        private long lastId;

        LedgerPages(List<Long> officeIds, LocalDateTime start, LocalDateTime end) {
            this.officeIds = officeIds;
            this.start = start;
            this.end = end;
            this.exhausted = officeIds.isEmpty();
        }

        @Override
        public boolean hasNext() {
            if (!batch.hasNext() && !exhausted) {
                List<Object[]> rows = nextBatch();
                exhausted = rows.size() < LEDGER_BATCH;
                batch = rows.iterator();
            }
            return batch.hasNext();
        }

        @Override
        public LedgerRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object[] r = batch.next();
            lastId = number(r[0]);
            lastSubmittedAt = (LocalDateTime) r[8];
            return new LedgerRow(
                    (String) r[1],
                    (MatterType) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (MatterStatus) r[7],
                    (LocalDateTime) r[8],
                    (LocalDate) r[9],
                    (LocalDateTime) r[10],
                    Boolean.TRUE.equals(r[11]),
                    (RatingLevel) r[12],
                    (String) r[13]);
        }

        private List<Object[]> nextBatch() {
            String after = lastSubmittedAt == null
                    ? ""
                    : " and (m.submittedAt > :afterAt or (m.submittedAt = :afterAt and m.id > :afterId))";
            TypedQuery<Object[]> query = em.createQuery(
                            "select m.id, m.trackingNumber, m.type, m.subject, m.applicant.villageCode, o.name,"
                                    + " o.nameEn, m.status, m.submittedAt, m.dueDate, m.resolvedAt, m.overdue,"
                                    + " m.ratingLevel, m.applicant.name"
                                    + " from Matter m join m.office o"
                                    + " where m.office.id in :offices and m.submittedAt >= :start"
                                    + " and m.submittedAt < :end" + after
                                    + " order by m.submittedAt, m.id",
                            Object[].class)
                    .setParameter("offices", officeIds)
                    .setParameter("start", start)
                    .setParameter("end", end);
            if (lastSubmittedAt != null) {
                query.setParameter("afterAt", lastSubmittedAt).setParameter("afterId", lastId);
            }
            return query.setMaxResults(LEDGER_BATCH).getResultList();
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
