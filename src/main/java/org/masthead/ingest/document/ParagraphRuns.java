package org.masthead.ingest.document;

import java.util.ArrayList;
import java.util.List;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;

/**
 * The runs of the paragraph being read, and where its notes land. A footnote reference in
 * Word sits after the text it comments on; the note becomes a mark on the word just before
 * the reference (decision 0003: notes are marks), or on the next word when the paragraph
 * starts with the reference, or on an asterisk when the paragraph has no words at all.
 */
final class ParagraphRuns {

    private final List<Run> runs = new ArrayList<>();
    private String pendingNote;

    void add(String text, Marks marks) {
        String clean = clean(text);
        if (clean.isEmpty()) return;
        if (pendingNote != null && !clean.isBlank()) {
            int lead = clean.length() - clean.stripLeading().length();
            int end = wordEnd(clean, lead);
            String note = pendingNote;
            pendingNote = null;
            runs.add(new Run(clean.substring(0, lead), marks));
            runs.add(new Run(clean.substring(lead, end), withNote(marks, note)));
            runs.add(new Run(clean.substring(end), marks));
            return;
        }
        runs.add(new Run(clean, marks));
    }

    /**
     * Marks the last word so far with {@code note}, or the next word to come. The word may
     * span runs ("footnote" + "." in two runs), so the marking walks back to the last space.
     */
    void note(String note) {
        if (note == null || note.isBlank()) return;
        int last = runs.size() - 1;
        while (last >= 0 && runs.get(last).text().isBlank()) last--;
        if (last < 0) {
            pendingNote = pendingNote == null ? note : pendingNote + " / " + note;
            return;
        }
        Run end = runs.get(last);
        String endText = end.text().stripTrailing();
        List<Run> tail = new ArrayList<>();
        tail.add(new Run(end.text().substring(endText.length()), end.marks()));
        runs.set(last, new Run(endText, end.marks()));
        List<Run> word = new ArrayList<>();
        for (int i = last; i >= 0; i--) {
            Run r = runs.remove(i);
            int start = wordStart(r.text());
            word.add(0, new Run(r.text().substring(start), withNote(r.marks(), note)));
            if (start > 0) {
                runs.add(i, new Run(r.text().substring(0, start), r.marks()));
                break;
            }
        }
        runs.addAll(word);
        runs.addAll(tail);
    }

    boolean isEmpty() {
        return runs.stream().allMatch(r -> r.text().isBlank()) && pendingNote == null;
    }

    /** The runs read so far, trimmed and normalized, and starts afresh. */
    List<Run> take() {
        if (pendingNote != null) {
            runs.add(new Run("*", Marks.NONE.withNote(pendingNote)));
            pendingNote = null;
        }
        List<Run> out = trim(Run.normalize(runs));
        runs.clear();
        return out;
    }

    private static Marks withNote(Marks m, String note) {
        return m.withNote(m.note() == null ? note : m.note() + " / " + note);
    }

    /** Line breaks cannot live in a run; tabs and other controls read as a space. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < ' ' || c == 0x7F || c == '\u2028' || c == '\u2029';
            if (bad && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) sb.append(bad ? ' ' : c);
        }
        return sb == null ? s : sb.toString();
    }

    private static int wordStart(String t) {
        int i = t.length();
        while (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) i--;
        return i;
    }

    private static int wordEnd(String t, int from) {
        int i = from;
        while (i < t.length() && !Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }

    static List<Run> trim(List<Run> in) {
        List<Run> out = new ArrayList<>(in);
        while (!out.isEmpty()) {
            Run first = out.get(0);
            String s = first.text().stripLeading();
            if (s.isEmpty() && !first.marks().hasNote()) out.remove(0);
            else { out.set(0, new Run(s.isEmpty() ? first.text() : s, first.marks())); break; }
        }
        while (!out.isEmpty()) {
            int last = out.size() - 1;
            Run r = out.get(last);
            String s = r.text().stripTrailing();
            if (s.isEmpty() && !r.marks().hasNote()) out.remove(last);
            else { out.set(last, new Run(s.isEmpty() ? r.text() : s, r.marks())); break; }
        }
        return Run.normalize(out);
    }
}
