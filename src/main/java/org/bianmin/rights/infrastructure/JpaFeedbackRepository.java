package org.bianmin.rights.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianmin.rights.domain.Feedback;
import org.bianmin.rights.domain.FeedbackFilter;
import org.bianmin.rights.domain.FeedbackRepository;
import org.bianmin.rights.domain.FeedbackTally;
import org.bianmin.rights.domain.FeedbackType;

@ApplicationScoped
public class JpaFeedbackRepository implements FeedbackRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Feedback save(Feedback feedback) {
        if (feedback.isNew()) {
            em.persist(feedback);
            em.flush();
            return feedback;
        }
        return em.merge(feedback);
    }

    @Override
    public Optional<Feedback> find(long id) {
        return Optional.ofNullable(em.find(Feedback.class, id));
    }

    @Override
    public Optional<Feedback> findByMatter(long matterId) {
        return em.createQuery("select f from Feedback f where f.matterId = :matter", Feedback.class)
                .setParameter("matter", matterId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Feedback> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select f from Feedback f where f.id in :ids order by f.submittedAt, f.id", Feedback.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Feedback> visibleByKey(String itemKey, int max) {
        return em.createQuery(
                        "select f from Feedback f where f.itemKey = :key and f.hidden = false"
                                + " order by f.submittedAt desc, f.id desc",
                        Feedback.class)
                .setParameter("key", itemKey)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Feedback> answeredVisible(long versionId, int max) {
        return em.createQuery(
                        "select f from Feedback f where f.versionId = :version and f.hidden = false"
                                + " and f.answer is not null order by f.answeredAt desc, f.id desc",
                        Feedback.class)
                .setParameter("version", versionId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Feedback> adoptable(long versionId) {
        return em.createQuery(
                        "select f from Feedback f where f.versionId = :version and f.hidden = false"
                                + " and f.type <> :agree order by f.itemKey, f.submittedAt, f.id",
                        Feedback.class)
                .setParameter("version", versionId)
                .setParameter("agree", FeedbackType.AGREE)
                .getResultList();
    }

    @Override
    public List<Feedback> adoptedIn(long versionId) {
        return em.createQuery(
                        "select f from Feedback f where f.adoptedVersionId = :version order by f.submittedAt, f.id",
                        Feedback.class)
                .setParameter("version", versionId)
                .getResultList();
    }

    @Override
    public List<FeedbackTally> tally(long versionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select item_id, town_code, type, hidden, answer is not null,"
                                + " adopted_version_id is not null, count(*) from rights_feedback where version_id = ?"
                                + " group by item_id, town_code, type, hidden, answer is not null, adopted_version_id is not null")
                .setParameter(1, versionId)
                .getResultList();
        List<FeedbackTally> tallies = new ArrayList<>();
        for (Object[] row : rows) {
            tallies.add(new FeedbackTally(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    FeedbackType.valueOf((String) row[2]),
                    truth(row[3]),
                    truth(row[4]),
                    truth(row[5]),
                    ((Number) row[6]).longValue()));
        }
        return tallies;
    }

    /** MariaDB answers booleans and comparisons as numbers, MySQL's driver sometimes as Boolean. */
    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    @Override
    public List<Feedback> search(FeedbackFilter filter, int first, int max) {
        return query("select f from Feedback f", filter, " order by f.submittedAt desc, f.id desc", Feedback.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(FeedbackFilter filter) {
        return query("select count(f) from Feedback f", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, FeedbackFilter filter, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.versionId() != null) {
            where.append(" and f.versionId = :version");
            parameters.put("version", filter.versionId());
        }
        if (filter.itemKey() != null && !filter.itemKey().isBlank()) {
            where.append(" and f.itemKey = :key");
            parameters.put("key", filter.itemKey());
        }
        if (filter.type() != null) {
            where.append(" and f.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.state() != null) {
            where.append(
                    switch (filter.state()) {
                        case UNANSWERED -> " and f.hidden = false and f.answer is null and f.type <> :agree";
                        case ANSWERED -> " and f.answer is not null";
                        case HIDDEN -> " and f.hidden = true";
                        case ADOPTED -> " and f.adoptedVersionId is not null";
                    });
            if (filter.state() == FeedbackFilter.State.UNANSWERED) {
                parameters.put("agree", FeedbackType.AGREE);
            }
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
