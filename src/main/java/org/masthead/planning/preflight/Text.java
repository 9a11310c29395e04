package org.masthead.planning.preflight;

import java.util.List;
import org.masthead.model.text.Block;

/**
 * What a text has that the checks' patterns need, found in one pass, so that most texts skip
 * the regex scans. A mark is set whenever the pattern that needs it could match (a match is then
 * still decided by the pattern itself): a text may have a mark and no match, never a match
 * without the mark. "Any case" is ASCII case, as {@code (?i)} without UNICODE_CASE means it.
 */
final class Text {

    /** A digit 0-9, which {@code \\d} needs (without UNICODE_CHARACTER_CLASS). */
    static final int DIGIT = 1;
    /** "series" in any case, which a "4-parts series" needs. */
    static final int SERIES = 2;
    /** "next" in any case, which a next-part teaser needs. */
    static final int NEXT = 4;
    /** A colon, an opening bracket or "TK": what a note to the desk needs. */
    static final int DESK = 8;
    /** Two spaces in a row. */
    static final int DOUBLE_SPACE = 16;

    private Text() {
    }

    /** Which of the marks above {@code s} has, in one pass (0 for {@code null}). */
    static int marks(String s) {
        if (s == null) return 0;
        int m = 0;
        char prev = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 'A') {
                if (c >= '0' && c <= '9') m |= DIGIT;
                else if (c == ':') m |= DESK;
                else if (c == ' ' && prev == ' ') m |= DOUBLE_SPACE;
            } else if (c == '[') {
                m |= DESK;
            } else if (c == 'K') {
                if (prev == 'T') m |= DESK;
            } else {
                int l = c | 0x20;
                if (l == 's') {
                    if ((m & SERIES) == 0 && at(s, i, "series")) m |= SERIES;
                } else if (l == 'n') {
                    if ((m & NEXT) == 0 && at(s, i, "next")) m |= NEXT;
                }
            }
            prev = c;
        }
        return m;
    }

    /** True when {@code word} (lower-case ASCII) is at {@code i} in {@code s}, in any mix of ASCII case. */
    private static boolean at(String s, int i, String word) {
        if (i + word.length() > s.length()) return false;
        for (int k = 0; k < word.length(); k++) if ((s.charAt(i + k) | 0x20) != word.charAt(k)) return false;
        return true;
    }

    /** {@link #marks(String)} of the text each block shows: a text block's text, a figure's caption; 0 for others. */
    static int[] marks(List<Block> blocks) {
        int[] m = new int[blocks.size()];
        for (int i = 0; i < m.length; i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.TextBlock t) m[i] = marks(t.text());
            else if (b instanceof Block.Figure f) m[i] = marks(f.caption());
        }
        return m;
    }
}
