package org.bianmin.shared.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.CalendarDay;
import org.bianmin.shared.domain.CalendarDayKind;
import org.bianmin.shared.domain.CalendarRepository;

/**
 * The administrator enters each year's public holidays and the weekend days worked instead (调休) when the State
 * Council announces them, usually in November. Every change is audited and reaches the deadlines within minutes.
 */
@Stateless
public class CalendarService {

    @Inject
    private CalendarRepository days;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentUser currentUser;

    public List<CalendarDay> year(int year) {
        currentUser.require(Permission.CALENDAR_MANAGE);
        return days.findYear(year);
    }

    /** Adds a day, or changes it if it is already listed. */
    public void put(LocalDate day, CalendarDayKind kind, String name) {
        currentUser.require(Permission.CALENDAR_MANAGE);
        if (day == null) {
            throw new BusinessException("calendar.error.day");
        }
        List<CalendarDay> existing = days.findBetween(day, day);
        String before = existing.isEmpty()
                ? "-"
                : existing.get(0).getKind() + " " + existing.get(0).getName();
        CalendarDay entry;
        if (existing.isEmpty()) {
            entry = new CalendarDay(day, kind, name);
        } else {
            entry = existing.get(0);
            entry.change(kind, name);
        }
        days.save(entry);
        workingDays.forget();
        audit.record(
                AuditAction.CALENDAR_CHANGED,
                "calendar_day",
                day,
                "before: " + before + "; after: " + entry.getKind() + " " + entry.getName());
    }

    /** Removes a day from the list: it becomes an ordinary weekday or weekend day again. */
    public void remove(LocalDate day) {
        currentUser.require(Permission.CALENDAR_MANAGE);
        List<CalendarDay> existing = days.findBetween(day, day);
        if (!existing.isEmpty()) {
            CalendarDay entry = existing.get(0);
            days.delete(entry);
            workingDays.forget();
            audit.record(
                    AuditAction.CALENDAR_CHANGED,
                    "calendar_day",
                    day,
                    "removed: " + entry.getKind() + " " + entry.getName());
        }
    }
}
