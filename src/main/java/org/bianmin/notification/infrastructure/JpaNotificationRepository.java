package org.bianmin.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.notification.domain.Notification;
import org.bianmin.notification.domain.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Notification save(Notification notification) {
        if (notification.getId() == null) {
            em.persist(notification);
            return notification;
        }
        return em.merge(notification);
    }

    /**
     * JPQL has no SKIP LOCKED, hence the native select of ids (MySQL 8, MariaDB ≥ 10.6); the rows are then loaded
     * through the persistence context, already locked by this transaction. {@code now} is bound as a LocalDateTime,
     * the way the entity's times are written, so both go through the same time-zone handling of the driver.
     */
    @Override
    public List<Notification> lockDue(LocalDateTime now, int max) {
        List<?> ids = em.createNativeQuery("select id from notification where status = 'PENDING'"
                        + " and next_attempt_at <= ? order by next_attempt_at limit ? for update skip locked")
                .setParameter(1, now)
                .setParameter(2, max)
                .getResultList();
        List<Notification> due = new ArrayList<>(ids.size());
        for (Object id : ids) {
            Notification notification = em.find(Notification.class, ((Number) id).longValue());
            if (notification != null) {
                due.add(notification);
            }
        }
        return due;
    }

    @Override
    public List<Notification> recentForDemo(int max) {
        // by id, the primary key: no index on created_at is needed for a table that only grows
        return em.createQuery("select n from Notification n order by n.id desc", Notification.class)
                .setMaxResults(max)
                .getResultList();
    }
}
