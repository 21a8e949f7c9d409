package org.bianmin.matter.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterRepository;
import org.bianmin.matter.domain.MatterStatus;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.matter.domain.QueueFilter;
import org.bianmin.matter.domain.QueueOrder;

@ApplicationScoped
public class JpaMatterRepository implements MatterRepository {

    private static final List<MatterStatus> CLOCK_RUNNING =
            List.of(MatterStatus.SUBMITTED, MatterStatus.ACCEPTED, MatterStatus.IN_PROGRESS, MatterStatus.RETURNED);

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<Matter> find(long id) {
        return Optional.ofNullable(em.find(Matter.class, id));
    }

    @Override
    public List<Matter> findAllWithHistory(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct m from Matter m left join fetch m.history where m.id in :ids", Matter.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Optional<Matter> findByTrackingNumber(String trackingNumber) {
        return em.createQuery("select m from Matter m where m.trackingNumber = :number", Matter.class)
                .setParameter("number", trackingNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean trackingNumberExists(String trackingNumber) {
        return em.createQuery("select count(m) from Matter m where m.trackingNumber = :number", Long.class)
                        .setParameter("number", trackingNumber)
                        .getSingleResult()
                > 0;
    }

    @Override
    public Matter save(Matter matter) {
        if (matter.isNew()) {
            em.persist(matter);
            em.flush();
            return matter;
        }
        return em.merge(matter);
    }

    @Override
    public List<Long> openDueBy(LocalDate day, int max) {
        return em.createQuery(
                        "select m.id from Matter m where m.status in :statuses and m.dueDate <= :day"
                                + " order by m.dueDate, m.id",
                        Long.class)
                .setParameter("statuses", CLOCK_RUNNING)
                .setParameter("day", day)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Matter> openForApplicant(String idNumber, MatterType type, long exceptId) {
        if (idNumber == null) {
            return List.of();
        }
        return em.createQuery(
                        "select m from Matter m where m.applicant.idNumber = :id and m.type = :type"
                                + " and m.status in :open and m.id <> :except order by m.submittedAt desc",
                        Matter.class)
                .setParameter("id", idNumber)
                .setParameter("type", type)
                .setParameter(
                        "open",
                        List.of(
                                MatterStatus.SUBMITTED,
                                MatterStatus.ACCEPTED,
                                MatterStatus.IN_PROGRESS,
                                MatterStatus.WAITING_FOR_VILLAGER,
                                MatterStatus.RETURNED))
                .setParameter("except", exceptId)
                .setMaxResults(5)
                .getResultList();
    }

    @Override
    public List<Matter> queue(QueueFilter filter, QueueOrder order, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Matter> query = em.createQuery(
                "select m from Matter m join fetch m.office" + where(filter, parameters) + " order by " + order.jpql(),
                Matter.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(QueueFilter filter, int cap) {
        // An exact count over a busy office's whole history reads every one of its index entries, on every page turn,
        // and grows with the table (20 ms at 100,000 matters, see docs/benchmarks.md). Reading at most cap + 1 ids
        // costs the same at any table size and still tells the table whether there is more than it will page through.
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select m.id from Matter m" + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(cap + 1).getResultList().size();
    }

    private static String where(QueueFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!filter.officeIds().isEmpty()) {
            where.append(" and m.office.id in :offices");
            parameters.put("offices", List.copyOf(filter.officeIds()));
        }
        if (filter.assigneeId() != null) {
            where.append(" and m.assigneeId = :assignee");
            parameters.put("assignee", filter.assigneeId());
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" and m.status in :statuses");
            parameters.put("statuses", List.copyOf(filter.statuses()));
        }
        if (filter.type() != null) {
            where.append(" and m.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.villageCode() != null) {
            where.append(" and m.applicant.villageCode like :village");
            parameters.put("village", filter.villageCode() + "%");
        }
        if (filter.overdueOnly()) {
            where.append(" and m.overdue = true");
        }
        if (filter.from() != null) {
            where.append(" and m.submittedAt >= :from");
            parameters.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.append(" and m.submittedAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        return where.toString();
    }
}
