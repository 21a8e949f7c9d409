package org.bianmin.shared.domain;

/** Why a date departs from the plain Monday-to-Friday week. */
public enum CalendarDayKind {
    /** A public holiday (法定节假日): no work, even on a weekday. */
    HOLIDAY,
    /** A Saturday or Sunday worked to make up for a holiday (调休上班). */
    WORKDAY
}
