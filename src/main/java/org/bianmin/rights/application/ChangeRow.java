package org.bianmin.rights.application;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.bianmin.rights.domain.ItemKind;
import org.bianmin.rights.domain.ListDiff;
import org.bianmin.rights.domain.TextDiff;

/**
 * One row of a side-by-side comparison of two versions, with the feedback the new item took up.
 *
 * @param beforePosition null when added; {@code afterPosition} null when removed
 */
public record ChangeRow(
        String key,
        ListDiff.Change change,
        Set<ListDiff.Part> parts,
        Integer beforePosition,
        Integer afterPosition,
        ItemKind beforeKind,
        ItemKind afterKind,
        String beforeStage,
        String afterStage,
        List<TextDiff.Segment> titleBefore,
        List<TextDiff.Segment> titleAfter,
        List<TextDiff.Segment> bodyBefore,
        List<TextDiff.Segment> bodyAfter,
        List<TextDiff.Segment> basisBefore,
        List<TextDiff.Segment> basisAfter,
        List<PublicFeedback> adopted)
        implements Serializable {

    public boolean changed(String part) {
        return parts.contains(ListDiff.Part.valueOf(part));
    }

    public boolean unchanged() {
        return change == ListDiff.Change.UNCHANGED;
    }
}
