package org.masthead.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.masthead.model.text.Block;
import org.masthead.ui.shell.DialogService;

/** The formatting commands: inline marks on the selection and block kinds of paragraphs. */
final class FormatCommands {

    private final EditorArea area;
    private final DialogService dialogs;

    FormatCommands(EditorArea area, DialogService dialogs) {
        this.area = area;
        this.dialogs = dialogs;
    }

    void toggleBold() {
        toggle(TextStyle::bold, (s, on) -> s.withBold(on));
    }

    void toggleItalic() {
        toggle(TextStyle::italic, (s, on) -> s.withItalic(on));
    }

    private void toggle(Predicate<TextStyle> has, java.util.function.BiFunction<TextStyle, Boolean, TextStyle> set) {
        if (area.getSelection().getLength() == 0 && !caretInsideWord()) {
            // As in a word processor: with the caret between words, Ctrl+B switches bold on or
            // off for what is typed next (until the caret is moved elsewhere).
            TextStyle current = area.getTextStyleForInsertionAt(area.getCaretPosition());
            area.setTextInsertionStyle(set.apply(current, !has.test(current)));
            return;
        }
        IndexRange r = targetRange();
        if (r.getLength() == 0) return;
        StyleSpans<TextStyle> spans = area.getStyleSpans(r.getStart(), r.getEnd());
        boolean allOn = spans.stream().allMatch(sp -> has.test(sp.getStyle()));
        restyle(r, s -> set.apply(s, !allOn));
    }

    /** Ctrl+K: asks for the address; an empty answer removes the link. */
    void editLink() {
        IndexRange r = targetRange();
        if (r.getLength() == 0) {
            dialogs.info("Link", "Select the words to link first.");
            return;
        }
        String current = area.getStyleAtPosition(r.getStart() + 1).href();
        Optional<String> url = dialogs.prompt("Link", "Address (empty removes the link)", current == null ? "https://" : current);
        url.ifPresent(u -> {
            String v = normalizeHref(u);
            restyle(r, s -> s.withHref(v));
        });
    }

    /**
     * What an editor types as a link address, made absolute: "example.org/page" becomes
     * "https://example.org/page", "name@example.org" a mailto link; blank removes the link.
     */
    static String normalizeHref(String typed) {
        String v = typed == null ? "" : typed.strip();
        if (v.isEmpty() || v.equals("https://") || v.equals("http://")) return null;
        if (v.matches("(?i)[a-z][a-z0-9+.-]*:.*") || v.startsWith("#") || v.startsWith("/")) return v;
        if (v.matches("[^\\s/@]+@[^\\s/@]+\\.[^\\s/@]+")) return "mailto:" + v;
        return "https://" + v;
    }

    /** A footnote anchored on the selection; an empty answer removes it. */
    void editNote() {
        IndexRange r = targetRange();
        if (r.getLength() == 0) {
            dialogs.info("Note", "Select the words the note belongs to first.");
            return;
        }
        String current = area.getStyleAtPosition(r.getStart() + 1).note();
        dialogs.promptLong("Note", "Note text (empty removes the note)", current == null ? "" : current)
                .ifPresent(n -> restyle(r, s -> s.withNote(n.strip().replaceAll("\\R+", " "))));
    }

    private void restyle(IndexRange r, UnaryOperator<TextStyle> f) {
        StyleSpans<TextStyle> spans = area.getStyleSpans(r.getStart(), r.getEnd());
        area.setStyleSpans(r.getStart(), spans.mapStyles(f));
    }

    /** The selection, or the word at the caret when nothing is selected. */
    private boolean caretInsideWord() {
        String text = area.getParagraph(area.getCurrentParagraph()).getText();
        int col = area.getCaretColumn();
        return col > 0 && col < text.length() && Character.isLetterOrDigit(text.charAt(col - 1))
                && Character.isLetterOrDigit(text.charAt(col));
    }

    private IndexRange targetRange() {
        IndexRange sel = area.getSelection();
        if (sel.getLength() > 0) return sel;
        int caret = area.getCaretPosition();
        String text = area.getParagraph(area.getCurrentParagraph()).getText();
        int col = area.getCaretColumn();
        int s = col;
        int e = col;
        while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) s--;
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) e++;
        return new IndexRange(caret - (col - s), caret + (e - col));
    }

    // --- block kinds ---

    void setKind(ParStyle.Kind kind) {
        forSelectedTextParagraphs(ps -> ps.withKind(kind));
    }

    /** Bullets or numbers on; off again (back to paragraphs) if every paragraph already is one. */
    void toggleList(ParStyle.Kind kind) {
        boolean all = selectedParagraphs().stream().filter(i -> area.getParagraph(i).getParagraphStyle().isText())
                .allMatch(i -> area.getParagraph(i).getParagraphStyle().kind() == kind);
        forSelectedTextParagraphs(ps -> all ? ParStyle.PARAGRAPH : ps.withKind(kind));
    }

    /** Tab / Shift+Tab in a list. Returns false when the caret is not in a list item. */
    boolean changeListLevel(int delta) {
        if (!area.getParagraph(area.getCurrentParagraph()).getParagraphStyle().isList()) return false;
        forSelectedTextParagraphs(ps -> ps.isList()
                ? ps.withLevel(Math.max(1, Math.min(Block.ListItem.MAX_LEVEL, ps.level() + delta))) : ps);
        return true;
    }

    private void forSelectedTextParagraphs(UnaryOperator<ParStyle> f) {
        for (int i : selectedParagraphs()) {
            ParStyle ps = area.getParagraph(i).getParagraphStyle();
            if (!ps.isText()) continue;
            ParStyle next = f.apply(ps);
            if (!next.equals(ps)) area.setParagraphStyle(i, next);
        }
    }

    private List<Integer> selectedParagraphs() {
        IndexRange sel = area.getSelection();
        int first = area.offsetToPosition(sel.getStart(), TwoDimensional.Bias.Forward).getMajor();
        int last = area.offsetToPosition(sel.getEnd(), TwoDimensional.Bias.Backward).getMajor();
        if (sel.getLength() == 0) first = last = area.getCurrentParagraph();
        return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
    }
}
