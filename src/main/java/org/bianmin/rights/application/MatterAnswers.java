package org.bianmin.rights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bianmin.matter.application.MatterResolved;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.rights.domain.FeedbackRepository;

/**
 * When the office resolves a matter that named feedback became, its reply is the answer shown under the item, in the
 * same transaction. The person hears of it from the workflow (the resolved message with the tracking link).
 */
@ApplicationScoped
public class MatterAnswers {

    @Inject
    private FeedbackRepository feedbacks;

    void onResolved(@Observes MatterResolved resolved) {
        if (resolved.type() != MatterType.RIGHTS_FEEDBACK) {
            return;
        }
        feedbacks.findByMatter(resolved.matterId()).ifPresent(feedback -> {
            if (feedback.answeredThroughMatter(resolved.reply(), resolved.by(), resolved.at())) {
                feedbacks.save(feedback);
            }
        });
    }
}
