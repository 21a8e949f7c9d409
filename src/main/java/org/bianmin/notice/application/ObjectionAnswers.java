package org.bianmin.notice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bianmin.matter.application.MatterResolved;
import org.bianmin.matter.domain.MatterType;
import org.bianmin.notice.domain.ObjectionRepository;

/**
 * When the town office resolves an objection's matter, its reply becomes the answer shown on the public notice, in the
 * same transaction (as rights feedback does). The person hears of it from the workflow's resolved message.
 */
@ApplicationScoped
public class ObjectionAnswers {

    @Inject
    private ObjectionRepository objections;

    @Inject
    private Event<BoardChanged> changed;

    void onResolved(@Observes MatterResolved resolved) {
        if (resolved.type() != MatterType.NOTICE_OBJECTION) {
            return;
        }
        objections.findByMatter(resolved.matterId()).ifPresent(objection -> {
            if (objection.answeredThroughMatter(resolved.reply(), resolved.at())) {
                objections.save(objection);
                changed.fire(new BoardChanged(objection.getDecisionId()));
            }
        });
    }
}
