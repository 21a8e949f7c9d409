package org.bianmin.place.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeRepository;

@ApplicationScoped
public class JpaOfficeRepository implements OfficeRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<Office> find(long id) {
        return Optional.ofNullable(em.find(Office.class, id));
    }

    @Override
    public Optional<Office> findByCode(String code) {
        return em.createQuery("select o from Office o where o.code = :code", Office.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Office> findAll() {
        return em.createQuery(
                        "select o from Office o join fetch o.place left join fetch o.supervisor"
                                + " order by o.kind, o.code",
                        Office.class)
                .getResultList();
    }

    @Override
    public List<Office> findActive() {
        return em.createQuery(
                        "select o from Office o join fetch o.place where o.active = true order by o.kind, o.code",
                        Office.class)
                .getResultList();
    }

    @Override
    public Office save(Office office) {
        if (office.isNew()) {
            em.persist(office);
            em.flush();
            return office;
        }
        return em.merge(office);
    }
}
