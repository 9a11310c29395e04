package org.masthead.ui.editor;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The conflict dialog (decision 0018): both versions paragraph by paragraph, what differs
 * marked, a button to copy my text, and the three choices. Shown without waiting: the choice
 * arrives through {@link ConflictViewModel#choiceProperty()}. Closing it without a choice is
 * "merge by hand" (nothing is saved until the user saves on purpose).
 */
final class ConflictView {

    static final String KEEP_MINE = "Keep mine";
    static final String TAKE_THEIRS = "Take theirs";
    static final String MERGE = "Merge by hand";

    private final ConflictViewModel vm;
    private final Dialog<ConflictViewModel.Choice> dialog = new Dialog<>();

    ConflictView(ConflictViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    private void createView() {
        dialog.setTitle("Saved by someone else meanwhile");
        dialog.setHeaderText("Saved by someone else meanwhile (version " + vm.theirs().version() + ")");
        dialog.setResizable(true);
        Label message = new Label(vm.message() + (vm.sameText()
                ? " The headline, standfirst and text are the same in both; other details differ."
                : " " + vm.differences() + " paragraph(s) differ."));
        message.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setId("conflict-rows");
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints label = new ColumnConstraints(80);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(45);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, half, half);
        grid.addRow(0, bold(""), bold("Mine (not saved)"), bold("Theirs (saved, version " + vm.theirs().version() + ")"));
        int r = 1;
        ConflictViewModel.Section last = null;
        for (ConflictViewModel.Row row : vm.rows()) {
            Label section = new Label(row.section() == last ? "" : row.section().label);
            last = row.section();
            grid.addRow(r++, section, cell(row.mine(), row.mark(), true), cell(row.theirs(), row.mark(), false));
        }
        ScrollPane rows = new ScrollPane(grid);
        rows.setFitToWidth(true);
        rows.setPrefViewportHeight(360);
        Button copy = new Button("Copy my text");
        copy.setId("conflict-copy-mine");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.mineAsText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        Label legend = new Label("Green: only in mine. Red: only in theirs. Yellow: changed.");
        VBox content = new VBox(8, message, rows, new HBox(12, copy, legend));
        content.setPadding(new Insets(4));
        content.setPrefWidth(820);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(getClass().getResource(EditorCss.STYLESHEET).toExternalForm());
        ButtonType keep = new ButtonType(KEEP_MINE, ButtonBar.ButtonData.OTHER);
        ButtonType take = new ButtonType(TAKE_THEIRS, ButtonBar.ButtonData.OTHER);
        ButtonType merge = new ButtonType(MERGE, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(keep, take, merge);
        ((Button) dialog.getDialogPane().lookupButton(keep)).setId("conflict-keep-mine");
        ((Button) dialog.getDialogPane().lookupButton(take)).setId("conflict-take-theirs");
        ((Button) dialog.getDialogPane().lookupButton(merge)).setId("conflict-merge");
        // Return decides nothing: every choice is a click.
        dialog.getDialogPane().getButtonTypes().forEach(t -> ((Button) dialog.getDialogPane().lookupButton(t)).setDefaultButton(false));
        dialog.setResultConverter(t -> t == keep ? ConflictViewModel.Choice.KEEP_MINE
                : t == take ? ConflictViewModel.Choice.TAKE_THEIRS : ConflictViewModel.Choice.MERGE);
    }

    private void initListeners() {
        dialog.setOnHidden(e -> {
            ConflictViewModel.Choice c = dialog.getResult();
            if (c == ConflictViewModel.Choice.KEEP_MINE) vm.keepMine();
            else if (c == ConflictViewModel.Choice.TAKE_THEIRS) vm.takeTheirs();
            else vm.mergeByHand();
        });
    }

    /** Shows the dialog over {@code owner} and returns at once. */
    void show(Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.show();
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label cell(String text, ConflictViewModel.Mark mark, boolean mine) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setPadding(new Insets(2, 4, 2, 4));
        String style = switch (mark) {
            case SAME -> EditorCss.DIFF_SAME;
            case CHANGED -> EditorCss.DIFF_CHANGED;
            case ONLY_MINE -> mine ? EditorCss.DIFF_ADDED : EditorCss.DIFF_SAME;
            case ONLY_THEIRS -> mine ? EditorCss.DIFF_SAME : EditorCss.DIFF_REMOVED;
        };
        l.getStyleClass().add(style);
        l.getStyleClass().add("conflict-" + mark.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return l;
    }
}
