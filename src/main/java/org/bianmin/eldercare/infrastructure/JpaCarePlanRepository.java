package org.bianmin.eldercare.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianmin.eldercare.domain.CareApplication;
import org.bianmin.eldercare.domain.CarePlan;
import org.bianmin.eldercare.domain.CarePlanRepository;
import org.bianmin.eldercare.domain.CareStatistics;
import org.bianmin.eldercare.domain.PlanStatus;
import org.bianmin.eldercare.domain.Stage;
import org.bianmin.eldercare.domain.StageTrail;

@ApplicationScoped
public class JpaCarePlanRepository implements CarePlanRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<CarePlan> find(long id) {
        return Optional.ofNullable(em.find(CarePlan.class, id));
    }

    @Override
    public Optional<CarePlan> findByApplication(long applicationId) {
        return em.createQuery("select p from CarePlan p where p.applicationId = :id", CarePlan.class)
                .setParameter("id", applicationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CarePlan> inScope(String placePrefix, PlanStatus status, int max) {
        TypedQuery<CarePlan> query = em.createQuery(
                        "select p from CarePlan p where p.villageCode like :prefix"
                                + (status == null ? "" : " and p.status = :status")
                                + " order by p.villageCode, p.nextReviewOn, p.id",
                        CarePlan.class)
                .setParameter("prefix", placePrefix + "%")
                .setMaxResults(max);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    @Override
    public List<Long> needingReminder(LocalDate day, int max) {
        return em.createQuery(
                        "select p.id from CarePlan p where p.status = :active and p.nextReviewOn <= :day"
                                + " and (p.remindedFor is null or p.remindedFor <> p.nextReviewOn)"
                                + " order by p.nextReviewOn, p.id",
                        Long.class)
                .setParameter("active", PlanStatus.ACTIVE)
                .setParameter("day", day)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<CarePlan> activeIn(String villageCode) {
        return em.createQuery(
                        "select p from CarePlan p where p.villageCode = :village and p.status = :active"
                                + " order by p.startMonth, p.id",
                        CarePlan.class)
                .setParameter("village", villageCode)
                .setParameter("active", PlanStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public Map<Long, CareApplication> applications(Collection<Long> applicationIds) {
        Map<Long, CareApplication> byId = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return byId;
        }
        em.createQuery("select a from CareApplication a where a.id in :ids", CareApplication.class)
                .setParameter("ids", List.copyOf(applicationIds))
                .getResultList()
                .forEach(a -> byId.put(a.getId(), a));
        return byId;
    }

    @Override
    public List<CareStatistics.PlanFact> planFacts(String placePrefix) {
        return em
                .createQuery(
                        "select p.villageCode, p.status, p.monthlySubsidy from CarePlan p"
                                + " where p.villageCode like :prefix",
                        Object[].class)
                .setParameter("prefix", placePrefix + "%")
                .getResultList()
                .stream()
                .map(row -> new CareStatistics.PlanFact((String) row[0], (PlanStatus) row[1], (BigDecimal) row[2]))
                .toList();
    }

    @Override
    public List<CareStatistics.ApplicationFact> applicationFacts(String placePrefix) {
        return em
                .createQuery(
                        "select a.villageCode, a.stage, a.approvedOn from CareApplication a"
                                + " where a.villageCode like :prefix",
                        Object[].class)
                .setParameter("prefix", placePrefix + "%")
                .getResultList()
                .stream()
                .map(row -> new CareStatistics.ApplicationFact((String) row[0], (Stage) row[1], row[2] != null))
                .toList();
    }

    @Override
    public List<CareStatistics.StageVisit> stageVisits(String placePrefix) {
        // native: the embedded move's fields are called from/to, which JPQL reads as keywords
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select a.id, a.created_at, m.from_stage, m.to_stage, m.moved_at from care_application a"
                                + " join care_application_move m on m.application_id = a.id"
                                + " where a.village_code like ? order by a.id, m.position")
                .setParameter(1, placePrefix + "%")
                .getResultList();
        List<CareStatistics.StageVisit> visits = new ArrayList<>();
        Long current = null;
        LocalDateTime filedAt = null;
        List<StageTrail.Move> moves = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            if (current == null || current != id) {
                if (current != null) {
                    visits.addAll(CareStatistics.visits(filedAt, moves));
                }
                current = id;
                filedAt = dateTime(row[1]);
                moves = new ArrayList<>();
            }
            moves.add(new StageTrail.Move(
                    Stage.valueOf((String) row[2]), Stage.valueOf((String) row[3]), null, "", dateTime(row[4])));
        }
        if (current != null) {
            visits.addAll(CareStatistics.visits(filedAt, moves));
        }
        return visits;
    }

    private static LocalDateTime dateTime(Object value) {
        if (value instanceof LocalDateTime time) {
            return time;
        }
        return ((Timestamp) value).toLocalDateTime();
    }

    @Override
    public CarePlan save(CarePlan plan) {
        if (plan.isNew()) {
            em.persist(plan);
            em.flush();
            return plan;
        }
        return em.merge(plan);
    }
}
