package org.bianmin.notice.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.bianmin.shared.application.SubmissionLimit;

/**
 * Stops a flood of objections: at most 10 in 15 minutes from one address, 40 from one kiosk (a village may queue at it
 * on the last day of a disclosure).
 */
@ApplicationScoped
public class ObjectionThrottle extends SubmissionLimit {

    static final int MAX_PER_ADDRESS = 10;
    static final int MAX_PER_KIOSK = 40;
    static final Duration WINDOW = Duration.ofMinutes(15);

    public ObjectionThrottle() {
        super(MAX_PER_ADDRESS, MAX_PER_KIOSK, WINDOW);
    }
}
