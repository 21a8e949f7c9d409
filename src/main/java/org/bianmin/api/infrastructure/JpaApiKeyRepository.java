package org.bianmin.api.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.bianmin.api.domain.ApiKey;
import org.bianmin.api.domain.ApiKeyRepository;

@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

    /** How stale "last used" may be: an API call writes it at most once a minute. */
    private static final long USE_RESOLUTION_SECONDS = 60;

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<ApiKey> find(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return em.createQuery("select k from ApiKey k where k.keyHash = :hash", ApiKey.class)
                .setParameter("hash", keyHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiKey> findAll() {
        return em.createQuery("select k from ApiKey k order by k.createdAt desc, k.id desc", ApiKey.class)
                .getResultList();
    }

    @Override
    public ApiKey save(ApiKey key) {
        if (key.isNew()) {
            em.persist(key);
            em.flush();
            return key;
        }
        return em.merge(key);
    }

    @Override
    public void markUsed(long id, LocalDateTime now) {
        // native SQL: EclipseLink's JPQL bulk update also increments the version, and a busy client would then make
        // an administrator's revoke fail as "changed by someone else" (the key most in need of revoking)
        em.createNativeQuery("update api_key set last_used_at = ? where id = ?"
                        + " and (last_used_at is null or last_used_at < ?)")
                .setParameter(1, now)
                .setParameter(2, id)
                .setParameter(3, now.minusSeconds(USE_RESOLUTION_SECONDS))
                .executeUpdate();
    }
}
