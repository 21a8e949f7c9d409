package org.bianmin.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives a server error a short reference id, shown on the page and written with the exception to the log, so a
 * user's report can be matched to the cause without any stack trace reaching the browser.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    private static final Logger LOG = Logger.getLogger(ErrorPageBacking.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private String reference;

    public String getReference() {
        if (reference == null) {
            byte[] bytes = new byte[4];
            RANDOM.nextBytes(bytes);
            reference = HexFormat.of().formatHex(bytes).toUpperCase();
            HttpServletRequest request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            // the address only, never parameters: they could hold what a person typed
            if (error instanceof Throwable throwable) {
                LOG.log(Level.SEVERE, "Error reference " + reference + " at " + uri, throwable);
            } else {
                LOG.severe("Error reference " + reference + " at " + uri + " (status "
                        + request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) + ")");
            }
        }
        return reference;
    }
}
