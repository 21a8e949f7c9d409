package org.bianmin.onestop.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianmin.onestop.domain.ServiceItem;
import org.bianmin.onestop.domain.ServiceItemRepository;

@ApplicationScoped
public class JpaServiceItemRepository implements ServiceItemRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<ServiceItem> find(long id) {
        return Optional.ofNullable(em.find(ServiceItem.class, id));
    }

    @Override
    public Optional<ServiceItem> findByCode(String code) {
        return em.createQuery("select i from ServiceItem i where i.code = :code", ServiceItem.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ServiceItem> findAll() {
        return em.createQuery("select i from ServiceItem i order by i.category, i.code", ServiceItem.class)
                .getResultList();
    }

    @Override
    public List<ServiceItem> findActive() {
        return em.createQuery(
                        "select i from ServiceItem i where i.active = true order by i.category, i.code",
                        ServiceItem.class)
                .getResultList();
    }

    @Override
    public ServiceItem save(ServiceItem item) {
        if (item.isNew()) {
            em.persist(item);
            em.flush();
            return item;
        }
        return em.merge(item);
    }
}
