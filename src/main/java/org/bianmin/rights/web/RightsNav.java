package org.bianmin.rights.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.Permission;
import org.bianmin.rights.application.RightsOffice;

/** Whether the menu shows the rights list to the signed-in person: only its owning office keeps it. */
@Named
@RequestScoped
public class RightsNav {

    @Inject
    private RightsOffice office;

    @Inject
    private CurrentUser currentUser;

    private Boolean keeper;

    public boolean isKeeper() {
        if (keeper == null) {
            // only department staff hold the permission: nobody else pays for the routing lookup
            keeper = currentUser
                            .get()
                            .filter(u -> u.has(Permission.RIGHTS_MANAGE))
                            .isPresent()
                    && office.isKeeper();
        }
        return keeper;
    }
}
