package org.bianmin.api.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianmin.api.application.Open311Queries;
import org.bianmin.api.application.RequestSearch;
import org.bianmin.matter.domain.Channel;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.MatterType;

/**
 * Reads matters and places for the API with projections, never whole matters: the applicant's data are not even
 * loaded. Only service requests filed against the catalogue are published (they have a service code); complaints,
 * objections and rectifications are not.
 */
@ApplicationScoped
public class JpaOpen311Queries implements Open311Queries {

    private static final String SELECT = "select m.trackingNumber, m.serviceCode, m.status, o.name, o.nameEn,"
            + " m.applicant.villageCode, m.submittedAt, m.updatedAt, m.dueDate, m.promisedDays"
            + " from Matter m join m.office o"
            + " where m.type = :type and m.serviceCode is not null";

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public List<RequestRow> requests(RequestSearch search, int max) {
        StringBuilder jpql = new StringBuilder(SELECT).append(" and m.submittedAt >= :from and m.submittedAt < :to");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", search.from());
        parameters.put("to", search.to());
        if (!search.serviceCodes().isEmpty()) {
            jpql.append(" and m.serviceCode in :codes");
            parameters.put("codes", List.copyOf(search.serviceCodes()));
        }
        if (search.statuses().size() < MatterStatus.values().length) {
            jpql.append(" and m.status in :statuses");
            parameters.put("statuses", List.copyOf(search.statuses()));
        }
        jpql.append(" order by m.submittedAt desc, m.id desc");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        query.setParameter("type", MatterType.SERVICE_REQUEST);
        parameters.forEach(query::setParameter);
        return rows(query.setMaxResults(max).getResultList());
    }

    @Override
    public List<RequestRow> byTrackingNumbers(Collection<String> trackingNumbers) {
        if (trackingNumbers.isEmpty()) {
            return List.of();
        }
        return rows(em.createQuery(
                        SELECT + " and m.trackingNumber in :numbers order by m.submittedAt desc, m.id desc",
                        Object[].class)
                .setParameter("type", MatterType.SERVICE_REQUEST)
                .setParameter("numbers", List.copyOf(trackingNumbers))
                .getResultList());
    }

    @Override
    public List<FilingKeyMatch> filedUnderPrefix(String prefix, int max) {
        String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return filed("f.filing_key like ?", List.of(like), max);
    }

    private List<FilingKeyMatch> filed(String condition, List<String> values, int max) {
        // filing_key has no entity (it is the workflow's lock table); read it with its matter, API filings only
        var query = em.createNativeQuery("select f.filing_key, m.tracking_number from filing_key f"
                + " join matter m on m.id = f.matter_id where " + condition + " and m.channel = ?"
                + " order by m.submitted_at desc");
        int position = 1;
        for (String value : values) {
            query.setParameter(position++, value);
        }
        query.setParameter(position, Channel.API.name());
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.setMaxResults(max).getResultList();
        return found.stream()
                .map(r -> new FilingKeyMatch((String) r[0], (String) r[1]))
                .toList();
    }

    private List<RequestRow> rows(List<Object[]> found) {
        Set<String> villageCodes = found.stream().map(r -> (String) r[5]).collect(Collectors.toSet());
        Map<String, String[]> villages = villages(villageCodes);
        return found.stream()
                .map(r -> {
                    String[] village = villages.getOrDefault((String) r[5], new String[2]);
                    return new RequestRow(
                            (String) r[0],
                            (String) r[1],
                            (MatterStatus) r[2],
                            (String) r[3],
                            (String) r[4],
                            (String) r[5],
                            village[0],
                            village[1],
                            (LocalDateTime) r[6],
                            (LocalDateTime) r[7],
                            (LocalDate) r[8],
                            ((Number) r[9]).intValue());
                })
                .toList();
    }

    /** Village names by code: name and English name. */
    private Map<String, String[]> villages(Set<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<Object[]> found = em.createQuery(
                        "select p.code, p.name, p.nameEn from Place p where p.code in :codes", Object[].class)
                .setParameter("codes", List.copyOf(codes))
                .getResultList();
        Map<String, String[]> byCode = new HashMap<>();
        for (Object[] row : found) {
            byCode.put((String) row[0], new String[] {(String) row[1], (String) row[2]});
        }
        return byCode;
    }
}
