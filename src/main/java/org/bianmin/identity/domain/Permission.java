package org.bianmin.identity.domain;

/**
 * What a role lets a person do. The {@code AREA_*} permissions open the signed-in folders of the site and are what the
 * URL rules in shiro.ini check; the rest are checked by the application services.
 */
public enum Permission {
    AREA_ADMIN("area:admin"),
    AREA_STAFF("area:staff"),
    AREA_CLERK("area:clerk"),
    AUDIT_READ("audit:read"),
    PLACE_MANAGE("place:manage"),
    OFFICE_MANAGE("office:manage"),
    USER_MANAGE("user:manage"),
    DISPATCH_MANAGE("dispatch:manage"),
    CALENDAR_MANAGE("calendar:manage"),
    CATALOGUE_MANAGE("catalogue:manage"),
    /** issue and revoke the keys outside systems use for the Open311 API */
    API_KEY_MANAGE("apikey:manage"),
    /** 帮办代办: file a service request for a villager who is present and consents */
    FILE_ON_BEHALF("onbehalf:file"),
    KIOSK_MANAGE("kiosk:manage"),
    /**
     * write and publish the rights-and-responsibilities list, answer and moderate its feedback; the rights service
     * limits it to the list's owning office (the office the dispatch catalogue sends the list's feedback to)
     */
    RIGHTS_MANAGE("rights:manage"),
    /** 居家养老: record the village home check (the village's own applications) */
    ELDERCARE_CHECK("eldercare:check"),
    /** 居家养老: verify applications of the town after the posting */
    ELDERCARE_VERIFY("eldercare:verify"),
    /** 居家养老: record the ability assessment (GB/T 42195-2022), district-wide */
    ELDERCARE_ASSESS("eldercare:assess"),
    /** 居家养老: approve or refuse; the eldercare service limits it to the approving office (区民政局) */
    ELDERCARE_APPROVE("eldercare:approve"),
    /** 居家养老: make the service plan of an approved application; limited like approval */
    ELDERCARE_PLAN("eldercare:plan"),
    /** 居家养老: keep the service list, the eligibility rules and the stage deadlines */
    ELDERCARE_CONFIGURE("eldercare:configure");

    private final String wildcard;

    Permission(String wildcard) {
        this.wildcard = wildcard;
    }

    /** The Shiro wildcard permission string. */
    public String wildcard() {
        return wildcard;
    }
}
