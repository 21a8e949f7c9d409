package org.bianmin.rights.application;

import java.io.Serializable;
import java.util.List;
import org.bianmin.rights.domain.FeedbackFigures;
import org.bianmin.rights.domain.ItemKind;

/**
 * An item of the published list as read by anyone: its words, its feedback counts, and the latest public answers.
 *
 * @param answers the newest answered feedback (a few); {@code answeredCount} says how many there are in all
 */
public record PublicItem(
        String key,
        int position,
        ItemKind kind,
        String stageName,
        String title,
        String body,
        String basis,
        FeedbackFigures figures,
        List<PublicFeedback> answers,
        long answeredCount)
        implements Serializable {

    public boolean right() {
        return kind == ItemKind.RIGHT;
    }
}
