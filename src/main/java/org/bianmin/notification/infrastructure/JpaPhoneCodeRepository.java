package org.bianmin.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.bianmin.notification.domain.PhoneCode;
import org.bianmin.notification.domain.PhoneCodeRepository;

@ApplicationScoped
public class JpaPhoneCodeRepository implements PhoneCodeRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public PhoneCode save(PhoneCode code) {
        if (code.getId() == null) {
            em.persist(code);
            em.flush();
            return code;
        }
        return em.merge(code);
    }

    @Override
    public Optional<PhoneCode> newestForUpdate(String purpose, String phone) {
        List<Long> ids = em.createQuery(
                        "select c.id from PhoneCode c where c.phone = :phone and c.purpose = :purpose"
                                + " order by c.createdAt desc, c.id desc",
                        Long.class)
                .setParameter("phone", phone)
                .setParameter("purpose", purpose)
                .setMaxResults(1)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        // a locking read sees the row as last committed, even when another transaction (the check) changed it after
        // this one began; refresh in case this persistence context holds an older copy
        PhoneCode code = em.find(PhoneCode.class, ids.get(0), LockModeType.PESSIMISTIC_WRITE);
        if (code != null) {
            em.refresh(code, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(code);
    }

    @Override
    public Optional<LocalDateTime> lastSentTo(String phone) {
        return Optional.ofNullable(
                em.createQuery("select max(c.createdAt) from PhoneCode c where c.phone = :phone", LocalDateTime.class)
                        .setParameter("phone", phone)
                        .getSingleResult());
    }

    @Override
    public long countSentTo(String phone, LocalDateTime since) {
        return em.createQuery(
                        "select count(c) from PhoneCode c where c.phone = :phone and c.createdAt >= :since", Long.class)
                .setParameter("phone", phone)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public int deleteCreatedBefore(LocalDateTime before) {
        return em.createQuery("delete from PhoneCode c where c.createdAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
