package org.bianmin.kiosk.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.bianmin.shared.domain.AccessDeniedException;

/**
 * The enrolled kiosk this request comes from, if any; filled in by the kiosk device filter before a kiosk page runs,
 * and {@code #{kiosk}} in the pages. Kiosk use cases of other features (filing at the kiosk, the village's notices)
 * take the village from here, never from the request: a kiosk cannot act for another village. It lives in the
 * application layer so that their services may read it.
 */
@Named("kiosk")
@RequestScoped
public class KioskContext {

    private EnrolledKiosk current;

    /** Called once per request by the kiosk device filter, after it has recognised the device token. */
    public void enter(EnrolledKiosk kiosk) {
        this.current = kiosk;
    }

    public Optional<EnrolledKiosk> get() {
        return Optional.ofNullable(current);
    }

    /** The kiosk, for a use case that only a kiosk may perform. */
    public EnrolledKiosk require() {
        return get().orElseThrow(AccessDeniedException::new);
    }

    public boolean isEnrolled() {
        return current != null;
    }

    public Long getDeviceId() {
        return current == null ? null : current.deviceId();
    }

    public String getName() {
        return current == null ? null : current.name();
    }

    public String getVillageCode() {
        return current == null ? null : current.villageCode();
    }

    public String getVillageName() {
        return current == null ? null : current.villageName();
    }
}
