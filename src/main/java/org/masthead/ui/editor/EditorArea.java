package org.masthead.ui.editor;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.StyledSegment;
import org.masthead.model.text.TextDirection;
import org.reactfx.util.Either;

/**
 * The rich text area: text segments with {@link TextStyle}, figure segments, one
 * {@link ParStyle} per paragraph. Paragraph direction is decided per paragraph from its own
 * text (first strong character), falling back to the article's language.
 */
public final class EditorArea extends GenericStyledArea<ParStyle, Either<String, FigureSegment>, TextStyle> {

    private final ObjectProperty<TextDirection> fallbackDirection = new SimpleObjectProperty<>(TextDirection.LTR);
    private Consumer<EditorArea> pasteHandler = a -> a.defaultPaste();
    private Consumer<EditorArea> copyHandler = a -> a.defaultCopy();

    EditorArea(FigureNodeFactory figures) {
        this(figures, new ObjectProperty[1]);
    }

    // The direction property must exist before the super constructor wires the style
    // callback, so it is threaded through a holder.
    @SuppressWarnings("unchecked")
    private EditorArea(FigureNodeFactory figures, ObjectProperty<TextDirection>[] holder) {
        super(ParStyle.PARAGRAPH,
                (flow, ps) -> applyParagraphStyle(flow, ps, holder),
                TextStyle.PLAIN,
                DocumentMapper.SEGMENT_OPS,
                seg -> createNode(seg, figures));
        holder[0] = fallbackDirection;
        figures.setAvailableWidth(widthProperty());
        getStyleClass().add(EditorCss.AREA);
        setWrapText(true);
        setParagraphGraphicFactory(this::listMarker);
    }

    private static Node createNode(StyledSegment<Either<String, FigureSegment>, TextStyle> seg, FigureNodeFactory figures) {
        return seg.getSegment().unify(
                text -> org.fxmisc.richtext.StyledTextArea.createStyledTextNode(text, seg.getStyle(), (t, s) -> {
                    t.getStyleClass().addAll(s.cssClasses());
                    // JavaFX finds no italic fallback for Arabic or Hebrew and draws garbage: keep it upright.
                    if (WordTextOps.hasRtl(text)) t.getStyleClass().add("upright");
                }),
                figures::create);
    }

    private static void applyParagraphStyle(TextFlow flow, ParStyle ps, ObjectProperty<TextDirection>[] holder) {
        flow.getStyleClass().addAll(ps.cssClasses());
        // The flow's Text children are in place when RichTextFX calls this (a new paragraph
        // box is built for every change), so the direction follows what was typed.
        TextDirection fallback = holder[0] == null ? TextDirection.LTR : holder[0].get();
        StringBuilder sb = new StringBuilder();
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                sb.append(t.getText());
                if (sb.length() > 64) break;
            }
        }
        TextDirection d = TextDirection.ofText(sb, fallback);
        flow.getStyleClass().remove("rtl");
        if (d == TextDirection.RTL) flow.getStyleClass().add("rtl");
        flow.setNodeOrientation(d == TextDirection.RTL ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT
                : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
    }

    /** Bullet or number in front of list items; counts back only over the list it is in. */
    private Node listMarker(int parIndex) {
        if (parIndex < 0 || parIndex >= getParagraphs().size()) return null;
        ParStyle ps = getParagraph(parIndex).getParagraphStyle();
        if (!ps.isList()) return null;
        String text;
        if (ps.kind() == ParStyle.Kind.NUMBERED) {
            int n = 1;
            for (int i = parIndex - 1; i >= 0; i--) {
                ParStyle p = getParagraph(i).getParagraphStyle();
                if (!p.isList() || p.level() < ps.level()) break;
                if (p.kind() == ParStyle.Kind.NUMBERED && p.level() == ps.level()) n++;
            }
            text = n + ".";
        } else {
            text = ps.level() % 2 == 1 ? "\u2022" : "\u25E6";
        }
        Label l = new Label(text);
        l.getStyleClass().addAll(EditorCss.LIST_MARKER, "list-level-" + ps.level());
        return l;
    }

    /** The article's direction, used for paragraphs without a strong character. */
    public ObjectProperty<TextDirection> fallbackDirectionProperty() {
        return fallbackDirection;
    }

    void setPasteHandler(Consumer<EditorArea> h) {
        pasteHandler = h;
    }

    void setCopyHandler(Consumer<EditorArea> h) {
        copyHandler = h;
    }

    /**
     * Text inserted in one go (find-and-replace, an input method) is split into right-to-left
     * words like typed text, so a long Arabic insertion wraps correctly (see {@link WordTextOps}).
     */
    @Override
    public void replaceText(int start, int end, String text) {
        if (text.length() < 2 || !WordTextOps.hasRtl(text)) {
            super.replaceText(start, end, text);
            return;
        }
        replace(start, end, styledText(text, getParagraphStyleForInsertionAt(start), getTextStyleForInsertionAt(start)));
    }

    /** Text in one style as a document for {@code replace}, right-to-left words kept apart. */
    static org.fxmisc.richtext.model.StyledDocument<ParStyle, Either<String, FigureSegment>, TextStyle> styledText(
            String text, ParStyle ps, TextStyle style) {
        org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder<ParStyle, Either<String, FigureSegment>, TextStyle> b =
                new org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder<>(DocumentMapper.SEGMENT_OPS, ps);
        for (String line : text.split("\\R", -1)) {
            java.util.List<org.fxmisc.richtext.model.StyledSegment<Either<String, FigureSegment>, TextStyle>> segs = new java.util.ArrayList<>();
            for (String w : WordTextOps.words(line)) segs.add(new org.fxmisc.richtext.model.StyledSegment<>(Either.left(w), style));
            b.addParagraph(segs, ps);
        }
        return b.build();
    }

    @Override
    public void paste() {
        pasteHandler.accept(this);
    }

    @Override
    public void copy() {
        copyHandler.accept(this);
    }

    @Override
    public void cut() {
        copy();
        replaceSelection("");
    }

    void defaultPaste() {
        super.paste();
    }

    void defaultCopy() {
        super.copy();
    }
}
