package org.masthead.ui.inbox;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.masthead.model.SubmissionRow;

/**
 * The inbox screen: toolbar and filters on top, the list beside the detail pane (or the
 * "Could not import" list), a status line below. Single keys typed in the list go to
 * {@link TriageCommands}; files dropped on the screen are imported.
 */
public final class InboxView {

    private final InboxModel model;
    private final TriageCommands triage;
    private final DetailModel detailModel;
    private final BorderPane root = new BorderPane();
    private final InboxTable table;
    private final FilterBar filters;
    private final DetailView detail;
    private final FailedView failed;
    private final SplitPane split = new SplitPane();
    private final Label status = new Label();
    private final Label undoHint = new Label();
    private Consumer<List<Path>> onDrop = l -> { };

    InboxView(InboxModel model, TriageCommands triage, DetailModel detailModel, MenuButton triageMenu, FailedView failedView) {
        this.model = model;
        this.triage = triage;
        this.detailModel = detailModel;
        this.table = new InboxTable(model, model.context()::now);
        this.filters = new FilterBar(model, triageMenu);
        this.detail = new DetailView(detailModel);
        this.failed = failedView;
        createView();
        initListeners();
    }

    private void createView() {
        root.setId("inbox");
        root.getStylesheets().add(InboxView.class.getResource("/org/masthead/ui/inbox/inbox.css").toExternalForm());
        table.view().setItems(model.rows());
        split.getItems().addAll(table.view(), detail.view());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        root.setTop(filters.view());
        root.setCenter(split);
        status.getStyleClass().add("text-muted");
        status.setId("inbox-status");
        undoHint.getStyleClass().add("text-muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bottom = new HBox(8, status, grow, undoHint);
        bottom.setPadding(new Insets(4, 10, 4, 10));
        root.setBottom(bottom);
    }

    private void initListeners() {
        status.textProperty().bind(model.messageProperty());
        undoHint.textProperty().bind(triage.undoLabelProperty().map(s -> s.isEmpty() ? "J/K move · S shortlist · A accept · R revise · D decline · E assign to me"
                : s + " (U)"));
        model.tabProperty().addListener((o, a, t) -> root.setCenter(t == InboxModel.Tab.FAILED ? failed.view() : split));
        table.view().getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            List<Long> ids = table.selectedIds();
            detailModel.show(ids.size() == 1 ? ids.get(0) : r == null ? -1 : r.id());
        });
        // A reload replaces the rows: keep the selection on the same submissions.
        final List<Long>[] before = new List[] {List.of()};
        model.rows().addListener((ListChangeListener<SubmissionRow>) c -> {
            while (c.next()) {
                if (c.wasReplaced()) {
                    List<Long> keep = before[0];
                    // after the current event, so a selection restored after setAll is not undone by the table's own reaction to it
                    javafx.application.Platform.runLater(() -> {
                        if (!table.selectedIds().equals(keep)) table.reselect(keep);
                    });
                    return;
                }
            }
        });
        table.view().getSelectionModel().getSelectedItems().addListener((ListChangeListener<SubmissionRow>) c -> {
            List<Long> ids = table.selectedIds();
            if (!ids.isEmpty()) before[0] = ids;
        });
        table.view().addEventHandler(KeyEvent.KEY_TYPED, e -> {
            boolean modifiers = e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown();
            triage.key(e.getCharacter(), modifiers, table.selectedIds()).ifPresent(nav -> {
                e.consume();
                switch (nav) {
                    case NEXT -> table.move(1);
                    case PREVIOUS -> table.move(-1);
                    case SEARCH -> focusSearch();
                    default -> { }
                }
            });
        });
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) onDrop.accept(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(ok);
            e.consume();
        });
        detail.setOpener(this::select);
    }

    /** Files dropped on the inbox. */
    void setOnDrop(Consumer<List<Path>> c) {
        this.onDrop = c;
    }

    public Node view() {
        return root;
    }

    public TableView<SubmissionRow> table() {
        return table.view();
    }

    public TextField searchField() {
        return filters.searchField();
    }

    public List<Long> selectedIds() {
        return table.selectedIds();
    }

    public void focusSearch() {
        searchField().requestFocus();
        searchField().selectAll();
    }

    public void focusList() {
        table.view().requestFocus();
        if (table.view().getSelectionModel().isEmpty() && !table.view().getItems().isEmpty()) table.move(0);
    }

    /** Selects a submission in the list (clearing filters and search if it is not shown). */
    public void select(long id) {
        if (model.row(id) == null) {
            model.setAfterLoad(() -> {
                model.setAfterLoad(null);
                table.reselect(List.of(id));
                table.view().scrollTo(Math.max(0, table.view().getSelectionModel().getSelectedIndex() - 3));
            });
            model.tabProperty().set(InboxModel.Tab.SUBMISSIONS);
            model.clearFilters();
            return;
        }
        table.reselect(List.of(id));
        table.view().scrollTo(Math.max(0, table.view().getSelectionModel().getSelectedIndex() - 3));
    }
}
