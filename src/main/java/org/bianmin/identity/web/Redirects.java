package org.bianmin.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Redirects that also work for Faces ajax requests: a 302 answer to an ajax request is followed silently by the
 * browser and the page never moves, so ajax gets a partial response that tells the Faces script to navigate.
 */
public final class Redirects {

    private Redirects() {}

    public static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    public static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String url = request.getContextPath() + path;
        if (isFacesAjax(request)) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", "no-store");
            response.getWriter()
                    .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                    .append("<partial-response><redirect url=\"")
                    .append(url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"))
                    .append("\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
