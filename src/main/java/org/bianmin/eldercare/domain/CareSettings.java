package org.bianmin.eldercare.domain;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.bianmin.shared.domain.BusinessException;

/**
 * The numbers that shape the process: the minimum age to apply, the posting's length in calendar days and each
 * stage's deadline in working days. Read once per use case from {@code care_setting}; missing rows take the defaults.
 */
public record CareSettings(Map<Key, Integer> values) implements Serializable {

    /** What can be set, with its default and bounds. */
    public enum Key {
        MINIMUM_AGE(60, 50, 100),
        POSTING_DAYS(7, 1, 30),
        DAYS_VILLAGE_CHECK(10, 1, 60),
        DAYS_TOWN_VERIFICATION(7, 1, 60),
        DAYS_ABILITY_ASSESSMENT(15, 1, 60),
        DAYS_DISTRICT_APPROVAL(10, 1, 60),
        DAYS_SERVICE_PLAN(10, 1, 60);

        private final int defaultValue;
        private final int min;
        private final int max;

        Key(int defaultValue, int min, int max) {
            this.defaultValue = defaultValue;
            this.min = min;
            this.max = max;
        }

        public int defaultValue() {
            return defaultValue;
        }

        public void check(int value) {
            if (value < min || value > max) {
                throw new BusinessException("eldercare.error.settingRange", min, max);
            }
        }
    }

    public CareSettings {
        Map<Key, Integer> copy = new EnumMap<>(Key.class);
        for (Key key : Key.values()) {
            Integer v = values == null ? null : values.get(key);
            copy.put(key, v == null ? key.defaultValue() : v);
        }
        values = Map.copyOf(copy);
    }

    public static CareSettings defaults() {
        return new CareSettings(Map.of());
    }

    public int get(Key key) {
        return values.get(key);
    }

    public int minimumAge() {
        return get(Key.MINIMUM_AGE);
    }

    public int postingDays() {
        return get(Key.POSTING_DAYS);
    }

    /** The working days a stage is given; 0 for stages without a deadline (in service, refused). */
    public int workingDays(Stage stage) {
        return switch (stage) {
            case VILLAGE_CHECK -> get(Key.DAYS_VILLAGE_CHECK);
            case TOWN_VERIFICATION -> get(Key.DAYS_TOWN_VERIFICATION);
            case ABILITY_ASSESSMENT -> get(Key.DAYS_ABILITY_ASSESSMENT);
            case DISTRICT_APPROVAL -> get(Key.DAYS_DISTRICT_APPROVAL);
            case SERVICE_PLAN -> get(Key.DAYS_SERVICE_PLAN);
            case IN_SERVICE, REFUSED -> 0;
        };
    }
}
