package org.bianmin.matter.infrastructure;

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
import org.bianmin.matter.application.DeadlineService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the reminder and escalation check at a fixed interval (hourly by default; it is idempotent, so running it more
 * often only makes reminders more punctual). The interval is configuration so tests can move the clock and watch.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private DeadlineService deadlines;

    @Inject
    @ConfigProperty(name = "bianmin.deadlines.interval-seconds", defaultValue = "3600")
    private long intervalSeconds;

    @PostConstruct
    void schedule() {
        long millis = Math.max(5, intervalSeconds) * 1000L;
        timers.createIntervalTimer(millis, millis, new TimerConfig("deadlines", false));
    }

    @Timeout
    void run() {
        try {
            deadlines.run(LocalDate.now());
        } catch (RuntimeException e) {
            // the next run tries again; one bad run must not cancel the timer
            LOG.log(Level.WARNING, "Deadline check failed; it runs again at the next interval", e);
        }
    }
}
