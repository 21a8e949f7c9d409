package org.bianmin.matter.domain;

import java.util.Set;
import org.bianmin.identity.domain.SignedInUser;

/**
 * What the workflow needs to know about the person at the desk: who they are, whether they sit at the district
 * dispatch desk, and which offices their office supervises (督办).
 */
public record StaffDesk(SignedInUser user, boolean dispatcher, Set<Long> supervisedOfficeIds) {

    public StaffDesk {
        supervisedOfficeIds = Set.copyOf(supervisedOfficeIds);
    }
}
