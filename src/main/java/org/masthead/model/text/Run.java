package org.masthead.model.text;

import java.util.ArrayList;
import java.util.List;

/** A stretch of text with one set of marks. Never contains a line break. */
public record Run(String text, Marks marks) {

    public Run {
        if (text == null) throw new IllegalArgumentException("run text is null");
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a run never contains a line break");
        }
        if (marks == null) marks = Marks.NONE;
    }

    public static Run plain(String text) { return new Run(text, Marks.NONE); }

    public static Run bold(String text) { return new Run(text, Marks.of(true, false)); }

    public static Run italic(String text) { return new Run(text, Marks.of(false, true)); }

    public static Run link(String text, String href) { return new Run(text, Marks.NONE.withHref(href)); }

    /**
     * Joins neighbouring runs with equal marks and drops empty runs, so that two documents
     * that read the same compare equal.
     */
    public static List<Run> normalize(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs.size());
        for (Run r : runs) {
            if (r.text.isEmpty()) continue;
            if (!out.isEmpty() && out.get(out.size() - 1).marks.equals(r.marks)) {
                Run last = out.remove(out.size() - 1);
                out.add(new Run(last.text + r.text, r.marks));
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    public static String text(List<Run> runs) {
        if (runs.size() == 1) return runs.get(0).text;
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) sb.append(r.text);
        return sb.toString();
    }
}
