package org.bianmin.rights.domain;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts for some feedback (a version, an item, a town): visible feedback by type, how many were hidden, how many of
 * those that ask for an answer (suggestions, objections, questions) were answered, and how many a later version took
 * up. Hidden feedback counts only as hidden.
 */
public final class FeedbackFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<FeedbackType, Long> byType = new EnumMap<>(FeedbackType.class);
    private long hidden;
    private long answerable;
    private long answered;
    private long adopted;

    public static FeedbackFigures empty() {
        return new FeedbackFigures();
    }

    void add(FeedbackTally tally) {
        if (tally.hidden()) {
            hidden += tally.count();
            return;
        }
        byType.merge(tally.type(), tally.count(), Long::sum);
        if (tally.type().textRequired()) {
            answerable += tally.count();
            if (tally.answered()) {
                answered += tally.count();
            }
        }
        if (tally.adopted()) {
            adopted += tally.count();
        }
    }

    public long count(FeedbackType type) {
        return byType.getOrDefault(type, 0L);
    }

    /** Visible feedback of every type. */
    public long getTotal() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }

    public long getAgree() {
        return count(FeedbackType.AGREE);
    }

    public long getSuggest() {
        return count(FeedbackType.SUGGEST);
    }

    public long getObject() {
        return count(FeedbackType.OBJECT);
    }

    public long getAsk() {
        return count(FeedbackType.ASK);
    }

    public long getHidden() {
        return hidden;
    }

    /** Visible suggestions, objections and questions: what the office should answer. */
    public long getAnswerable() {
        return answerable;
    }

    public long getAnswered() {
        return answered;
    }

    /** Answered as a whole percentage of what should be answered; null when nothing asked for an answer. */
    public Integer getAnsweredPercent() {
        return answerable == 0 ? null : (int) Math.round(answered * 100.0 / answerable);
    }

    public long getAdopted() {
        return adopted;
    }
}
