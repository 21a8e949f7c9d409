package org.bianmin.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The kiosk pages get the large, high-contrast touch theme; everything else the portal theme. */
@Named
@RequestScoped
public class ThemeSelector {

    public static final String KIOSK = "bianmin-kiosk";
    public static final String PORTAL = "bianmin";

    public String getTheme() {
        FacesContext context = FacesContext.getCurrentInstance();
        String viewId = context == null || context.getViewRoot() == null
                ? null
                : context.getViewRoot().getViewId();
        return viewId != null && viewId.startsWith("/kiosk/") ? KIOSK : PORTAL;
    }
}
