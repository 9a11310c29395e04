package org.masthead.ui.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.masthead.model.SearchHit;
import org.masthead.model.SubmissionRow;
import org.masthead.triage.Scores;

/**
 * The inbox list: one row a submission, sorted by answer due as the store gives it; rows due
 * within 24 hours or overdue are marked (pseudo-classes {@code :due-soon} and {@code :overdue}).
 * Cells are plain text computed from the row, so a list of 100,000 scrolls lightly.
 */
final class InboxTable {

    static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");
    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    static final Duration SOON = Duration.ofHours(24);

    private final TableView<SubmissionRow> table = new TableView<>();
    private final TableColumn<SubmissionRow, SearchHit> snippet = new TableColumn<>("Match");
    private final Supplier<Instant> now;
    private final InboxModel model;

    InboxTable(InboxModel model, Supplier<Instant> now) {
        this.model = model;
        this.now = now;
        table.setId("inbox-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(DocumentText.muted("Nothing here. Import mail (File ▸ Import mail…), fetch it (Inbox ▸ Fetch mail) or change the filters."));
        table.getColumns().add(text("Title", 300, SubmissionRow::title));
        table.getColumns().add(text("From", 160, r -> r.fromName().isEmpty() ? r.fromEmail() : r.fromName()));
        table.getColumns().add(time("Received", 118, SubmissionRow::receivedAt));
        table.getColumns().add(text("Lang", 48, SubmissionRow::language));
        TableColumn<SubmissionRow, Integer> len = new TableColumn<>("Length");
        len.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().length()));
        len.setCellFactory(c -> cell(v -> v == null ? "" : String.format("%,d", v)));
        len.setPrefWidth(64);
        table.getColumns().add(len);
        table.getColumns().add(text("Status", 96, r -> r.status().label()));
        table.getColumns().add(text("Assignee", 96, SubmissionRow::assignee));
        TableColumn<SubmissionRow, Instant> due = time("Answer due", 118, SubmissionRow::nextDeadline);
        due.setId("col-due");
        table.getColumns().add(due);
        table.getColumns().add(text("Excl.", 44, r -> r.exclusive() ? "✓" : ""));
        table.getColumns().add(text("Dup.", 56, r -> r.duplicateOf() == null ? "" : "#" + r.duplicateOf()));
        TableColumn<SubmissionRow, Double> score = new TableColumn<>("Score");
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().averageScore()));
        score.setCellFactory(c -> cell(v -> v == null ? "" : Scores.format(java.util.OptionalDouble.of(v))));
        score.setPrefWidth(52);
        table.getColumns().add(score);
        snippet.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.hit(c.getValue().id())));
        snippet.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SearchHit h, boolean empty) {
                super.updateItem(h, empty);
                setText(null);
                setGraphic(empty || h == null ? null : DocumentText.snippet(h));
            }
        });
        snippet.setPrefWidth(320);
        snippet.setSortable(false);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SubmissionRow r, boolean empty) {
                super.updateItem(r, empty);
                Instant d = empty || r == null ? null : r.nextDeadline();
                Instant n = now.get();
                pseudoClassStateChanged(OVERDUE, d != null && d.isBefore(n));
                pseudoClassStateChanged(DUE_SOON, d != null && !d.isBefore(n) && d.isBefore(n.plus(SOON)));
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<SubmissionRow>) c -> showSnippets(model.searching()));
    }

    private void showSnippets(boolean on) {
        if (on && !table.getColumns().contains(snippet)) table.getColumns().add(1, snippet);
        if (!on) table.getColumns().remove(snippet);
    }

    TableView<SubmissionRow> view() {
        return table;
    }

    List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull).map(SubmissionRow::id).toList();
    }

    /** Moves the selection one row down (+1) or up (-1), to a single row, and shows it. */
    void move(int delta) {
        int size = table.getItems().size();
        if (size == 0) return;
        int i = table.getSelectionModel().getSelectedIndex();
        int next = i < 0 ? 0 : Math.max(0, Math.min(size - 1, i + delta));
        table.getSelectionModel().clearAndSelect(next);
        table.getFocusModel().focus(next);
        table.scrollTo(Math.max(0, next - 3));
    }

    /** Selects these ids again after the list was read anew. */
    void reselect(List<Long> ids) {
        if (ids.isEmpty()) return;
        java.util.Set<Long> want = new java.util.HashSet<>(ids);
        List<SubmissionRow> items = table.getItems();
        int first = -1;
        for (int i = 0; i < items.size(); i++) {
            if (want.contains(items.get(i).id())) {
                if (first < 0) table.getSelectionModel().clearAndSelect(i); else table.getSelectionModel().select(i);
                if (first < 0) first = i;
            }
        }
        if (first >= 0) table.getFocusModel().focus(first);
    }

    private <T> TableColumn<SubmissionRow, String> text(String name, double width, Function<SubmissionRow, String> f) {
        TableColumn<SubmissionRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<SubmissionRow, Instant> time(String name, double width, Function<SubmissionRow, Instant> f) {
        TableColumn<SubmissionRow, Instant> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setCellFactory(x -> cell(v -> DetailForm.format(v, model.zone())));
        c.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> TableCell<SubmissionRow, T> cell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : format.apply(v));
            }
        };
    }
}
