package org.bianmin.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.identity.domain.UserAccount;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.Place;

/** Turns an account into the session's view of it, with the division code its data scope covers. */
@ApplicationScoped
public class ScopeResolver {

    public SignedInUser toSignedIn(UserAccount user) {
        Office office = user.getOffice();
        Place village = user.getVillage();
        Place scope = village != null ? village : office != null ? office.getPlace() : null;
        return new SignedInUser(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getRoles(),
                office == null ? null : office.getId(),
                office == null ? null : office.getName(),
                village == null ? null : village.getId(),
                // district-wide roles without an office see everything: the empty prefix covers every code
                scope == null ? "" : scope.getCode(),
                scope == null ? null : scope.getName());
    }
}
