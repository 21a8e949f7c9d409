package org.bianmin.kiosk.web;

/** TEMPORARY STUB until the kiosk-devices branch is merged. */
@jakarta.enterprise.context.RequestScoped
@jakarta.inject.Named("kiosk")
public class KioskContext {
    public String getVillageCode() {
        return "510904100001";
    }

    public String getVillageName() {
        return "stub";
    }
}
