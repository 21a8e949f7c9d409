package org.bianmin.identity.infrastructure;

import org.apache.shiro.authc.AuthenticationToken;
import org.bianmin.identity.domain.SignedInUser;

/**
 * Tells Shiro that {@link org.bianmin.identity.application.AuthenticationService} has already checked the password,
 * lockout and account state. Only code that got a successful sign-in result creates one.
 */
public final class VerifiedSignIn implements AuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final SignedInUser user;

    public VerifiedSignIn(SignedInUser user) {
        this.user = user;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return Boolean.TRUE;
    }
}
