package org.bianmin.shared.domain;

/** Sex as the resident identity number records it (its 17th digit: odd for men, even for women). */
public enum Sex {
    MALE,
    FEMALE
}
