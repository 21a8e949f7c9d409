package org.bianmin.place.domain;

/**
 * The three levels of the statistical division code (统计用区划代码) that the portal uses: a district has 6 digits,
 * a town or sub-district (镇/街道) 9, a village or community (村/社区) 12.
 */
public enum PlaceLevel {
    DISTRICT(6, null),
    TOWN(9, DISTRICT),
    VILLAGE(12, TOWN);

    private final int codeLength;
    private final PlaceLevel parentLevel;

    PlaceLevel(int codeLength, PlaceLevel parentLevel) {
        this.codeLength = codeLength;
        this.parentLevel = parentLevel;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level a place of this level hangs under, or {@code null} for the district. */
    public PlaceLevel parentLevel() {
        return parentLevel;
    }

    public PlaceLevel childLevel() {
        for (PlaceLevel level : values()) {
            if (level.parentLevel == this) {
                return level;
            }
        }
        return null;
    }
}
