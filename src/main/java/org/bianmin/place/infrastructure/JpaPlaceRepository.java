package org.bianmin.place.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.place.domain.PlaceRepository;

@ApplicationScoped
public class JpaPlaceRepository implements PlaceRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<Place> find(long id) {
        return Optional.ofNullable(em.find(Place.class, id));
    }

    @Override
    public Optional<Place> findByCode(String code) {
        return em.createQuery("select p from Place p where p.code = :code", Place.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Place> findAll() {
        return em.createQuery("select p from Place p order by p.code", Place.class)
                .getResultList();
    }

    @Override
    public List<Place> findActive(PlaceLevel level) {
        return em.createQuery(
                        "select p from Place p where p.level = :level and p.active = true order by p.code", Place.class)
                .setParameter("level", level)
                .getResultList();
    }

    @Override
    public long countActiveChildren(Place parent) {
        return em.createQuery("select count(p) from Place p where p.parent = :parent and p.active = true", Long.class)
                .setParameter("parent", parent)
                .getSingleResult();
    }

    @Override
    public Place save(Place place) {
        if (place.isNew()) {
            em.persist(place);
            em.flush();
            return place;
        }
        return em.merge(place);
    }
}
