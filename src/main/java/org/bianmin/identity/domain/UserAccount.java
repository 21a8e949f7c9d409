package org.bianmin.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeKind;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.shared.domain.BaseEntity;
import org.bianmin.shared.domain.BusinessException;

/**
 * A staff member's account. Its roles and its office or village together make its data scope; the combination is
 * checked here so that no account can exist with a scope its roles cannot use.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int MAX_DISPLAY_NAME = 64;

    @Column(name = "username", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword = true;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id")
    private Place village;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "last_sign_in_at")
    private LocalDateTime lastSignInAt;

    protected UserAccount() {}

    /** A new account; its first password is temporary and must be changed at the first sign-in. */
    public UserAccount(String username, String displayName, String temporaryPasswordHash) {
        this.username = normalizeUsername(username);
        if (!USERNAME.matcher(this.username).matches()) {
            throw new BusinessException("user.error.username");
        }
        rename(displayName);
        this.passwordHash = temporaryPasswordHash;
        this.mustChangePassword = true;
    }

    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public void rename(String newDisplayName) {
        String trimmed = newDisplayName == null ? "" : newDisplayName.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_DISPLAY_NAME) {
            throw new BusinessException("user.error.displayName", MAX_DISPLAY_NAME);
        }
        this.displayName = trimmed;
    }

    /**
     * Gives the account its roles and scope. All roles must need the same kind of scope, and the office or village
     * given must be of that kind; the other one must be empty.
     */
    public void assign(Set<Role> newRoles, Office newOffice, Place newVillage) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new BusinessException("user.error.noRole");
        }
        Set<Role.ScopeKind> kinds = EnumSet.noneOf(Role.ScopeKind.class);
        newRoles.forEach(role -> kinds.add(role.scopeKind()));
        if (kinds.size() > 1) {
            throw new BusinessException("user.error.mixedScopes");
        }
        Role.ScopeKind kind = kinds.iterator().next();
        switch (kind) {
            case DISTRICT -> {
                if (newVillage != null || newOffice != null) {
                    throw new BusinessException("user.error.scope");
                }
            }
            case DISTRICT_OFFICE -> requireOffice(
                    newOffice, newVillage, OfficeKind.DISTRICT_DEPARTMENT, OfficeKind.DISPATCH_DESK);
            case TOWN_OFFICE -> requireOffice(newOffice, newVillage, OfficeKind.TOWN_CENTRE);
            case VILLAGE -> {
                if (newVillage == null || newVillage.getLevel() != PlaceLevel.VILLAGE || newOffice != null) {
                    throw new BusinessException("user.error.needsVillage");
                }
                if (!newVillage.isActive()) {
                    throw new BusinessException("user.error.scopeInactive");
                }
            }
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.office = newOffice;
        this.village = kind == Role.ScopeKind.VILLAGE ? newVillage : null;
    }

    private static void requireOffice(Office office, Place village, OfficeKind... allowed) {
        if (office == null
                || village != null
                || !EnumSet.of(allowed[0], allowed).contains(office.getKind())) {
            throw new BusinessException("user.error.needsOffice");
        }
        if (!office.isActive()) {
            throw new BusinessException("user.error.scopeInactive");
        }
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** An administrator's reset: the new password is temporary. */
    public void resetPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void signedIn(LocalDateTime at) {
        lastSignInAt = at;
    }

    public boolean has(Permission permission) {
        return roles.stream().anyMatch(role -> role.permissions().contains(permission));
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Office getOffice() {
        return office;
    }

    public Place getVillage() {
        return village;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public LocalDateTime getLastSignInAt() {
        return lastSignInAt;
    }
}
