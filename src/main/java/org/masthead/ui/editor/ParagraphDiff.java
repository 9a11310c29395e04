package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a text, paragraph by paragraph: a longest common
 * subsequence over the paragraph texts. Equal leading and trailing paragraphs are stripped
 * first, so the quadratic table only covers the changed middle (edits to a long article are
 * usually local). No JavaFX, so it is tested on its own.
 */
public final class ParagraphDiff {

    public enum Op { SAME, ADDED, REMOVED }

    public record Line(Op op, String text) {
    }

    /** Above this many cells the middle is shown as all removed, then all added. */
    static final long MAX_CELLS = 4_000_000L;

    private ParagraphDiff() {
    }

    /** The edit script turning {@code before} into {@code after}, removals before additions. */
    public static List<Line> diff(List<String> before, List<String> after) {
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) start++;
        int endB = before.size();
        int endA = after.size();
        while (endB > start && endA > start && before.get(endB - 1).equals(after.get(endA - 1))) {
            endB--;
            endA--;
        }
        List<Line> out = new ArrayList<>(before.size() + after.size());
        for (int i = 0; i < start; i++) out.add(new Line(Op.SAME, before.get(i)));
        middle(before.subList(start, endB), after.subList(start, endA), out);
        for (int i = endB; i < before.size(); i++) out.add(new Line(Op.SAME, before.get(i)));
        return out;
    }

    private static void middle(List<String> b, List<String> a, List<Line> out) {
        int n = b.size();
        int m = a.size();
        if ((long) n * m > MAX_CELLS) {
            for (String s : b) out.add(new Line(Op.REMOVED, s));
            for (String s : a) out.add(new Line(Op.ADDED, s));
            return;
        }
        // lcs[i][j] = length of the LCS of b[i..] and a[j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = b.get(i).equals(a.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (b.get(i).equals(a.get(j))) {
                out.add(new Line(Op.SAME, b.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Op.REMOVED, b.get(i++)));
            } else {
                out.add(new Line(Op.ADDED, a.get(j++)));
            }
        }
        while (i < n) out.add(new Line(Op.REMOVED, b.get(i++)));
        while (j < m) out.add(new Line(Op.ADDED, a.get(j++)));
    }

    /**
     * The changed lines with {@code context} unchanged lines around each change; a run of
     * unchanged lines left out is one {@code null} entry, shown as a gap.
     */
    public static List<Line> changesWithContext(List<Line> lines, int context) {
        boolean[] keep = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).op() == Op.SAME) continue;
            for (int k = Math.max(0, i - context); k <= Math.min(lines.size() - 1, i + context); k++) keep[k] = true;
        }
        List<Line> out = new java.util.ArrayList<>();
        boolean gap = false;
        for (int i = 0; i < lines.size(); i++) {
            if (keep[i]) {
                if (gap) out.add(null);
                gap = false;
                out.add(lines.get(i));
            } else {
                gap = true;
            }
        }
        if (out.isEmpty()) return out;
        if (gap) out.add(null);
        return out;
    }
}
