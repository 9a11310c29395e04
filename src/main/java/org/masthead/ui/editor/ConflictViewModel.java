package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.store.ConflictException;

/**
 * The conflict dialog's state (decision 0018): a save that lost a race, the two versions side by
 * side paragraph by paragraph, and the three ways out. No nodes, so it is tested without a
 * display; {@link ConflictView} shows it.
 *
 * <p>There is no common ancestor at hand (only the version the user had and the stored one), so a
 * row says where a paragraph is, not who changed it: in both, only in mine, only in theirs, or
 * changed (a paragraph of mine and one of theirs at the same place).
 */
final class ConflictViewModel {

    /** Which part of the article a row belongs to. */
    enum Section {
        HEADLINE("Headline"), SUMMARY("Standfirst"), BODY("Text");

        final String label;

        Section(String label) {
            this.label = label;
        }
    }

    enum Mark { SAME, ONLY_MINE, ONLY_THEIRS, CHANGED }

    /** One paragraph's place in both versions; {@code mine} or {@code theirs} is empty where it has none. */
    record Row(Section section, Mark mark, String mine, String theirs) {
    }

    /** What the user chose. */
    enum Choice {
        /** Save my text on top of the stored version. */
        KEEP_MINE,
        /** Load theirs into the editor; mine stays readable beside it. */
        TAKE_THEIRS,
        /** Keep my text in the editor with theirs beside it; the next explicit save goes on top of theirs. */
        MERGE
    }

    private final ReadOnlyObjectWrapper<Choice> choice = new ReadOnlyObjectWrapper<>();
    private final Article mine;
    private final Article theirs;
    private final String message;
    private final List<Row> rows;

    ConflictViewModel(ConflictException conflict) {
        if (conflict.mine() == null || conflict.stored() == null) throw new IllegalArgumentException("not an article's conflict: " + conflict.getMessage());
        this.mine = conflict.mine();
        this.theirs = conflict.stored();
        this.message = conflict.getMessage();
        this.rows = compare(mine.content(), theirs.content());
    }

    ReadOnlyObjectProperty<Choice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    Article mine() {
        return mine;
    }

    Article theirs() {
        return theirs;
    }

    String message() {
        return message;
    }

    /** Every row, unchanged ones included. */
    List<Row> rows() {
        return rows;
    }

    /** True when the texts compared here are the same (the versions differ elsewhere: status, byline, tags...). */
    boolean sameText() {
        return rows.stream().allMatch(r -> r.mark() == Mark.SAME);
    }

    /** How many rows differ, for the dialog's heading. */
    long differences() {
        return rows.stream().filter(r -> r.mark() != Mark.SAME).count();
    }

    /** My version as plain text (headline, standfirst, then the text), for copying. */
    String mineAsText() {
        return asText(mine.content());
    }

    static String asText(ArticleContent c) {
        StringBuilder sb = new StringBuilder(c.headline()).append("\n\n");
        if (!c.summary().isEmpty()) sb.append(c.summary()).append("\n\n");
        for (String p : paragraphs(c.body().plainText())) sb.append(p).append("\n\n");
        return sb.toString().strip() + "\n";
    }

    // --- commands ---

    void keepMine() {
        choice.set(Choice.KEEP_MINE);
    }

    void takeTheirs() {
        choice.set(Choice.TAKE_THEIRS);
    }

    void mergeByHand() {
        choice.set(Choice.MERGE);
    }

    // --- comparing ---

    static List<Row> compare(ArticleContent mine, ArticleContent theirs) {
        List<Row> out = new ArrayList<>();
        section(Section.HEADLINE, List.of(mine.headline()), List.of(theirs.headline()), out);
        section(Section.SUMMARY, paragraphs(mine.summary()), paragraphs(theirs.summary()), out);
        section(Section.BODY, paragraphs(mine.body().plainText()), paragraphs(theirs.body().plainText()), out);
        return out;
    }

    private static List<String> paragraphs(String text) {
        if (text.isEmpty()) return List.of();
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }

    /**
     * A paragraph diff from theirs to mine; a run of removals followed by a run of additions at the
     * same place pairs up into changed rows, one to one, the rest staying only-theirs or only-mine.
     */
    private static void section(Section s, List<String> mine, List<String> theirs, List<Row> out) {
        List<ParagraphDiff.Line> lines = ParagraphDiff.diff(theirs, mine);
        int i = 0;
        while (i < lines.size()) {
            ParagraphDiff.Line l = lines.get(i);
            if (l.op() == ParagraphDiff.Op.SAME) {
                out.add(new Row(s, Mark.SAME, l.text(), l.text()));
                i++;
                continue;
            }
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            while (i < lines.size() && lines.get(i).op() == ParagraphDiff.Op.REMOVED) removed.add(lines.get(i++).text());
            while (i < lines.size() && lines.get(i).op() == ParagraphDiff.Op.ADDED) added.add(lines.get(i++).text());
            int paired = Math.min(removed.size(), added.size());
            for (int k = 0; k < paired; k++) out.add(new Row(s, Mark.CHANGED, added.get(k), removed.get(k)));
            for (int k = paired; k < removed.size(); k++) out.add(new Row(s, Mark.ONLY_THEIRS, "", removed.get(k)));
            for (int k = paired; k < added.size(); k++) out.add(new Row(s, Mark.ONLY_MINE, added.get(k), ""));
        }
    }
}
