package org.bianmin.rights.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed from one version to the next, item by item (items are matched by key): side-by-side rows in the new
 * version's order, with each removed item where it used to stand. A first version has nothing before it: every item is
 * added.
 */
public final class ListDiff {

    public enum Change {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }

    /** The parts of an item that can change. */
    public enum Part {
        KIND,
        STAGE,
        TITLE,
        BODY,
        BASIS
    }

    /**
     * One row of the side-by-side view.
     *
     * @param before the item in the older version; null when added
     * @param after the item in the newer version; null when removed
     */
    public record Row(
            Change change,
            ListItem before,
            ListItem after,
            Set<Part> changedParts,
            List<TextDiff.Segment> titleBefore,
            List<TextDiff.Segment> titleAfter,
            List<TextDiff.Segment> bodyBefore,
            List<TextDiff.Segment> bodyAfter,
            List<TextDiff.Segment> basisBefore,
            List<TextDiff.Segment> basisAfter)
            implements Serializable {

        public String key() {
            return after != null ? after.getKey() : before.getKey();
        }
    }

    private ListDiff() {}

    public static List<Row> between(ListVersion older, ListVersion newer) {
        List<ListItem> oldItems = older == null ? List.of() : older.getItems();
        List<ListItem> newItems = newer.getItems();
        Map<String, ListItem> oldByKey = new HashMap<>();
        oldItems.forEach(i -> oldByKey.put(i.getKey(), i));
        Set<String> newKeys = new HashSet<>();
        newItems.forEach(i -> newKeys.add(i.getKey()));

        List<Row> rows = new ArrayList<>();
        for (ListItem item : newItems) {
            rows.add(row(oldByKey.get(item.getKey()), item));
        }
        // each removed item goes right after the row of the nearest item that stood before it and is still there
        for (int i = 0; i < oldItems.size(); i++) {
            ListItem removed = oldItems.get(i);
            if (newKeys.contains(removed.getKey())) {
                continue;
            }
            int at = 0;
            for (int k = i - 1; k >= 0; k--) {
                int index = indexOfBefore(rows, oldItems.get(k).getKey());
                if (index >= 0) {
                    at = index + 1;
                    break;
                }
            }
            rows.add(at, row(removed, null));
        }
        return List.copyOf(rows);
    }

    private static int indexOfBefore(List<Row> rows, String key) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).before() != null && rows.get(r).before().getKey().equals(key)) {
                return r;
            }
        }
        return -1;
    }

    static Row row(ListItem before, ListItem after) {
        List<TextDiff.Segment> title = TextDiff.of(text(before, Part.TITLE), text(after, Part.TITLE));
        List<TextDiff.Segment> body = TextDiff.of(text(before, Part.BODY), text(after, Part.BODY));
        List<TextDiff.Segment> basis = TextDiff.of(text(before, Part.BASIS), text(after, Part.BASIS));
        Set<Part> parts = EnumSet.noneOf(Part.class);
        Change change;
        if (before == null) {
            change = Change.ADDED;
        } else if (after == null) {
            change = Change.REMOVED;
        } else {
            if (before.getKind() != after.getKind()) {
                parts.add(Part.KIND);
            }
            if (!before.getStage().getCode().equals(after.getStage().getCode())) {
                parts.add(Part.STAGE);
            }
            if (TextDiff.changed(title)) {
                parts.add(Part.TITLE);
            }
            if (TextDiff.changed(body)) {
                parts.add(Part.BODY);
            }
            if (TextDiff.changed(basis)) {
                parts.add(Part.BASIS);
            }
            change = parts.isEmpty() ? Change.UNCHANGED : Change.CHANGED;
        }
        return new Row(
                change,
                before,
                after,
                parts,
                TextDiff.before(title),
                TextDiff.after(title),
                TextDiff.before(body),
                TextDiff.after(body),
                TextDiff.before(basis),
                TextDiff.after(basis));
    }

    private static String text(ListItem item, Part part) {
        if (item == null) {
            return "";
        }
        String text =
                switch (part) {
                    case TITLE -> item.getTitle();
                    case BODY -> item.getBody();
                    case BASIS -> item.getBasis();
                    default -> "";
                };
        return text == null ? "" : text;
    }
}
