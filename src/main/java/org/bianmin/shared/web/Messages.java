package org.bianmin.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.bianmin.shared.domain.BusinessException;

/** Faces messages from the i18n bundle, in the language of the current view. */
public final class Messages {

    public static final String BUNDLE = "org.bianmin.i18n.messages";

    private Messages() {}

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void error(BusinessException e) {
        add(null, FacesMessage.SEVERITY_ERROR, e.getMessageKey(), e.getArguments());
    }

    /** A message on one field (by its client id), so it shows beside the input. */
    public static void errorOn(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            context.validationFailed();
        }
    }

    /** Keeps messages across a redirect (post-redirect-get). */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
