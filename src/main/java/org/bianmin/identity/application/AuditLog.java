package org.bianmin.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.AuditEntry;
import org.bianmin.identity.domain.AuditRepository;
import org.bianmin.identity.domain.AuditRepository.AuditQuery;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;

/**
 * Writes the audit log in the caller's transaction, so an action and its audit line commit or roll back together.
 * Summaries name objects by code or id, never by a villager's personal data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AuditLog {

    @Inject
    private AuditRepository repository;

    @Inject
    private CurrentUser currentUser;

    /** An action by the signed-in user (or by nobody, for anonymous actions). */
    public void record(AuditAction action, String objectType, Object objectId, String summary) {
        SignedInUser actor = currentUser.get().orElse(null);
        record(
                actor == null ? null : actor.id(),
                actor == null ? null : actor.username(),
                action,
                objectType,
                objectId,
                summary);
    }

    /** An action whose actor is known by name only, such as a sign-in attempt. */
    public void record(
            Long actorId, String actorName, AuditAction action, String objectType, Object objectId, String summary) {
        repository.append(new AuditEntry(
                LocalDateTime.now(),
                actorId,
                actorName,
                action,
                objectType,
                objectId == null ? null : String.valueOf(objectId),
                summary,
                currentUser.sourceAddress()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        currentUser.require(Permission.AUDIT_READ);
        return repository.search(query, first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AuditQuery query) {
        currentUser.require(Permission.AUDIT_READ);
        return repository.count(query);
    }
}
