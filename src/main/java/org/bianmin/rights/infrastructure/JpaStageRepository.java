package org.bianmin.rights.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianmin.rights.domain.Stage;
import org.bianmin.rights.domain.StageRepository;

@ApplicationScoped
public class JpaStageRepository implements StageRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public List<Stage> findAll() {
        return em.createQuery("select s from Stage s order by s.position, s.id", Stage.class)
                .getResultList();
    }

    @Override
    public Optional<Stage> find(long id) {
        return Optional.ofNullable(em.find(Stage.class, id));
    }

    @Override
    public Optional<Stage> findByCode(String code) {
        return em.createQuery("select s from Stage s where s.code = :code", Stage.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Stage save(Stage stage) {
        if (stage.isNew()) {
            em.persist(stage);
            em.flush();
            return stage;
        }
        return em.merge(stage);
    }
}
