package org.bianmin.matter.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianmin.matter.domain.FilingKeys;

/**
 * The key's row is the lock: InnoDB makes a second {@code insert ignore} of the same primary key wait for the first
 * transaction, then ignore the row if that one committed (or insert it if that one rolled back). Works alike on MySQL
 * and MariaDB, and across cluster nodes, with no application-level lock.
 */
@ApplicationScoped
public class JpaFilingKeys implements FilingKeys {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<Long> claim(String key) {
        int inserted = em.createNativeQuery(
                        "insert ignore into filing_key (filing_key, created_at) values (?, current_timestamp(3))")
                .setParameter(1, key)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        // A locking read sees the committed row even when this transaction's snapshot is older. A shared lock, not
        // "for update": the replays that waited together all hold shared locks on the row by now, and none of them
        // could ever get an exclusive one (InnoDB would call it a deadlock).
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "select matter_id from filing_key where filing_key = ? lock in share mode")
                .setParameter(1, key)
                .getResultList();
        // the row exists only with its matter (both commit together), so a missing id is a broken invariant
        return Optional.of(ids.stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(Number::longValue)
                .orElseThrow(() -> new IllegalStateException("filing key without a matter")));
    }

    @Override
    public void bind(String key, long matterId) {
        em.createNativeQuery("update filing_key set matter_id = ? where filing_key = ?")
                .setParameter(1, matterId)
                .setParameter(2, key)
                .executeUpdate();
    }
}
