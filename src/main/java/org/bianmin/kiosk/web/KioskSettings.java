package org.bianmin.kiosk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long a kiosk waits for a touch before it forgets the person (BIANMIN_KIOSK_IDLE_SECONDS). */
@Named
@ApplicationScoped
public class KioskSettings {

    @Inject
    @ConfigProperty(name = "bianmin.kiosk.idle-seconds", defaultValue = "180")
    private int idleSeconds;

    public int getIdleSeconds() {
        return Math.max(10, idleSeconds);
    }

    /** The countdown shown before the reset: 30 seconds, or half the wait when that is shorter. */
    public int getWarningSeconds() {
        return Math.min(30, getIdleSeconds() / 2);
    }
}
