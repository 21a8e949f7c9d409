package org.bianmin.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Where the language switch returns to: the address the visitor asked for, within this site. */
@Named
@RequestScoped
public class LanguageLinks {

    public String getBack() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String path =
                uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (path.endsWith(".xhtml")) {
            path = path.substring(0, path.length() - ".xhtml".length());
        }
        return LanguageServlet.safePath(path.startsWith("/WEB-INF/") ? "/" : path);
    }
}
