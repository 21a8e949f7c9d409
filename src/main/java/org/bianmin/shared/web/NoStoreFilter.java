package org.bianmin.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Pages that show a person's data or a signed-in desk must not be kept by the browser or a proxy: at a shared kiosk
 * the back button must not bring the last villager's form back.
 */
@WebFilter(urlPatterns = {"/kiosk/*", "/staff/*", "/clerk/*", "/admin/*", "/account/*", "/login", "/login.xhtml"})
public class NoStoreFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        chain.doFilter(request, response);
    }
}
