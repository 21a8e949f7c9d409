package org.bianmin.identity.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.session.Session;
import org.apache.shiro.web.filter.AccessControlFilter;

/** Keeps a user whose password is temporary on the change-password page until they have changed it. */
public class PasswordChangeFilter extends AccessControlFilter {

    /** Session attribute set at sign-in when the password must be changed. */
    public static final String MUST_CHANGE = "bianmin.mustChangePassword";

    public static final String CHANGE_URL = "/account/password";

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Session session = getSubject(request, response).getSession(false);
        return session == null || session.getAttribute(MUST_CHANGE) == null;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        Redirects.redirect((HttpServletRequest) request, (HttpServletResponse) response, CHANGE_URL);
        return false;
    }
}
