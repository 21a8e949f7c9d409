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
        // a bulk update leaves the version alone: a busy client never makes an administrator's revoke fail as stale
        em.createQuery("update ApiKey k set k.lastUsedAt = :now where k.id = :id"
                        + " and (k.lastUsedAt is null or k.lastUsedAt < :before)")
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("before", now.minusSeconds(USE_RESOLUTION_SECONDS))
                .executeUpdate();
    }
}
