package org.bianmin.matter.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianmin.matter.domain.DispatchRule;
import org.bianmin.matter.domain.DispatchRuleRepository;

@ApplicationScoped
public class JpaDispatchRuleRepository implements DispatchRuleRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public List<DispatchRule> findAll() {
        return em.createQuery("select r from DispatchRule r join fetch r.office order by r.id", DispatchRule.class)
                .getResultList();
    }

    @Override
    public List<DispatchRule> findActive() {
        return em.createQuery(
                        "select r from DispatchRule r join fetch r.office where r.active = true order by r.id",
                        DispatchRule.class)
                .getResultList();
    }

    @Override
    public Optional<DispatchRule> find(long id) {
        return Optional.ofNullable(em.find(DispatchRule.class, id));
    }

    @Override
    public DispatchRule save(DispatchRule rule) {
        if (rule.isNew()) {
            em.persist(rule);
            em.flush();
            return rule;
        }
        return em.merge(rule);
    }
}
