package org.bianmin.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.LockoutPolicy;
import org.bianmin.identity.domain.LoginThrottle;
import org.bianmin.identity.domain.PasswordHasher;
import org.bianmin.identity.domain.PasswordPolicy;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.identity.domain.UserAccount;
import org.bianmin.identity.domain.UserRepository;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in with lockout, sign-out and password changes, each written to the audit log. */
@Stateless
public class AuthenticationService {

    /** Checked when the user name is unknown, so that unknown and known names take the same time. */
    private static final String PLACEHOLDER_PASSWORD = "placeholder-for-timing-Aa1!";

    @Inject
    private UserRepository users;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ScopeResolver scopes;

    @Inject
    @ConfigProperty(name = "bianmin.login.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "bianmin.login.lockout-minutes", defaultValue = "30")
    private int lockoutMinutes;

    private String placeholderHash;

    @PostConstruct
    void init() {
        placeholderHash = hasher.hash(PLACEHOLDER_PASSWORD);
    }

    public SignInResult signIn(String typedUsername, String password) {
        String username = UserAccount.normalizeUsername(typedUsername);
        if (username.isEmpty() || username.length() > 64 || password == null || password.isEmpty()) {
            return SignInResult.refused();
        }
        LocalDateTime now = LocalDateTime.now();
        LoginThrottle throttle = users.throttleFor(username);
        if (throttle.isLocked(now)) {
            audit.record(null, username, AuditAction.SIGN_IN_REFUSED_LOCKED, "user", null, null);
            return SignInResult.locked();
        }
        UserAccount user = users.findByUsername(username).orElse(null);
        boolean passwordOk;
        if (user == null) {
            hasher.matches(password, placeholderHash); // same work as for a real name; the answer is no
            passwordOk = false;
        } else {
            passwordOk = hasher.matches(password, user.getPasswordHash());
        }
        if (user == null || !passwordOk || !user.isEnabled()) {
            boolean lockedNow =
                    throttle.recordFailure(now, new LockoutPolicy(maxFailures, Duration.ofMinutes(lockoutMinutes)));
            audit.record(
                    null, username, AuditAction.SIGN_IN_FAILED, "user", null, "failures=" + throttle.getFailures());
            if (lockedNow) {
                audit.record(null, username, AuditAction.LOCKOUT, "user", null, "until=" + throttle.getLockedUntil());
                return SignInResult.locked();
            }
            return SignInResult.refused();
        }
        users.clearThrottle(username);
        user.signedIn(now);
        audit.record(user.getId(), user.getUsername(), AuditAction.SIGN_IN, "user", user.getId(), null);
        return new SignInResult(
                SignInResult.Outcome.SIGNED_IN, scopes.toSignedIn(user), user.isMustChangePassword(), stamp(user));
    }

    public void signOut(SignedInUser user) {
        audit.record(user.id(), user.username(), AuditAction.SIGN_OUT, "user", user.id(), null);
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        SignedInUser me = currentUser.get().orElseThrow(AccessDeniedException::new);
        UserAccount user = users.find(me.id()).orElseThrow(AccessDeniedException::new);
        if (currentPassword == null || !hasher.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessException("password.error.current");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw new BusinessException("password.error.confirmation");
        }
        if (newPassword.equals(currentPassword)) {
            throw new BusinessException("password.error.unchanged");
        }
        PasswordPolicy.check(user.getUsername(), newPassword);
        user.changePassword(hasher.hash(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, "user", user.getId(), null);
    }

    /**
     * A fingerprint of everything a session's view of the account rests on: enabled, roles, scope and password.
     * The session keeps the one from sign-in; when the account changes (disabled, new roles, reset password) the two
     * differ and the session ends. Empty when the account no longer exists or is disabled.
     */
    public java.util.Optional<String> accountStamp(long userId) {
        return users.find(userId).filter(UserAccount::isEnabled).map(AuthenticationService::stamp);
    }

    static String stamp(UserAccount user) {
        String material = user.getRoles() + "|"
                + (user.getOffice() == null ? "-" : user.getOffice().getId()) + "|"
                + (user.getVillage() == null ? "-" : user.getVillage().getId()) + "|" + user.getPasswordHash();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(material.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void recordAccessDenied(String path) {
        audit.record(AuditAction.ACCESS_DENIED, "path", null, path);
    }
}
