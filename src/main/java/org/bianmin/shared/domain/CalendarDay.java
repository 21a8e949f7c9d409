package org.bianmin.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One date that departs from the plain week: a holiday or a worked weekend day. The date itself is the key, since a
 * date has at most one such entry; only dates that differ are stored, every other date follows the week.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_NAME = 64;

    @Id
    @Column(name = "day", nullable = false, updatable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private CalendarDayKind kind;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected CalendarDay() {}

    public CalendarDay(LocalDate day, CalendarDayKind kind, String name) {
        this.day = Objects.requireNonNull(day, "day");
        change(kind, name);
    }

    /**
     * Corrects an entry, as an administrator does when the State Council notice was misread. A worked day must fall on
     * a weekend: on a weekday it would change nothing and only mislead whoever reads the list.
     */
    public void change(CalendarDayKind newKind, String newName) {
        if (newKind == null) {
            throw new BusinessException("calendar.error.kind");
        }
        if (newKind == CalendarDayKind.WORKDAY && !isWeekend(day)) {
            throw new BusinessException("calendar.error.workdayOnWeekday");
        }
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new BusinessException("calendar.error.name", MAX_NAME);
        }
        this.kind = newKind;
        this.name = trimmed;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    public LocalDate getDay() {
        return day;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }

    // The date is assigned, never generated, so it is a safe identity from the start.
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof CalendarDay that && day.equals(that.day));
    }

    @Override
    public int hashCode() {
        return day.hashCode();
    }

    @Override
    public String toString() {
        return "CalendarDay " + day + " " + kind + " " + name;
    }
}
