package org.bianmin.identity.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.web.filter.authc.AuthenticationFilter;

/**
 * Sends a visitor who is not signed in to the sign-in page, remembering where they were going (for full page
 * requests). Sign-in itself is a Faces page, so this filter never processes credentials.
 */
public class FacesAuthenticationFilter extends AuthenticationFilter {

    public FacesAuthenticationFilter() {
        setLoginUrl("/login");
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!Redirects.isFacesAjax(http) && "GET".equals(http.getMethod())) {
            saveRequest(request);
        }
        Redirects.redirect(http, (HttpServletResponse) response, getLoginUrl());
        return false;
    }
}
