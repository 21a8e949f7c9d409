package org.bianmin.eldercare.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianmin.eldercare.application.ReviewReminders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for home-care plans due for review, the same way and at the same interval as the workflow's deadline check
 * ({@code DeadlineJob}: an EJB interval timer, hourly by default, {@code BIANMIN_DEADLINES_INTERVAL_SECONDS}). A review
 * falls due on a date, so the first run of the day files its reminders and the later ones find nothing to do.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class ReviewReminderJob {

    private static final Logger LOG = Logger.getLogger(ReviewReminderJob.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ReviewReminders reminders;

    @Inject
    @ConfigProperty(name = "bianmin.deadlines.interval-seconds", defaultValue = "3600")
    private long intervalSeconds;

    @PostConstruct
    void schedule() {
        long millis = Math.max(5, intervalSeconds) * 1000L;
        timers.createIntervalTimer(millis, millis, new TimerConfig("care-reviews", false));
    }

    @Timeout
    void run() {
        try {
            reminders.run(LocalDate.now());
        } catch (RuntimeException e) {
            // the next run tries again; one bad run must not cancel the timer
            LOG.log(Level.WARNING, "Care review reminders failed; they run again at the next interval", e);
        }
    }
}
