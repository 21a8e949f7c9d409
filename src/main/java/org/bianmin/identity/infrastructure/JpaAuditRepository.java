package org.bianmin.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.identity.domain.AuditEntry;
import org.bianmin.identity.domain.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        TypedQuery<AuditEntry> typed = em.createQuery(
                "select a from AuditEntry a" + where + " order by a.occurredAt desc, a.id desc", AuditEntry.class);
        parameters.forEach(typed::setParameter);
        return typed.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> typed =
                em.createQuery("select count(a) from AuditEntry a" + where(query, parameters), Long.class);
        parameters.forEach(typed::setParameter);
        return typed.getSingleResult();
    }

    private static String where(AuditQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.actorName() != null) {
            where.append(" and a.actorName = :actor");
            parameters.put("actor", query.actorName());
        }
        if (query.action() != null) {
            where.append(" and a.action = :action");
            parameters.put("action", query.action());
        }
        if (query.objectType() != null) {
            where.append(" and a.objectType = :objectType");
            parameters.put("objectType", query.objectType());
        }
        if (query.objectId() != null) {
            where.append(" and a.objectId = :objectId");
            parameters.put("objectId", query.objectId());
        }
        if (query.from() != null) {
            where.append(" and a.occurredAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and a.occurredAt < :to");
            parameters.put("to", query.to());
        }
        return where.toString();
    }
}
