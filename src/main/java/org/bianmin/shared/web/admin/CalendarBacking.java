package org.bianmin.shared.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.bianmin.shared.application.CalendarService;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.CalendarDay;
import org.bianmin.shared.domain.CalendarDayKind;
import org.bianmin.shared.web.Messages;

/** /admin/calendar: a year's public holidays and worked weekend days (调休). */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarService calendar;

    private int year = LocalDate.now().getYear();
    private List<CalendarDay> days;
    private LocalDate day;
    private CalendarDayKind kind = CalendarDayKind.HOLIDAY;
    private String name;

    @PostConstruct
    void load() {
        days = calendar.year(year);
    }

    public void changeYear() {
        load();
    }

    public void put() {
        try {
            calendar.put(day, kind, name);
            Messages.info("admin_calendar.saved", String.valueOf(day));
            day = null;
            name = null;
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        load();
    }

    public void remove(CalendarDay entry) {
        calendar.remove(entry.getDay());
        Messages.info("admin_calendar.removed", String.valueOf(entry.getDay()));
        load();
    }

    public CalendarDayKind[] getKinds() {
        return CalendarDayKind.values();
    }

    public List<CalendarDay> getDays() {
        return days;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = Math.max(2000, Math.min(2100, year));
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public void setKind(CalendarDayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
