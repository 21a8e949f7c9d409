package org.bianmin.notice.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianmin.notice.application.DecisionReminderService;
import org.bianmin.notice.application.DecisionService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the result-disclosure reminder on the same interval as the matter workflow's deadline check
 * ({@code bianmin.deadlines.interval-seconds}, hourly by default); the check is idempotent.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DecisionReminderJob {

    private static final Logger LOG = Logger.getLogger(DecisionReminderJob.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private DecisionReminderService reminders;

    @Inject
    @ConfigProperty(name = "bianmin.deadlines.interval-seconds", defaultValue = "3600")
    private long intervalSeconds;

    @PostConstruct
    void schedule() {
        long millis = Math.max(5, intervalSeconds) * 1000L;
        timers.createIntervalTimer(millis, millis, new TimerConfig("decision-reminders", false));
    }

    @Timeout
    void run() {
        try {
            reminders.run(DecisionService.today());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Decision reminder check failed; it runs again at the next interval", e);
        }
    }
}
