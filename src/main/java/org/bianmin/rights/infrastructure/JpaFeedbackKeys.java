package org.bianmin.rights.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bianmin.rights.domain.FeedbackKeys;

/**
 * The same row-as-lock as the workflow's filing keys (see {@code JpaFilingKeys}), in a table of its own. Typed to
 * {@link FeedbackKeys} only, so that it never competes with the workflow's implementation where filing keys are
 * injected.
 */
@ApplicationScoped
@Typed(FeedbackKeys.class)
public class JpaFeedbackKeys implements FeedbackKeys {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<Long> claim(String key) {
        int inserted = em.createNativeQuery("insert ignore into rights_feedback_key (submission_key, created_at)"
                        + " values (?, current_timestamp(3))")
                .setParameter(1, key)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "select feedback_id from rights_feedback_key where submission_key = ? lock in share mode")
                .setParameter(1, key)
                .getResultList();
        return Optional.of(ids.stream()
                .filter(Objects::nonNull)
                .findFirst()
                .map(Number::longValue)
                .orElseThrow(() -> new IllegalStateException("feedback key without its feedback")));
    }

    @Override
    public void bind(String key, long feedbackId) {
        em.createNativeQuery("update rights_feedback_key set feedback_id = ? where submission_key = ?")
                .setParameter(1, feedbackId)
                .setParameter(2, key)
                .executeUpdate();
    }
}
