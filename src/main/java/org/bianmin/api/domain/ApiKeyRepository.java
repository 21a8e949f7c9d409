package org.bianmin.api.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

public interface ApiKeyRepository {

    Optional<ApiKey> find(long id);

    Optional<ApiKey> findByHash(String keyHash);

    /** Every key, newest first: the admin list. */
    List<ApiKey> findAll();

    ApiKey save(ApiKey key);

    /**
     * Notes that the key was just used, at most once a minute and without touching its version, so busy clients
     * neither write on every call nor collide with an administrator revoking the key.
     */
    void markUsed(long id, LocalDateTime now);
}
