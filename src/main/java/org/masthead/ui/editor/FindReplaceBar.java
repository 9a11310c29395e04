package org.masthead.ui.editor;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.MultiChangeBuilder;

/** The find / replace bar over the text. Replace all is one undoable edit. */
final class FindReplaceBar {

    private final EditorArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label result = new Label();
    private final HBox replaceRow;
    private final VBox root;

    FindReplaceBar(EditorArea area) {
        this.area = area;
        find.setPromptText("Find");
        find.setId("find-field");
        result.setId("find-result");
        replace.setPromptText("Replace with");
        replace.setId("replace-field");
        Button next = new Button("Next");
        Button prev = new Button("Previous");
        Button one = new Button("Replace");
        Button all = new Button("Replace all");
        all.setId("replace-all");
        Button close = new Button("Close");
        for (Button b : List.of(next, prev, one, all, close)) b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        next.setOnAction(e -> findNext());
        prev.setOnAction(e -> findPrevious());
        one.setOnAction(e -> replaceOne());
        all.setOnAction(e -> replaceAll());
        close.setOnAction(e -> hide());
        find.setOnAction(e -> findNext());
        // Search as you type, a moment after the last key, from where the search started.
        javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
        typing.setOnFinished(e -> {
            if (find.isFocused() && !find.getText().isEmpty()) {
                String text = area.getText();
                select(text, TextSearch.next(text, find.getText(), area.getSelection().getStart(), matchCase.isSelected()));
            }
        });
        find.textProperty().addListener((o, a, b) -> typing.playFromStart());
        replace.setOnAction(e -> replaceOne());
        HBox findRow = new HBox(6, find, next, prev, matchCase, result, close);
        replaceRow = new HBox(6, replace, one, all);
        for (HBox r : List.of(findRow, replaceRow)) r.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, findRow, replaceRow);
        root.setPadding(new Insets(4, 8, 4, 8));
        root.getStyleClass().add(EditorCss.FIND_BAR);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) hide();
        });
        hide();
    }

    Node view() {
        return root;
    }

    void showFind() {
        show(false);
    }

    void showReplace() {
        show(true);
    }

    private void show(boolean withReplace) {
        root.setVisible(true);
        root.setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        String sel = area.getSelectedText();
        if (!sel.isEmpty() && sel.indexOf('\n') < 0) find.setText(sel);
        find.requestFocus();
        find.selectAll();
    }

    void hide() {
        root.setVisible(false);
        root.setManaged(false);
        area.requestFocus();
    }

    void findNext() {
        String text = area.getText();
        select(text, TextSearch.next(text, find.getText(), area.getSelection().getEnd(), matchCase.isSelected()));
    }

    void findPrevious() {
        String text = area.getText();
        select(text, TextSearch.previous(text, find.getText(), area.getSelection().getStart(), matchCase.isSelected()));
    }

    /** Selects the match at {@code at} in {@code text} (the area's text, taken once per search). */
    private void select(String text, int at) {
        if (at < 0) {
            result.setText(find.getText().isEmpty() ? "" : "Not found");
            return;
        }
        // "3 of 12": one pass over the text, on a Find or a pause in typing, never per keystroke.
        List<Integer> hits = TextSearch.all(text, find.getText(), matchCase.isSelected());
        result.setText((hits.indexOf(at) + 1) + " of " + hits.size());
        area.selectRange(at, at + find.getText().length());
        area.requestFollowCaret();
    }

    private boolean selectionMatches() {
        String sel = area.getSelectedText();
        return !sel.isEmpty() && (matchCase.isSelected() ? sel.equals(find.getText()) : sel.equalsIgnoreCase(find.getText()));
    }

    void replaceOne() {
        if (!selectionMatches()) {
            findNext();
            return;
        }
        int start = area.getSelection().getStart();
        area.replace(start, area.getSelection().getEnd(), replacement(start));
        findNext();
    }

    /** The replacement in the style of the text it replaces (a bold match stays bold). */
    private org.fxmisc.richtext.model.StyledDocument<ParStyle, org.reactfx.util.Either<String, FigureSegment>, TextStyle> replacement(int at) {
        return EditorArea.styledText(replace.getText(), area.getParagraph(area.offsetToPosition(at,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()).getParagraphStyle(), area.getStyleOfChar(at));
    }

    void replaceAll() {
        List<Integer> hits = TextSearch.all(area.getText(), find.getText(), matchCase.isSelected());
        if (hits.isEmpty()) {
            result.setText("Not found");
            return;
        }
        int len = find.getText().length();
        MultiChangeBuilder<ParStyle, org.reactfx.util.Either<String, FigureSegment>, TextStyle> change = area.createMultiChange(hits.size());
        // Back to front, so every offset still refers to the text as it was.
        for (int i = hits.size() - 1; i >= 0; i--) {
            change.replaceAbsolutely(hits.get(i), hits.get(i) + len, replacement(hits.get(i)));
        }
        change.commit();
        result.setText(hits.size() == 1 ? "1 replaced" : hits.size() + " replaced");
    }

    // for tests
    TextField findField() { return find; }
    TextField replaceField() { return replace; }
    CheckBox matchCaseBox() { return matchCase; }
}
