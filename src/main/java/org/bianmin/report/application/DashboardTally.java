package org.bianmin.report.application;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bianmin.matter.domain.RatingLevel;
import org.bianmin.shared.domain.WorkingDayCalendar;

/**
 * Adds up what {@link ReportQueries} returns, per office and per town (the first nine digits of the village code).
 * Pure: the rules of the figures live here and in {@link Figures}, where the tests can reach them.
 */
public final class DashboardTally {

    /** A town's division code is the first nine digits of its villages' twelve. */
    static final int TOWN_CODE_LENGTH = 9;

    private final WorkingDayCalendar calendar;
    private final Map<Long, Figures> byOffice = new HashMap<>();
    private final Map<String, Figures> byTown = new TreeMap<>();

    public DashboardTally(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public static String townCodeOf(String villageCode) {
        if (villageCode == null) {
            return "";
        }
        return villageCode.length() <= TOWN_CODE_LENGTH ? villageCode : villageCode.substring(0, TOWN_CODE_LENGTH);
    }

    /**
     * On time when resolved on or before the due date, whatever the hour; a matter that never had a due date was
     * never late.
     */
    public static boolean onTime(ReportQueries.Resolution resolution) {
        return resolution.dueDate() == null
                || !resolution.resolvedAt().toLocalDate().isAfter(resolution.dueDate());
    }

    /** Working days from submission to resolution: the day of submission does not count, as for the due date. */
    public int workingDays(ReportQueries.Resolution resolution) {
        return calendar.workingDaysBetween(
                resolution.submittedAt().toLocalDate(), resolution.resolvedAt().toLocalDate());
    }

    public DashboardTally received(ReportQueries.Tally tally) {
        add(tally.officeId(), tally.villageCode(), new Figures(tally.count(), 0, 0, 0, 0, 0, 0, 0));
        return this;
    }

    public DashboardTally open(ReportQueries.OpenTally tally) {
        long overdue = tally.overdue() ? tally.count() : 0;
        add(tally.officeId(), tally.villageCode(), new Figures(0, tally.count(), overdue, 0, 0, 0, 0, 0));
        return this;
    }

    public DashboardTally rated(ReportQueries.RatingTally tally) {
        long satisfied = satisfied(tally.level()) ? tally.count() : 0;
        add(tally.officeId(), tally.villageCode(), new Figures(0, 0, 0, 0, 0, 0, tally.count(), satisfied));
        return this;
    }

    public DashboardTally resolved(ReportQueries.Resolution resolution) {
        add(
                resolution.officeId(),
                resolution.villageCode(),
                new Figures(0, 0, 0, 1, onTime(resolution) ? 1 : 0, workingDays(resolution), 0, 0));
        return this;
    }

    private void add(long officeId, String villageCode, Figures figures) {
        byOffice.merge(officeId, figures, Figures::plus);
        byTown.merge(townCodeOf(villageCode), figures, Figures::plus);
    }

    /** The figures of an office; all zero for an office with nothing in the period. */
    public Figures office(long officeId) {
        return byOffice.getOrDefault(officeId, Figures.NONE);
    }

    /** The figures of every town with any matter, by town code. */
    public Map<String, Figures> towns() {
        return Collections.unmodifiableMap(byTown);
    }

    /** Every office's figures together. */
    public Figures total() {
        return byOffice.values().stream().reduce(Figures.NONE, Figures::plus);
    }

    /** Whether a rating counts as satisfied (满意率): basically satisfied or better. */
    public static boolean satisfied(RatingLevel level) {
        return level != null && !level.isBad();
    }
}
