package org.bianmin.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianmin.identity.domain.LoginThrottle;
import org.bianmin.identity.domain.UserAccount;
import org.bianmin.identity.domain.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createQuery(
                        "select u from UserAccount u left join fetch u.office left join fetch u.village"
                                + " order by u.username",
                        UserAccount.class)
                .getResultList();
    }

    @Override
    public List<UserAccount> findEnabledByOffice(long officeId) {
        return em.createQuery(
                        "select u from UserAccount u where u.office.id = :office and u.enabled = true"
                                + " order by u.displayName",
                        UserAccount.class)
                .setParameter("office", officeId)
                .getResultList();
    }

    @Override
    public List<UserAccount> findEnabledByOfficeAndRole(long officeId, org.bianmin.identity.domain.Role role) {
        return em.createQuery(
                        "select u from UserAccount u join u.roles r where u.office.id = :office"
                                + " and u.enabled = true and r = :role order by u.displayName",
                        UserAccount.class)
                .setParameter("office", officeId)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public UserAccount save(UserAccount user) {
        if (user.isNew()) {
            em.persist(user);
            em.flush();
            return user;
        }
        return em.merge(user);
    }

    @Override
    public LoginThrottle throttleFor(String username) {
        // insert-if-absent first, so that the row exists to be locked even on the very first attempt
        em.createNativeQuery("insert ignore into login_throttle (username, failures, first_failure_at)"
                        + " values (?, 0, current_timestamp(3))")
                .setParameter(1, username)
                .executeUpdate();
        return em.find(LoginThrottle.class, username, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void clearThrottle(String username) {
        em.createQuery("delete from LoginThrottle t where t.username = :username")
                .setParameter("username", username)
                .executeUpdate();
    }
}
