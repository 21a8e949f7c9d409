package org.bianmin.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Failed sign-ins in a row for one typed user name, whether or not such a user exists, so that probing for names
 * learns nothing: an unknown name is refused and locked exactly like a known one.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private LocalDateTime firstFailureAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected LoginThrottle() {}

    public LoginThrottle(String username) {
        this.username = username;
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts one more failure. A lock that has run out starts the count afresh.
     *
     * @return whether this failure locked the name
     */
    public boolean recordFailure(LocalDateTime now, LockoutPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        if (failures == 0) {
            firstFailureAt = now;
        }
        failures++;
        if (failures >= policy.maxFailures() && lockedUntil == null) {
            lockedUntil = now.plus(policy.lockout());
            return true;
        }
        return false;
    }

    public String getUsername() {
        return username;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
