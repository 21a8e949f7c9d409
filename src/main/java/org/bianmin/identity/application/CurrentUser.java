package org.bianmin.identity.application;

import java.util.Optional;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.shared.domain.AccessDeniedException;

/** Who is acting in this request, and from where. */
public interface CurrentUser {

    Optional<SignedInUser> get();

    /** The client's address, for the audit log only. */
    String sourceAddress();

    default SignedInUser require(Permission permission) {
        SignedInUser user = get().orElseThrow(AccessDeniedException::new);
        if (!user.has(permission)) {
            throw new AccessDeniedException();
        }
        return user;
    }
}
