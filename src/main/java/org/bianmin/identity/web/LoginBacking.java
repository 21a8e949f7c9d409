package org.bianmin.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.bianmin.identity.application.AuthenticationService;
import org.bianmin.identity.application.SignInResult;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.identity.infrastructure.VerifiedSignIn;
import org.bianmin.shared.web.Messages;

/** The sign-in page. Unknown user and wrong password get the same message; a locked name is told to wait. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private AuthenticationService authentication;

    private String username;
    private String password;

    public void signIn() throws IOException {
        SignInResult result = authentication.signIn(username, password);
        password = null;
        switch (result.outcome()) {
            case LOCKED -> Messages.error("login.locked");
            case REFUSED -> Messages.error("login.refused");
            case SIGNED_IN -> enter(result);
        }
    }

    private void enter(SignInResult result) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        Subject subject = SecurityUtils.getSubject();
        subject.login(new VerifiedSignIn(result.user()));
        // a new session id at sign-in, so an id planted before it is worth nothing (session fixation)
        request.changeSessionId();
        subject.getSession().setAttribute(AccountCheckFilter.STAMP, result.accountStamp());
        if (result.mustChangePassword()) {
            subject.getSession().setAttribute(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
            external.redirect(external.getRequestContextPath() + PasswordChangeFilter.CHANGE_URL);
            return;
        }
        String target = saved != null && "GET".equals(saved.getMethod())
                ? saved.getRequestUrl()
                : external.getRequestContextPath() + homeOf(result.user());
        external.redirect(target);
    }

    /** Where a user lands after signing in: the first area their roles open. */
    public static String homeOf(SignedInUser user) {
        if (user.has(org.bianmin.identity.domain.Permission.AREA_ADMIN)) {
            return "/admin/";
        }
        if (user.has(org.bianmin.identity.domain.Permission.AUDIT_READ)) {
            return "/admin/audit";
        }
        if (user.has(org.bianmin.identity.domain.Permission.AREA_STAFF)) {
            return "/staff/";
        }
        if (user.has(org.bianmin.identity.domain.Permission.AREA_CLERK)) {
            return "/clerk/";
        }
        return "/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
