package org.bianmin.identity.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is signed in, as kept in the session: identity, roles and data scope. Immutable and small, so it replicates
 * cheaply across a cluster.
 *
 * @param scopeCode the division code of the place the user's data scope covers (the district, a town or a
 *     village); every place whose code starts with it is in scope
 */
public record SignedInUser(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        Long officeId,
        String officeName,
        Long villageId,
        String scopeCode,
        String scopeName)
        implements Serializable {

    public SignedInUser {
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public boolean has(Permission permission) {
        return roles.stream().anyMatch(role -> role.permissions().contains(permission));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    // JavaBean getters: Jakarta EL 5 (Faces 4.0) does not see record accessors.

    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return roles();
    }

    public String getOfficeName() {
        return officeName;
    }

    public String getScopeName() {
        return scopeName;
    }

    /** Whether a place (by its division code) lies inside this user's data scope. */
    public boolean covers(String placeCode) {
        return placeCode != null && scopeCode != null && placeCode.startsWith(scopeCode);
    }
}
