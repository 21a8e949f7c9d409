package org.bianmin.identity.domain;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAll();

    /** Enabled accounts of an office, by name: the people a leader can assign work to. */
    List<UserAccount> findEnabledByOffice(long officeId);

    /** Enabled accounts of an office holding a role, e.g. its leaders. */
    List<UserAccount> findEnabledByOfficeAndRole(long officeId, org.bianmin.identity.domain.Role role);

    UserAccount save(UserAccount user);

    /** The throttle row for a typed name, locked for update so that parallel attempts count one by one. */
    LoginThrottle throttleFor(String username);

    void clearThrottle(String username);
}
