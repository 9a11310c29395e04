package org.masthead.ui.planner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.masthead.model.Series;
import org.masthead.planning.Conflict;
import org.masthead.planning.Conflicts;
import org.masthead.planning.Piece;
import org.masthead.planning.Plan;
import org.masthead.planning.Schedule;
import org.masthead.ui.shell.AppIcon;

/**
 * Every series, one row each (title, status, parts, cadence, conflicts), virtualised so that
 * hundreds of series scroll at once. The selected row is the model's selected series.
 */
public final class SeriesListView {

    private final PlannerModel model;
    private final SeriesActions actions;
    private final VBox root = new VBox(6);
    private final ObservableList<Plan> rows = FXCollections.observableArrayList();
    private final ListView<Plan> list = new ListView<>(rows);
    private final Map<Long, Integer> conflicts = new HashMap<>();
    private boolean syncing;

    public SeriesListView(PlannerModel model) {
        this.model = model;
        this.actions = new SeriesActions(model, () -> root.getScene() == null ? null : root.getScene().getWindow());
        createView();
        initListeners();
    }

    public Node view() {
        return root;
    }

    public ListView<Plan> list() {
        return list;
    }

    public SeriesActions actions() {
        return actions;
    }

    private void createView() {
        root.getStyleClass().add("series-list");
        root.setPadding(new Insets(8));
        root.setMinWidth(200);
        root.setPrefWidth(240);
        Button create = new Button("New series…", new FontIcon(AppIcon.NEW));
        create.setId("series-new");
        create.setOnAction(e -> actions.create());
        create.disableProperty().bind(model.readOnlyProperty()); // a login that may not plan
        Button edit = iconButton("series-edit", AppIcon.SETTINGS, "Edit series…");
        edit.setOnAction(e -> selectedId().ifPresent(actions::edit));
        Button delete = iconButton("series-delete", AppIcon.TRASH, "Delete series");
        delete.setOnAction(e -> selectedId().ifPresent(model::deleteSeries));
        edit.disableProperty().bind(model.selectedProperty().isNull().or(model.readOnlyProperty()));
        delete.disableProperty().bind(model.selectedProperty().isNull().or(model.readOnlyProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        create.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(4, create, gap, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        list.setId("series-list");
        list.setPlaceholder(new Label("No series yet.\nStart one with New series…"));
        list.setCellFactory(l -> new SeriesCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        MenuItem editItem = new MenuItem("Edit series…");
        editItem.setOnAction(e -> selectedId().ifPresent(actions::edit));
        MenuItem deleteItem = new MenuItem("Delete series");
        deleteItem.setOnAction(e -> selectedId().ifPresent(model::deleteSeries));
        MenuItem newItem = new MenuItem("New series…");
        newItem.setOnAction(e -> actions.create());
        list.setContextMenu(new ContextMenu(editItem, deleteItem, newItem));
        root.getChildren().addAll(bar, list);
    }

    private static Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String text) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new javafx.scene.control.Tooltip(text));
        b.setAccessibleText(text);
        b.getStyleClass().add("flat");
        return b;
    }

    private void initListeners() {
        // The rows are a copy of the model's plans, replaced here, so that a reload never lets
        // the list's own selection handling pick another series.
        model.plans().addListener((ListChangeListener<Plan>) c -> {
            syncing = true;
            try {
                rows.setAll(model.plans());
                selectCurrent();
            } finally {
                syncing = false;
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            syncing = true;
            try {
                selectCurrent();
            } finally {
                syncing = false;
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) model.select(b.series().id());
        });
        model.reportProperty().addListener((o, a, b) -> countConflicts());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) selectedId().ifPresent(model::deleteSeries);
        });
    }

    private void selectCurrent() {
        Plan p = model.selectedProperty().get();
        if (p == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).series().id() == p.series().id()) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 3));
                }
                return;
            }
        }
    }

    /** Conflicts by series: each conflict once per series it touches. */
    private void countConflicts() {
        Conflicts.Report r = model.reportProperty().get();
        Schedule s = model.scheduleProperty().get();
        Map<String, Piece> pieces = s.byKey();
        conflicts.clear();
        for (Conflict c : r.all()) {
            Set<Long> touched = new HashSet<>(2);
            for (String k : c.pieces()) {
                Piece p = pieces.get(k);
                if (p != null && p.isPart()) touched.add(p.seriesId());
            }
            for (long id : touched) conflicts.merge(id, 1, Integer::sum);
        }
        list.refresh();
    }

    private java.util.OptionalLong selectedId() {
        Plan p = model.selectedProperty().get();
        return p == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(p.series().id());
    }

    /** Title and conflicts; status, parts and cadence below. */
    private final class SeriesCell extends ListCell<Plan> {
        private final Label title = new Label();
        private final Label badge = new Label();
        private final Label meta = new Label();
        private final Label conflict = new Label(null, new FontIcon(AppIcon.CONFLICT));
        private final VBox box;

        SeriesCell() {
            title.getStyleClass().add("article-headline");
            badge.getStyleClass().add("status-badge");
            meta.getStyleClass().addAll("text-muted", "text-small");
            conflict.getStyleClass().add("conflict-count");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(6, title, gap, conflict);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, new HBox(6, badge, meta));
            setPrefWidth(0);
            box.setMinWidth(0);
            title.setMinWidth(0);
            meta.setMinWidth(0);
            badge.setMinWidth(USE_PREF_SIZE);
            conflict.setMinWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Plan p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            Series s = p.series();
            setId("series-" + s.id());
            title.setText(s.title().isBlank() ? "(untitled)" : s.title());
            badge.setText(s.status().label());
            badge.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
            badge.getStyleClass().add("status-series-" + s.status().key());
            int n = p.count();
            meta.setText(n + (n == 1 ? " part" : " parts") + " · " + s.cadence().describe());
            int c = conflicts.getOrDefault(s.id(), 0);
            conflict.setText(Integer.toString(c));
            conflict.setVisible(c > 0);
            conflict.setManaged(c > 0);
            if (c > 0) conflict.setTooltip(new javafx.scene.control.Tooltip(c + (c == 1 ? " conflict" : " conflicts") + " in this series"));
            setGraphic(box);
        }
    }
}
