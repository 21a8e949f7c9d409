package org.bianmin.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.bianmin.identity.application.AuthenticationService;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;

/** The signed-in user as the templates see them (name, scope, menu entries), and signing out. */
@Named("me")
@RequestScoped
public class SessionBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuthenticationService authentication;

    public SignedInUser getUser() {
        return currentUser.get().orElse(null);
    }

    public boolean isSignedIn() {
        return currentUser.get().isPresent();
    }

    public boolean can(String permission) {
        return currentUser
                .get()
                .map(user -> user.has(Permission.valueOf(permission)))
                .orElse(false);
    }

    public String getHome() {
        return currentUser.get().map(LoginBacking::homeOf).orElse("/");
    }

    public void signOut() throws IOException {
        currentUser.get().ifPresent(authentication::signOut);
        SecurityUtils.getSubject().logout();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login?bye=1");
    }
}
