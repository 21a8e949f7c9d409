package org.bianmin.rights.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A version's feedback summed three ways: in total, per item, and per town (统计: by type, answered %, adopted). */
public final class FeedbackStatistics implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of feedback whose town is unknown (anonymous feedback given online without choosing one). */
    public static final String UNKNOWN_TOWN = "";

    private final FeedbackFigures total = new FeedbackFigures();
    private final Map<Long, FeedbackFigures> byItem = new HashMap<>();
    private final Map<String, FeedbackFigures> byTown = new TreeMap<>();

    public static FeedbackStatistics of(List<FeedbackTally> tallies) {
        FeedbackStatistics statistics = new FeedbackStatistics();
        for (FeedbackTally tally : tallies) {
            statistics.total.add(tally);
            statistics
                    .byItem
                    .computeIfAbsent(tally.itemId(), id -> new FeedbackFigures())
                    .add(tally);
            statistics
                    .byTown
                    .computeIfAbsent(
                            tally.townCode() == null ? UNKNOWN_TOWN : tally.townCode(), t -> new FeedbackFigures())
                    .add(tally);
        }
        return statistics;
    }

    public FeedbackFigures total() {
        return total;
    }

    /** An item's figures; zeros for an item nobody commented on. */
    public FeedbackFigures item(long itemId) {
        return byItem.getOrDefault(itemId, FeedbackFigures.empty());
    }

    /** By town code, in code order; unknown towns under {@link #UNKNOWN_TOWN}. */
    public Map<String, FeedbackFigures> byTown() {
        return Collections.unmodifiableMap(byTown);
    }
}
