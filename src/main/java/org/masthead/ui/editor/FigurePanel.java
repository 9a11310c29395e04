package org.masthead.ui.editor;

import java.time.Duration;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.reactfx.EventStreams;
import org.reactfx.util.Either;

/**
 * Caption, credit and alt text of the figure under the caret. Shown only while the caret is
 * on a figure. An edit replaces the figure segment in the area, so it is undoable like any
 * other change; typing is debounced so a caption is one edit, not one per letter.
 */
final class FigurePanel {

    private final EditorArea area;
    private final TextField caption = new TextField();
    private final TextField credit = new TextField();
    private final TextField alt = new TextField();
    private final VBox root;
    private int figurePar = -1;
    private boolean showing;

    FigurePanel(EditorArea area) {
        this.area = area;
        caption.setId("figure-caption");
        credit.setId("figure-credit");
        alt.setId("figure-alt");
        caption.setPromptText("What the picture shows");
        credit.setPromptText("Photo: NAME / AGENCY");
        alt.setPromptText("Description for screen readers");
        Label title = new Label("Figure");
        title.getStyleClass().add("title-4");
        root = new VBox(6, title, new Label("Caption"), caption, new Label("Credit"), credit, new Label("Alt text"), alt);
        root.setPadding(new Insets(8));
        root.getStyleClass().add(EditorCss.SIDE_PANEL);
        initListeners();
        update();
    }

    private void initListeners() {
        area.currentParagraphProperty().addListener((o, a, b) -> update());
        area.caretPositionProperty().addListener((o, a, b) -> update());
        // Undo and redo change the figure under the caret without moving it: show what is there now.
        area.getUndoManager().performingActionProperty().addListener((o, was, now) -> {
            if (was && !now) {
                figurePar = -1;
                update();
            }
        });
        for (TextField f : new TextField[] {caption, credit, alt}) {
            f.setOnAction(e -> apply());
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is) apply();
            });
            EventStreams.valuesOf(f.textProperty()).successionEnds(Duration.ofMillis(500)).subscribe(t -> apply());
        }
    }

    Node view() {
        return root;
    }

    /** The figure segment under the caret, with its offset in the paragraph, or null. */
    private record Found(int column, FigureSegment fig) {
    }

    private Found figureAt(int par) {
        if (par < 0 || par >= area.getParagraphs().size()) return null;
        int col = 0;
        for (StyledSegment<Either<String, FigureSegment>, TextStyle> s : area.getParagraph(par).getStyledSegments()) {
            if (s.getSegment().isRight() && !s.getSegment().getRight().isEmpty()) return new Found(col, s.getSegment().getRight());
            col += DocumentMapper.SEGMENT_OPS.length(s.getSegment());
        }
        return null;
    }

    private void update() {
        int par = area.getCurrentParagraph();
        Found f = figureAt(par);
        boolean show = f != null;
        root.setVisible(show);
        root.setManaged(show);
        if (!show) {
            figurePar = -1;
            return;
        }
        if (par != figurePar) {
            figurePar = par;
            showing = true;
            caption.setText(f.fig().caption());
            credit.setText(f.fig().credit());
            alt.setText(f.fig().alt());
            showing = false;
        }
    }

    /** Focuses the caption or the alt text of the figure under the caret (from a preflight finding). */
    void focus(boolean altText) {
        update();
        if (figurePar >= 0) (altText ? alt : caption).requestFocus();
    }

    /** Writes the fields into the figure when they differ from it. */
    void apply() {
        if (showing || figurePar < 0) return;
        Found f = figureAt(figurePar);
        if (f == null) return;
        FigureSegment next = f.fig().withCaption(caption.getText().strip()).withCredit(credit.getText().strip()).withAlt(alt.getText().strip());
        if (next.equals(f.fig())) return;
        int at = area.getAbsolutePosition(figurePar, f.column());
        ParStyle ps = area.getParagraph(figurePar).getParagraphStyle();
        int caret = area.getCaretPosition();
        area.replace(at, at + 1, ReadOnlyStyledDocument.fromSegment(Either.right(next), ps, TextStyle.PLAIN, DocumentMapper.SEGMENT_OPS));
        area.moveTo(Math.min(caret, area.getLength()));
    }
}
