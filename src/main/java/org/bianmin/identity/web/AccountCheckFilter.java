package org.bianmin.identity.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.AccessControlFilter;
import org.bianmin.identity.application.AuthenticationService;
import org.bianmin.identity.domain.SignedInUser;

/**
 * Ends a session whose account changed since sign-in: disabled, other roles or scope, or a password reset. One
 * primary-key read per signed-in request, so an administrator's change takes effect at once, on every node.
 */
public class AccountCheckFilter extends AccessControlFilter {

    /** Session attribute: the account stamp at sign-in. */
    public static final String STAMP = "bianmin.accountStamp";

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Subject subject = getSubject(request, response);
        if (!(subject.getPrincipal() instanceof SignedInUser user)) {
            return true; // the authentication filter before this one deals with visitors
        }
        Session session = subject.getSession(false);
        Object signedInWith = session == null ? null : session.getAttribute(STAMP);
        Optional<String> now =
                CDI.current().select(AuthenticationService.class).get().accountStamp(user.id());
        return now.isPresent() && now.get().equals(signedInWith);
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        getSubject(request, response).logout();
        Redirects.redirect((HttpServletRequest) request, (HttpServletResponse) response, "/login?ended=1");
        return false;
    }
}
