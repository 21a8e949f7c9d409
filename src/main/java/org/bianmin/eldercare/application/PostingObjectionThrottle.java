package org.bianmin.eldercare.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.bianmin.shared.application.SubmissionLimit;

/**
 * Stops a flood of objections to home-care postings: at most 10 in 15 minutes from one address, 40 from one kiosk,
 * like objections to village notices.
 */
@ApplicationScoped
public class PostingObjectionThrottle extends SubmissionLimit {

    static final int MAX_PER_ADDRESS = 10;
    static final int MAX_PER_KIOSK = 40;
    static final Duration WINDOW = Duration.ofMinutes(15);

    public PostingObjectionThrottle() {
        super(MAX_PER_ADDRESS, MAX_PER_KIOSK, WINDOW);
    }
}
