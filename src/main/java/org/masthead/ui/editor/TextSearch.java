package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.List;

/** Finding a literal string in text, with or without case. Pure, for find and replace. */
public final class TextSearch {

    private TextSearch() {
    }

    /** The offset of the next match at or after {@code from}, wrapping around; -1 if none. */
    public static int next(String text, String query, int from, boolean matchCase) {
        if (query.isEmpty()) return -1;
        int i = indexOf(text, query, Math.max(0, from), matchCase);
        return i >= 0 ? i : indexOf(text, query, 0, matchCase);
    }

    /** The offset of the last match starting before {@code before}, wrapping around; -1 if none. */
    public static int previous(String text, String query, int before, boolean matchCase) {
        if (query.isEmpty()) return -1;
        int i = lastIndexOf(text, query, before - 1, matchCase);
        return i >= 0 ? i : lastIndexOf(text, query, text.length(), matchCase);
    }

    /** Every non-overlapping match, in order. */
    public static List<Integer> all(String text, String query, boolean matchCase) {
        List<Integer> out = new ArrayList<>();
        if (query.isEmpty()) return out;
        int i = indexOf(text, query, 0, matchCase);
        while (i >= 0) {
            out.add(i);
            i = indexOf(text, query, i + query.length(), matchCase);
        }
        return out;
    }

    static int indexOf(String text, String q, int from, boolean matchCase) {
        if (matchCase) return text.indexOf(q, from);
        for (int i = from; i <= text.length() - q.length(); i++) {
            if (text.regionMatches(true, i, q, 0, q.length())) return i;
        }
        return -1;
    }

    static int lastIndexOf(String text, String q, int from, boolean matchCase) {
        if (matchCase) return text.lastIndexOf(q, from);
        for (int i = Math.min(from, text.length() - q.length()); i >= 0; i--) {
            if (text.regionMatches(true, i, q, 0, q.length())) return i;
        }
        return -1;
    }
}
