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
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/** Changing one's own password; required after an account is created or its password reset. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    private AuthenticationService authentication;

    @Inject
    private CurrentUser currentUser;

    private String current;
    private String next;
    private String confirmation;

    public boolean isRequired() {
        return SecurityUtils.getSubject().getSession().getAttribute(PasswordChangeFilter.MUST_CHANGE) != null;
    }

    public void save() throws IOException {
        try {
            authentication.changePassword(current, next, confirmation);
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        SecurityUtils.getSubject().getSession().removeAttribute(PasswordChangeFilter.MUST_CHANGE);
        // the password is part of the account stamp: keep this session, which proved the new password's owner
        currentUser
                .get()
                .flatMap(me -> authentication.accountStamp(me.id()))
                .ifPresent(
                        stamp -> SecurityUtils.getSubject().getSession().setAttribute(AccountCheckFilter.STAMP, stamp));
        Messages.info("account_password.changed");
        Messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath()
                + currentUser.get().map(LoginBacking::homeOf).orElse("/"));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
