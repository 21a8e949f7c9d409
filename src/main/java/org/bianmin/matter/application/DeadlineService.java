package org.bianmin.matter.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.bianmin.identity.domain.Role;
import org.bianmin.identity.domain.UserAccount;
import org.bianmin.identity.domain.UserRepository;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterRepository;
import org.bianmin.place.domain.Office;
import org.bianmin.shared.application.WorkingDays;
import org.bianmin.shared.domain.WorkingDayCalendar;

/**
 * Reminders (催办) one working day before a due date, and escalation (督办) once it has passed. Running it twice
 * changes nothing the second time: each matter remembers the due date it was reminded for and whether it is already
 * overdue. A database lock keeps two server instances from running it at the same moment.
 */
@Stateless
public class DeadlineService {

    private static final Logger LOG = Logger.getLogger(DeadlineService.class.getName());
    private static final int BATCH = 2000;

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Inject
    private MatterRepository matters;

    @Inject
    private UserRepository users;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private MatterNotices notices;

    /** @return how many matters were reminded and escalated, or {@code null} when another instance holds the lock */
    public Result run(LocalDate today) {
        if (!lock()) {
            return null;
        }
        try {
            WorkingDayCalendar calendar = workingDays.calendar();
            // every matter due by the next working day might need a reminder or an escalation today
            LocalDate horizon = calendar.addWorkingDays(today, 1);
            int reminded = 0;
            int escalated = 0;
            for (Long id : matters.openDueBy(horizon, BATCH)) {
                Matter matter = matters.find(id).orElseThrow();
                if (matter.remindIfDue(today, calendar)) {
                    notices.reminded(matter);
                    reminded++;
                }
                if (matter.markOverdueIfLate(today)) {
                    notices.escalated(matter, leadersToTell(matter.getOffice()));
                    escalated++;
                }
            }
            Result result = new Result(reminded, escalated);
            LOG.info(() -> "Deadlines " + today + ": " + result.reminded() + " reminded, " + result.escalated()
                    + " escalated");
            return result;
        } finally {
            unlock();
        }
    }

    /** The leaders of the office and of the office supervising it. */
    private List<Long> leadersToTell(Office office) {
        List<Long> ids = new ArrayList<>();
        users.findEnabledByOfficeAndRole(office.getId(), Role.TOWN_LEADER).stream()
                .map(UserAccount::getId)
                .forEach(ids::add);
        if (office.getSupervisor() != null) {
            users.findEnabledByOffice(office.getSupervisor().getId()).stream()
                    .map(UserAccount::getId)
                    .forEach(ids::add);
        }
        return ids;
    }

    private boolean lock() {
        Object got =
                em.createNativeQuery("select get_lock('bianmin.deadlines', 0)").getSingleResult();
        return got != null && ((Number) got).intValue() == 1;
    }

    private void unlock() {
        em.createNativeQuery("select release_lock('bianmin.deadlines')").getSingleResult();
    }

    public record Result(int reminded, int escalated) {}
}
