package org.bianmin.identity.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authz.PermissionsAuthorizationFilter;
import org.bianmin.identity.application.AuthenticationService;

/** Refuses a signed-in user without the folder's permission with 403, and records the refusal in the audit log. */
public class AuditedPermissionsFilter extends PermissionsAuthorizationFilter {

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (getSubject(request, response).getPrincipal() == null) {
            Redirects.redirect(http, (HttpServletResponse) response, getLoginUrl());
            return false;
        }
        CDI.current()
                .select(AuthenticationService.class)
                .get()
                .recordAccessDenied(
                        http.getRequestURI().substring(http.getContextPath().length()));
        ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
        return false;
    }
}
