package org.bianmin.eldercare.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianmin.eldercare.domain.CareApplication;
import org.bianmin.eldercare.domain.CareApplicationRepository;
import org.bianmin.eldercare.domain.CareObjection;
import org.bianmin.eldercare.domain.CareRuleEntry;
import org.bianmin.eldercare.domain.CareServiceOption;
import org.bianmin.eldercare.domain.CareSetting;
import org.bianmin.eldercare.domain.Stage;
import org.bianmin.shared.domain.BaseEntity;

@ApplicationScoped
public class JpaCareApplicationRepository implements CareApplicationRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<CareApplication> find(long id) {
        return Optional.ofNullable(em.find(CareApplication.class, id));
    }

    @Override
    public Optional<CareApplication> findByMatter(long matterId) {
        return em.createQuery("select a from CareApplication a where a.matterId = :m", CareApplication.class)
                .setParameter("m", matterId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public CareApplication save(CareApplication application) {
        return persistOrMerge(application);
    }

    @Override
    public boolean existsFor(String elderIdNumber, List<Stage> stages) {
        return !em.createQuery(
                        "select a.id from CareApplication a where a.elderIdNumber = :id and a.stage in :stages",
                        Long.class)
                .setParameter("id", elderIdNumber)
                .setParameter("stages", stages)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<CareApplication> inScope(String scopePrefix, List<Stage> stages, int max) {
        if (stages.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from CareApplication a where a.villageCode like :prefix and a.stage in :stages"
                                + " order by a.stageDueOn, a.id",
                        CareApplication.class)
                .setParameter("prefix", scopePrefix.replace("%", "").replace("_", "") + "%")
                .setParameter("stages", stages)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<CareApplication> postedIn(String villageCode, LocalDate day) {
        return em.createQuery(
                        "select a from CareApplication a where a.villageCode = :village and a.stage = :stage"
                                + " and a.postingStartsOn <= :day and a.postingEndsOn >= :day"
                                + " order by a.postingStartsOn desc, a.id desc",
                        CareApplication.class)
                .setParameter("village", villageCode)
                .setParameter("stage", Stage.TOWN_VERIFICATION)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public List<CareServiceOption> serviceOptions() {
        return em.createQuery("select o from CareServiceOption o order by o.sortOrder, o.id", CareServiceOption.class)
                .getResultList();
    }

    @Override
    public Optional<CareServiceOption> serviceOption(long id) {
        return Optional.ofNullable(em.find(CareServiceOption.class, id));
    }

    @Override
    public CareServiceOption save(CareServiceOption option) {
        return persistOrMerge(option);
    }

    @Override
    public List<CareRuleEntry> rules() {
        return em.createQuery("select r from CareRuleEntry r order by r.sortOrder, r.id", CareRuleEntry.class)
                .getResultList();
    }

    @Override
    public Optional<CareRuleEntry> rule(long id) {
        return Optional.ofNullable(em.find(CareRuleEntry.class, id));
    }

    @Override
    public CareRuleEntry save(CareRuleEntry rule) {
        return persistOrMerge(rule);
    }

    @Override
    public void delete(CareRuleEntry rule) {
        em.remove(em.contains(rule) ? rule : em.merge(rule));
    }

    @Override
    public List<CareSetting> settings() {
        return em.createQuery("select s from CareSetting s order by s.id", CareSetting.class)
                .getResultList();
    }

    @Override
    public CareSetting save(CareSetting setting) {
        return persistOrMerge(setting);
    }

    @Override
    public CareObjection save(CareObjection objection) {
        return persistOrMerge(objection);
    }

    @Override
    public List<CareObjection> objections(long applicationId) {
        return em.createQuery(
                        "select o from CareObjection o where o.applicationId = :a order by o.id", CareObjection.class)
                .setParameter("a", applicationId)
                .getResultList();
    }

    private <T extends BaseEntity> T persistOrMerge(T entity) {
        if (entity.isNew()) {
            em.persist(entity);
            em.flush();
            return entity;
        }
        return em.merge(entity);
    }
}
