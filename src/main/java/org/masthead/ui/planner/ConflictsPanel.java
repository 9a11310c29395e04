package org.masthead.ui.planner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.masthead.planning.Conflict;
import org.masthead.planning.Conflicts;

/**
 * Every conflict of the schedule, grouped by kind; clicking one shows its piece on the
 * calendar. Collapsible, so the pool can have the height.
 */
final class ConflictsPanel {

    private final ListView<Object> list = new ListView<>();
    private final TitledPane root = new TitledPane("Conflicts", list);
    private final Consumer<Conflict> onPick;

    ConflictsPanel(Consumer<Conflict> onPick) {
        this.onPick = onPick;
        root.setId("conflicts");
        root.getStyleClass().add(CalendarCss.CONFLICTS);
        root.setGraphic(new FontIcon(CalendarCss.CONFLICT));
        list.setId("conflict-list");
        list.setPlaceholder(new Label("No conflicts"));
        list.setCellFactory(v -> new Row());
        list.setPrefHeight(220);
        list.setMinHeight(140);
    }

    Node view() {
        return root;
    }

    void show(Conflicts.Report report) {
        Map<Conflict.Kind, List<Conflict>> byKind = new EnumMap<>(Conflict.Kind.class);
        for (Conflict c : report.all()) byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        List<Object> rows = new ArrayList<>(report.all().size() + byKind.size());
        for (Map.Entry<Conflict.Kind, List<Conflict>> e : byKind.entrySet()) {
            rows.add(e.getKey().label() + " (" + e.getValue().size() + ")");
            rows.addAll(e.getValue());
        }
        list.getItems().setAll(rows);
        root.setText("Conflicts (" + report.all().size() + ")");
    }

    /** A kind's heading, or one conflict. */
    private final class Row extends ListCell<Object> {
        Row() {
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (getItem() instanceof Conflict c) onPick.accept(c);
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(CalendarCss.CONFLICT_GROUP, CalendarCss.CONFLICT_ROW);
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof Conflict c) {
                setText(c.message());
                getStyleClass().add(CalendarCss.CONFLICT_ROW);
                setTooltip(new javafx.scene.control.Tooltip(c.message()));
            } else {
                setText(item.toString());
                getStyleClass().add(CalendarCss.CONFLICT_GROUP);
            }
        }
    }
}
