package org.bianmin.eldercare.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianmin.eldercare.domain.CareProvider;
import org.bianmin.eldercare.domain.CareProviderRepository;

@ApplicationScoped
public class JpaCareProviderRepository implements CareProviderRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<CareProvider> find(long id) {
        return Optional.ofNullable(em.find(CareProvider.class, id));
    }

    @Override
    public Optional<CareProvider> findByName(String name) {
        return em.createQuery("select p from CareProvider p where p.name = :name", CareProvider.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CareProvider> findAll() {
        return em.createQuery("select p from CareProvider p order by p.active desc, p.name", CareProvider.class)
                .getResultList();
    }

    @Override
    public CareProvider save(CareProvider provider) {
        if (provider.isNew()) {
            em.persist(provider);
            em.flush();
            return provider;
        }
        return em.merge(provider);
    }
}
