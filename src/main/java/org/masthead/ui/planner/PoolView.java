package org.masthead.ui.planner;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.masthead.planning.Conflicts;
import org.masthead.planning.Piece;

/**
 * The unscheduled pool beside the calendar: the pieces without a date, filterable by text.
 * Drag one onto a day to schedule it; drop a day's chip here to take its date away.
 */
final class PoolView {

    private final VBox root = new VBox(6);
    private final Label title = new Label();
    private final TextField filter = new TextField();
    private final ObservableList<Piece> pieces = FXCollections.observableArrayList();
    private final FilteredList<Piece> shown = new FilteredList<>(pieces);
    private final ListView<Piece> list = new ListView<>(shown);
    private final ChipFactory chips;
    private final ChipDrag drag;
    private final Supplier<ZoneId> zone;
    private Conflicts.Report report = new Conflicts.Report(List.of(), java.util.Map.of());

    PoolView(ChipFactory chips, ChipDrag drag, Supplier<ZoneId> zone) {
        this.chips = chips;
        this.drag = drag;
        this.zone = zone;
        createView();
        initListeners();
    }

    private void createView() {
        root.setId("pool");
        root.getStyleClass().add(CalendarCss.POOL);
        title.getStyleClass().add(CalendarCss.LANE_TITLE);
        filter.setId("pool-filter");
        filter.setPromptText("Filter the pool");
        list.setId("pool-list");
        list.setPlaceholder(new Label("Nothing waits for a date"));
        list.setCellFactory(v -> new PoolCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(title, filter, list);
    }

    private void initListeners() {
        filter.textProperty().addListener((o, a, b) -> {
            String q = b == null ? "" : b.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(q.isEmpty() ? null : p -> matches(p, q));
            updateTitle();
        });
        drag.poolTarget(root);
    }

    private static boolean matches(Piece p, String q) {
        return p.label().toLowerCase(Locale.ROOT).contains(q) || p.author().toLowerCase(Locale.ROOT).contains(q)
                || p.statusLabel().toLowerCase(Locale.ROOT).contains(q);
    }

    Node view() {
        return root;
    }

    void show(List<Piece> unscheduled, Conflicts.Report r) {
        this.report = r;
        pieces.setAll(unscheduled);
        updateTitle();
        list.refresh();
    }

    void showReport(Conflicts.Report r) {
        this.report = r;
        list.refresh();
    }

    /** Selects and scrolls to a piece in the pool, if it is there. */
    boolean reveal(String key) {
        filter.clear();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).key().equals(key)) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                return true;
            }
        }
        return false;
    }

    private void updateTitle() {
        title.setText(shown.size() == pieces.size() ? "Unscheduled (" + pieces.size() + ")"
                : "Unscheduled (" + shown.size() + " of " + pieces.size() + ")");
    }

    private final class PoolCell extends ListCell<Piece> {
        PoolCell() {
            setPrefWidth(0); // as wide as the list: long labels end in an ellipsis, no sideways scrolling
            drag.source(this, () -> getItem() == null ? null : getItem().key());
            setOnMouseClicked(e -> {
                if (getItem() != null && e.getClickCount() == 2) chips.open(getItem());
            });
        }

        @Override
        protected void updateItem(Piece p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().remove(CalendarCss.CHIP);
            if (empty || p == null) {
                setId(null);
                setText(null);
                setGraphic(null);
                setTooltip(null);
                getStyleClass().removeAll(CalendarCss.CHIP_CONFLICT, CalendarCss.CHIP_LOCKED);
                return;
            }
            setId(ChipFactory.id(p));
            getStyleClass().add(CalendarCss.CHIP);
            chips.dress(this, p, report, ChipFactory.shortLabel(p), zone.get());
        }
    }
}
