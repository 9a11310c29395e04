package org.masthead.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.masthead.model.Article;
import org.masthead.planning.preflight.Finding;
import org.masthead.planning.preflight.Location;
import org.masthead.planning.preflight.PreflightRunner;
import org.masthead.ui.shell.AppContext;

/**
 * The "Checks" panel: the preflight findings for the article open in the editor, as it was
 * last saved. The checks run on the worker after each save; clicking a finding (or Enter on
 * it) jumps to where it is.
 */
final class ChecksPanel {

    private final AppContext ctx;
    private final Consumer<Location> jump;
    private final ListView<Finding> list = new ListView<>();
    private final Label summary = new Label();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Checks");
    private final VBox root;
    private long generation;

    /** @param jump moves the caret or focus to a finding's location */
    ChecksPanel(AppContext ctx, Consumer<Location> jump) {
        this.ctx = ctx;
        this.jump = jump;
        list.setId("checks-list");
        list.setCellFactory(v -> new FindingCell());
        list.setPlaceholder(new Label("Nothing to fix."));
        summary.setId("checks-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("text-small");
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(6, summary, list);
        root.setPadding(new Insets(8));
        root.getStyleClass().add(EditorCss.SIDE_PANEL);
        list.setOnMouseClicked(e -> go());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) go();
        });
    }

    Node view() {
        return root;
    }

    /** "Checks", or "Checks (2)" while there are findings: the tab's title. */
    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    List<Finding> findings() {
        return List.copyOf(list.getItems());
    }

    /** Checks the article as saved, on the worker; a later refresh wins over an earlier one. */
    void refresh(Article a) {
        long gen = ++generation;
        ctx.tasks().run("preflight checks", () -> new PreflightRunner(ctx.articles(), ctx.series(), ctx.publication(), null)
                .forArticle(a.id(), a.content()), l -> {
                    if (gen == generation) show(l);
                }, e -> {
                    if (gen == generation) summary.setText("The checks could not run: " + e.getMessage());
                });
    }

    void clear() {
        generation++;
        show(List.of());
        summary.setText("");
    }

    private void show(List<Finding> l) {
        list.getItems().setAll(l);
        long errors = l.stream().filter(Finding::isError).count();
        long warnings = l.size() - errors;
        summary.setText(l.isEmpty() ? "No findings: ready for export as it stands."
                : errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings")
                        + (errors > 0 ? ". An export refuses errors unless forced." : "."));
        title.set(l.isEmpty() ? "Checks" : "Checks (" + l.size() + ")");
    }

    private void go() {
        Finding f = list.getSelectionModel().getSelectedItem();
        if (f != null) jump.accept(f.location());
    }

    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(f.isError() ? MaterialDesignA.ALERT_CIRCLE : MaterialDesignA.ALERT_OUTLINE);
            icon.getStyleClass().add(f.isError() ? "danger" : "warning");
            setGraphic(icon);
            setText(f.location().describe() + ": " + f.message());
            setWrapText(true);
            setPrefWidth(0); // wrap within the list's width instead of widening it
            setAccessibleText((f.isError() ? "Error, " : "Warning, ") + getText());
        }
    }
}
