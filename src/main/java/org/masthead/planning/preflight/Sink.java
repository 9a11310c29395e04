package org.masthead.planning.preflight;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings for one article. */
final class Sink {

    private final long articleId;
    private final String headline;
    private final List<Finding> found = new ArrayList<>();

    Sink(long articleId, String headline) {
        this.articleId = articleId;
        this.headline = headline;
    }

    void error(Location where, String message) {
        found.add(new Finding(articleId, headline, Finding.Severity.ERROR, where, message));
    }

    void warning(Location where, String message) {
        found.add(new Finding(articleId, headline, Finding.Severity.WARNING, where, message));
    }

    void add(Finding.Severity s, Location where, String message) {
        found.add(new Finding(articleId, headline, s, where, message));
    }

    List<Finding> findings() {
        return found;
    }

    /** "paragraph", "heading", "quote", "list item", "figure", "separator". */
    static String kind(org.masthead.model.text.Block b) {
        if (b instanceof org.masthead.model.text.Block.Paragraph) return "paragraph";
        if (b instanceof org.masthead.model.text.Block.Heading) return "heading";
        if (b instanceof org.masthead.model.text.Block.Quote) return "quote";
        if (b instanceof org.masthead.model.text.Block.ListItem) return "list item";
        if (b instanceof org.masthead.model.text.Block.Figure) return "figure";
        return "separator";
    }

    /** A text shortened for a message: at most {@code max} characters, on a word boundary. */
    static String quote(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) return "“" + t + "”";
        int cut = t.lastIndexOf(' ', max);
        return "“" + t.substring(0, cut > max / 2 ? cut : max) + "…”";
    }
}
