package org.bianmin.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.subject.WebSubject;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.SignedInUser;

/** Reads the acting user from Shiro's subject, bound to the thread by the Shiro filter for every web request. */
@ApplicationScoped
public class ShiroCurrentUser implements CurrentUser {

    @Override
    public Optional<SignedInUser> get() {
        Subject subject = subject();
        if (subject == null || !subject.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = subject.getPrincipal();
        return principal instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
    }

    @Override
    public String sourceAddress() {
        return subject() instanceof WebSubject web
                ? org.bianmin.shared.web.ClientAddress.of(web.getServletRequest())
                : null;
    }

    private static Subject subject() {
        try {
            return SecurityUtils.getSubject();
        } catch (UnavailableSecurityManagerException | IllegalStateException noWebRequest) {
            return null; // a scheduled job or a start-up task: nobody is acting
        }
    }
}
