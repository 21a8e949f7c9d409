package org.bianmin.rights.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.bianmin.shared.application.SubmissionLimit;

/**
 * Stops a flood of feedback: at most 20 submissions in 15 minutes from one address, 60 from one kiosk (a village
 * queues at it).
 */
@ApplicationScoped
public class FeedbackThrottle extends SubmissionLimit {

    static final int MAX_PER_ADDRESS = 20;
    static final int MAX_PER_KIOSK = 60;
    static final Duration WINDOW = Duration.ofMinutes(15);

    public FeedbackThrottle() {
        super(MAX_PER_ADDRESS, MAX_PER_KIOSK, WINDOW);
    }
}
