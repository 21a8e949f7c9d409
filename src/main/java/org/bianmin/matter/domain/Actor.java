package org.bianmin.matter.domain;

import java.io.Serializable;

/** Who did something to a matter: a staff member, the villager (by tracking number), or the portal itself. */
public record Actor(Long userId, String name) implements Serializable {

    public static final String VILLAGER = "villager";
    public static final String SYSTEM = "system";

    public static Actor staff(long userId, String username) {
        return new Actor(userId, username);
    }

    public static Actor villager() {
        return new Actor(null, VILLAGER);
    }

    public static Actor system() {
        return new Actor(null, SYSTEM);
    }

    public boolean isStaff() {
        return userId != null;
    }
}
