package org.masthead.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A search result: the list row and a snippet of the text around the match, in which each
 * matched stretch is enclosed in {@link #OPEN} and {@link #CLOSE} (⟦ and ⟧, brackets no prose
 * uses, so that a French «citation» is not taken for a highlight). The UI styles the marked
 * stretches ({@link #segments()}); the CLI prints them as they are.
 */
public record SearchHit(SubmissionRow row, String snippet) {

    public static final String OPEN = "\u27E6";
    public static final String CLOSE = "\u27E7";

    public SearchHit {
        snippet = snippet == null ? "" : snippet;
    }

    /** A stretch of the snippet, highlighted or not. */
    public record Segment(String text, boolean highlighted) {
    }

    /** The snippet cut at the markers, without them. */
    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < snippet.length()) {
            int open = snippet.indexOf(OPEN, i);
            if (open < 0) break;
            int close = snippet.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) break;
            if (open > i) out.add(new Segment(snippet.substring(i, open), false));
            out.add(new Segment(snippet.substring(open + OPEN.length(), close), true));
            i = close + CLOSE.length();
        }
        if (i < snippet.length()) out.add(new Segment(snippet.substring(i), false));
        return out;
    }
}
