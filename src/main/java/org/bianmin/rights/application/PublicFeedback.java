package org.bianmin.rights.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.bianmin.rights.domain.FeedbackType;

/**
 * Feedback as the public sees it: what was said and answered, when, and from which town; whether it was named, never
 * by whom.
 *
 * @param adoptedInVersion the version that took it up, if any
 */
public record PublicFeedback(
        long id,
        int versionNumber,
        FeedbackType type,
        String text,
        LocalDateTime submittedAt,
        String townName,
        boolean named,
        String answer,
        LocalDateTime answeredAt,
        Integer adoptedInVersion)
        implements Serializable {

    public boolean answered() {
        return answer != null;
    }
}
