package org.bianmin.api.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.bianmin.api.domain.ApiKey;
import org.bianmin.api.domain.ApiKeyRepository;
import org.bianmin.api.domain.ApiKeySecrets;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/**
 * Issuing and revoking API keys (administrators, audited without the key) and checking the key an API call presents.
 */
@Stateless
public class ApiKeyService {

    @Inject
    private ApiKeyRepository keys;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    public List<ApiKey> all() {
        currentUser.require(Permission.API_KEY_MANAGE);
        return keys.findAll();
    }

    /** A new key for the system called {@code name}; the answer is the only time the key itself is seen. */
    public IssuedKey issue(String name) {
        SignedInUser admin = currentUser.require(Permission.API_KEY_MANAGE);
        String secret = ApiKeySecrets.generate();
        ApiKey key = keys.save(ApiKey.issue(name, secret, admin.username()));
        audit.record(AuditAction.API_KEY_ISSUED, "api_key", key.getId(), key.getKeyPrefix() + " " + key.getName());
        return new IssuedKey(key.getId(), key.getName(), key.getKeyPrefix(), secret);
    }

    /** The key stops working at once, on every node (each call looks the key up). */
    public void revoke(long id, int expectedVersion) {
        currentUser.require(Permission.API_KEY_MANAGE);
        ApiKey key = keys.find(id).orElseThrow(NotFoundException::new);
        if (key.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        key.revoke(LocalDateTime.now());
        audit.record(AuditAction.API_KEY_REVOKED, "api_key", id, key.getKeyPrefix() + " " + key.getName());
    }

    /**
     * The client behind the key an API call presents.
     *
     * @throws ApiKeyRefused when there is no key, an unknown one or a revoked one
     */
    public ApiClient authenticate(String presented) {
        if (presented == null || presented.isBlank()) {
            throw new ApiKeyRefused("api.error.keyMissing");
        }
        String candidate = presented.strip();
        if (!ApiKeySecrets.wellFormed(candidate)) {
            throw new ApiKeyRefused("api.error.keyUnknown");
        }
        ApiKey key = keys.findByHash(ApiKeySecrets.hash(candidate))
                .orElseThrow(() -> new ApiKeyRefused("api.error.keyUnknown"));
        if (key.isRevoked()) {
            throw new ApiKeyRefused("api.error.keyRevoked");
        }
        keys.markUsed(key.getId(), LocalDateTime.now());
        return new ApiClient(key.getId(), key.getName());
    }

    /** A key just issued: {@code secret} is shown to the administrator once and never stored. */
    public record IssuedKey(long id, String name, String prefix, String secret) {}
}
