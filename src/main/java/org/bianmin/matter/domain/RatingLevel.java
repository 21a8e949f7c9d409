package org.bianmin.matter.domain;

/** 好差评: the five answers a villager can give. The last two are a bad rating, sent back for rectification. */
public enum RatingLevel {
    VERY_SATISFIED,
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED,
    VERY_DISSATISFIED;

    public boolean isBad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
