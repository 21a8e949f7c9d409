package org.bianmin.eldercare.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.bianmin.eldercare.domain.CareApplication;
import org.bianmin.eldercare.domain.CarePlan;
import org.bianmin.eldercare.domain.CarePlanRepository;
import org.bianmin.matter.application.MatterService;
import org.bianmin.matter.domain.Actor;
import org.bianmin.matter.domain.Applicant;
import org.bianmin.matter.domain.Channel;
import org.bianmin.matter.domain.Matter;
import org.bianmin.matter.domain.MatterType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files a reminder matter (复评提醒) for every running plan whose six-monthly review is due, routed by the dispatch
 * catalogue like any matter (by default to the elder's town). Running it twice changes nothing the second time: a plan
 * remembers the review date it was reminded for. A database lock keeps two server instances from running it at once,
 * as the workflow's own deadline check does.
 */
@Stateless
public class ReviewReminders {

    private static final Logger LOG = Logger.getLogger(ReviewReminders.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "bianmin")
    private EntityManager em;

    @Inject
    private CarePlanRepository plans;

    @Inject
    private MatterService matters;

    /** Working days the town has to carry out the review once reminded. */
    @Inject
    @ConfigProperty(name = "bianmin.care-reviews.promised-days", defaultValue = "10")
    private int promisedDays;

    /** @return how many reminders were filed, or -1 when another instance holds the lock */
    public int run(LocalDate today) {
        if (!lock()) {
            return -1;
        }
        try {
            List<Long> due = plans.needingReminder(today, BATCH);
            int filed = 0;
            Map<Long, CareApplication> applications = plans.applications(due.stream()
                    .map(id -> plans.find(id).orElseThrow().getApplicationId())
                    .toList());
            for (Long id : due) {
                CarePlan plan = plans.find(id).orElseThrow();
                if (!plan.needsReminder(today)) {
                    continue;
                }
                CareApplication application = applications.get(plan.getApplicationId());
                // the elder's name and ID number place the matter with the person; no phone, so the reminder itself
                // sends the elder nothing (the town calls before the visit)
                Applicant elder = new Applicant(
                        application.getElderName(), application.getElderIdNumber(), null, plan.getVillageCode());
                Matter matter = matters.file(
                        MatterType.ELDERCARE_REVIEW,
                        null,
                        "居家养老服务计划复评：申请 " + application.getTrackingNumber() + "，应于 " + plan.getNextReviewOn() + " 复评",
                        elder,
                        Channel.SYSTEM,
                        promisedDays,
                        Actor.system());
                plan.reminded(matter.getId());
                plans.save(plan);
                filed++;
            }
            int count = filed;
            LOG.info(() -> "Care reviews " + today + ": " + count + " reminders filed");
            return filed;
        } finally {
            unlock();
        }
    }

    private boolean lock() {
        Object got = em.createNativeQuery("select get_lock('bianmin.care-reviews', 0)")
                .getSingleResult();
        return got != null && ((Number) got).intValue() == 1;
    }

    private void unlock() {
        em.createNativeQuery("select release_lock('bianmin.care-reviews')").getSingleResult();
    }
}
