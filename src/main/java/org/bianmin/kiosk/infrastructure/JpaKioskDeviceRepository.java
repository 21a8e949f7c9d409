package org.bianmin.kiosk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.bianmin.kiosk.domain.KioskDevice;
import org.bianmin.kiosk.domain.KioskDeviceRepository;

@ApplicationScoped
public class JpaKioskDeviceRepository implements KioskDeviceRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<KioskDevice> find(long id) {
        return Optional.ofNullable(em.find(KioskDevice.class, id));
    }

    @Override
    public List<KioskDevice> findAll() {
        return em.createQuery("select d from KioskDevice d order by d.id desc", KioskDevice.class)
                .getResultList();
    }

    @Override
    public Optional<KioskDevice> findActiveByTokenHash(String tokenHash) {
        return em.createQuery(
                        "select d from KioskDevice d where d.tokenHash = :hash and d.revokedAt is null",
                        KioskDevice.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<KioskDevice> findByEnrolmentCodeHashForUpdate(String codeHash) {
        return em.createQuery("select d from KioskDevice d where d.enrolmentCodeHash = :hash", KioskDevice.class)
                .setParameter("hash", codeHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void markSeen(long id, LocalDateTime now) {
        // native SQL: EclipseLink's JPQL bulk update would also increment the version (see the interface); the
        // entity is not in the shared cache, so nothing cached goes stale
        em.createNativeQuery("update kiosk_device set last_seen_at = ? where id = ?")
                .setParameter(1, now)
                .setParameter(2, id)
                .executeUpdate();
    }

    @Override
    public KioskDevice save(KioskDevice device) {
        if (device.isNew()) {
            em.persist(device);
            em.flush();
            return device;
        }
        return em.merge(device);
    }
}
