package org.bianmin.place.domain;

/** What an office is, which fixes the level of place it serves. */
public enum OfficeKind {
    /** A town or sub-district convenience service centre (镇/街道便民服务中心). */
    TOWN_CENTRE(PlaceLevel.TOWN),
    /** A district department such as the civil-affairs bureau (区民政局). */
    DISTRICT_DEPARTMENT(PlaceLevel.DISTRICT),
    /** The district dispatch desk that receives what no rule routes elsewhere. */
    DISPATCH_DESK(PlaceLevel.DISTRICT);

    private final PlaceLevel scopeLevel;

    OfficeKind(PlaceLevel scopeLevel) {
        this.scopeLevel = scopeLevel;
    }

    public PlaceLevel scopeLevel() {
        return scopeLevel;
    }
}
