package org.bianmin.notice.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.bianmin.notice.domain.Objection;
import org.bianmin.notice.domain.ObjectionRepository;

@ApplicationScoped
public class JpaObjectionRepository implements ObjectionRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<Objection> find(long id) {
        return Optional.ofNullable(em.find(Objection.class, id));
    }

    @Override
    public Optional<Objection> findByMatter(long matterId) {
        return em.createQuery("select o from Objection o where o.matterId = :matter", Objection.class)
                .setParameter("matter", matterId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void save(Objection objection) {
        if (objection.isNew()) {
            em.persist(objection);
            em.flush();
        } else {
            em.merge(objection);
        }
    }
}
