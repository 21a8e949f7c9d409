package org.bianmin.identity.domain;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAll();

    UserAccount save(UserAccount user);

    /** The throttle row for a typed name, locked for update so that parallel attempts count one by one. */
    LoginThrottle throttleFor(String username);

    void clearThrottle(String username);
}
