package org.bianmin.rights.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts, character by character (Chinese has no spaces to split words at): the longest
 * common subsequence of code points, as runs of kept, deleted and inserted text. Side by side, the old text shows what
 * was kept and deleted, the new one what was kept and inserted.
 */
public final class TextDiff {

    /** Above this many cells (after the common start and end are cut off) the middle is shown as replaced whole. */
    private static final long MAX_CELLS = 4_000_000L;

    public enum Op {
        SAME,
        DELETED,
        INSERTED
    }

    /** One run of text. Getters for the pages: Jakarta EL 5 does not see record accessors. */
    public record Segment(Op op, String text) implements Serializable {

        public Op getOp() {
            return op;
        }

        public String getText() {
            return text;
        }
    }

    private TextDiff() {}

    public static List<Segment> of(String before, String after) {
        int[] a = (before == null ? "" : before).codePoints().toArray();
        int[] b = (after == null ? "" : after).codePoints().toArray();
        int start = 0;
        while (start < a.length && start < b.length && a[start] == b[start]) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
            endA--;
            endB--;
        }
        Runs runs = new Runs();
        runs.add(Op.SAME, a, 0, start);
        middle(a, start, endA, b, start, endB, runs);
        runs.add(Op.SAME, a, endA, a.length);
        return runs.segments;
    }

    private static void middle(int[] a, int fromA, int toA, int[] b, int fromB, int toB, Runs runs) {
        int n = toA - fromA;
        int m = toB - fromB;
        if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
            runs.add(Op.DELETED, a, fromA, toA);
            runs.add(Op.INSERTED, b, fromB, toB);
            return;
        }
        // lcs[i][j]: length of the longest common subsequence of a[fromA+i..toA) and b[fromB+j..toB)
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] =
                        a[fromA + i] == b[fromB + j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[fromA + i] == b[fromB + j]) {
                runs.add(Op.SAME, a, fromA + i, fromA + i + 1);
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                runs.add(Op.DELETED, a, fromA + i, fromA + i + 1);
                i++;
            } else {
                runs.add(Op.INSERTED, b, fromB + j, fromB + j + 1);
                j++;
            }
        }
        runs.add(Op.DELETED, a, fromA + i, toA);
        runs.add(Op.INSERTED, b, fromB + j, toB);
    }

    /** Whether the two texts differ at all. */
    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.op() != Op.SAME);
    }

    /** The old text's side: kept and deleted runs. */
    public static List<Segment> before(List<Segment> segments) {
        return segments.stream().filter(s -> s.op() != Op.INSERTED).toList();
    }

    /** The new text's side: kept and inserted runs. */
    public static List<Segment> after(List<Segment> segments) {
        return segments.stream().filter(s -> s.op() != Op.DELETED).toList();
    }

    /** Collects code points into runs, joining neighbours of the same kind. */
    private static final class Runs {
        private final List<Segment> segments = new ArrayList<>();
        private Op op;
        private StringBuilder text;

        void add(Op kind, int[] points, int from, int to) {
            if (from >= to) {
                return;
            }
            String piece = new String(points, from, to - from);
            if (kind == op) {
                text.append(piece);
                segments.set(segments.size() - 1, new Segment(op, text.toString()));
            } else {
                op = kind;
                text = new StringBuilder(piece);
                segments.add(new Segment(op, piece));
            }
        }
    }
}
