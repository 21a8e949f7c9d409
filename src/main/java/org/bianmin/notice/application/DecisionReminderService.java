package org.bianmin.notice.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;
import org.bianmin.notice.domain.DecisionMatter;
import org.bianmin.notice.domain.DecisionRepository;
import org.bianmin.notification.application.NotificationTemplates;
import org.bianmin.notification.application.Notifications;

/**
 * Reminds the clerk who opened a matter when its result disclosure (实施结果公开) is due and not made. Runs like the
 * matter workflow's deadline check (see {@code matter.application.DeadlineService}): idempotent (a matter remembers it
 * was reminded), and a database lock keeps two server instances from running it at once.
 */
@Stateless
public class DecisionReminderService {

    private static final Logger LOG = Logger.getLogger(DecisionReminderService.class.getName());
    private static final int BATCH = 2000;
    private static final int TITLE_IN_SMS = 20;

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private Notifications notifications;

    /** @return how many clerks were reminded, or -1 when another instance holds the lock */
    public int run(LocalDate today) {
        if (!lock()) {
            return -1;
        }
        try {
            int reminded = 0;
            for (Long id : decisions.resultDueBy(today, BATCH)) {
                DecisionMatter matter = decisions.find(id).orElseThrow();
                if (matter.remindResultIfDue(today)) {
                    String title = matter.getTitle();
                    notifications.toStaff(
                            matter.getCreatedBy(),
                            NotificationTemplates.DECISION_RESULT_DUE,
                            Map.of(
                                    "title",
                                    title.length() > TITLE_IN_SMS ? title.substring(0, TITLE_IN_SMS) + "…" : title,
                                    "dueDate",
                                    matter.getResultDueOn().toString()),
                            "decision-" + id);
                    reminded++;
                }
            }
            int count = reminded;
            LOG.info(() -> "Decision results " + today + ": " + count + " reminded");
            return reminded;
        } finally {
            unlock();
        }
    }

    private boolean lock() {
        Object got =
                em.createNativeQuery("select get_lock('bianmin.decisions', 0)").getSingleResult();
        return got != null && ((Number) got).intValue() == 1;
    }

    private void unlock() {
        em.createNativeQuery("select release_lock('bianmin.decisions')").getSingleResult();
    }
}
