package org.bianmin.rights.application;

import java.io.Serializable;
import java.util.List;
import org.bianmin.rights.domain.FeedbackFigures;
import org.bianmin.rights.domain.ItemKind;

/** A version's feedback in figures: in total, per item, per town. */
public record VersionStatistics(
        long versionId, int number, String title, FeedbackFigures total, List<ItemLine> items, List<TownLine> towns)
        implements Serializable {

    /** One item's figures. */
    public record ItemLine(int position, String key, ItemKind kind, String stage, String title, FeedbackFigures figures)
            implements Serializable {}

    /**
     * One town's figures.
     *
     * @param town null for feedback whose town is unknown
     */
    public record TownLine(String code, String town, FeedbackFigures figures) implements Serializable {}
}
