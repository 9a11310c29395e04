package org.masthead.ui.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.masthead.model.Person;
import org.masthead.model.SavedFilter;
import org.masthead.model.SubmissionStatus;
import org.masthead.ui.shell.AppIcon;

/**
 * The inbox toolbar: the three lists, who is acting, the search with its order, and the
 * filters with saved filters. It only sets the model's properties and calls its commands.
 */
final class FilterBar {

    private final InboxModel model;
    private final VBox root = new VBox(6);
    private final TextField search = new TextField();
    private final ComboBox<Person> actor = new ComboBox<>();
    private final ToggleGroup tabs = new ToggleGroup();
    private boolean syncing;

    FilterBar(InboxModel model, Node triageMenu) {
        this.model = model;
        root.getStyleClass().add("inbox-toolbar");
        root.setPadding(new Insets(8, 10, 6, 10));

        HBox tabRow = new HBox(0);
        for (InboxModel.Tab t : InboxModel.Tab.values()) {
            ToggleButton b = new ToggleButton(t.label());
            b.setId("inbox-tab-" + t.name().toLowerCase().replace('_', '-'));
            b.setUserData(t);
            b.setToggleGroup(tabs);
            b.setFocusTraversable(false);
            b.getStyleClass().add(t.ordinal() == 0 ? "left-pill" : t.ordinal() == 2 ? "right-pill" : "center-pill");
            b.setSelected(model.tabProperty().get() == t);
            b.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            tabRow.getChildren().add(b);
        }
        tabs.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
                return;
            }
            model.tabProperty().set((InboxModel.Tab) b.getUserData());
            model.reload();
        });

        actor.setId("inbox-actor");
        actor.setItems(model.people());
        actor.setConverter(converter(p -> p == null ? "choose…" : p.name()));
        actor.setPromptText("choose…");
        actor.valueProperty().bindBidirectional(model.actorProperty());
        actor.setOnAction(e -> {
            if (!syncing && actor.getValue() != null) model.setActor(actor.getValue());
        });
        Button addPerson = new Button(null, new FontIcon(AppIcon.ADD));
        addPerson.getStyleClass().add("flat");
        addPerson.setTooltip(new javafx.scene.control.Tooltip("Add a person to the team"));
        addPerson.setOnAction(e -> model.addPerson(p -> { }));

        search.setId("inbox-search");
        search.setPromptText("Search the inbox  ( / )");
        search.setPrefColumnCount(16);
        search.textProperty().bindBidirectional(model.searchProperty());
        PauseTransition debounce = new PauseTransition(Duration.millis(350));
        debounce.setOnFinished(e -> model.reload());
        search.textProperty().addListener((o, a, b) -> {
            if (!syncing) debounce.playFromStart();
        });
        search.setOnAction(e -> {
            debounce.stop();
            model.reload();
        });
        ToggleButton relevance = new ToggleButton("Relevance");
        relevance.setId("inbox-relevance");
        relevance.setTooltip(new javafx.scene.control.Tooltip("Best match first instead of newest first (slower for common words)"));
        relevance.selectedProperty().bindBidirectional(model.relevanceProperty());
        relevance.setOnAction(e -> {
            if (model.searching()) model.reload();
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        relevance.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        if (triageMenu instanceof javafx.scene.control.Control c) c.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        Label you = new Label("You are:");
        you.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        HBox top = new HBox(8, tabRow, grow, new FontIcon(AppIcon.SEARCH), search, relevance, you, actor, addPerson, triageMenu);
        top.setAlignment(Pos.CENTER_LEFT);

        ComboBox<SubmissionStatus> status = combo("inbox-filter-status", withNull(FXCollections.observableArrayList(SubmissionStatus.values())),
                s -> s == null ? "Any status" : s.label());
        status.valueProperty().bindBidirectional(model.statusProperty());
        ObservableList<Person> reviewers = FXCollections.observableArrayList();
        model.people().addListener((ListChangeListener<Person>) c -> {
            List<Person> l = new ArrayList<>();
            l.add(null);
            l.addAll(model.people());
            reviewers.setAll(l);
        });
        reviewers.add(null);
        ComboBox<Person> reviewer = combo("inbox-filter-reviewer", reviewers, p -> p == null ? "Any reviewer" : p.name());
        reviewer.valueProperty().bindBidirectional(model.reviewerProperty());
        ComboBox<String> tag = new ComboBox<>(model.tags());
        tag.setId("inbox-filter-tag");
        tag.setEditable(true);
        tag.setPromptText("Tag");
        tag.setPrefWidth(110);
        tag.valueProperty().bindBidirectional(model.tagProperty());
        TextField language = new TextField();
        language.setId("inbox-filter-language");
        language.setPromptText("Lang");
        language.setPrefColumnCount(4);
        language.textProperty().bindBidirectional(model.languageProperty());
        language.setOnAction(e -> model.reload());
        ComboBox<InboxModel.Due> due = combo("inbox-filter-due", FXCollections.observableArrayList(InboxModel.Due.values()), d -> d == null ? "" : d.label());
        due.valueProperty().bindBidirectional(model.dueProperty());
        CheckBox exclusive = new CheckBox("Exclusive only");
        exclusive.setId("inbox-filter-exclusive");
        exclusive.selectedProperty().bindBidirectional(model.exclusiveOnlyProperty());
        for (var c : List.of(status, reviewer, due)) c.setOnAction(e -> reloadUnlessSyncing());
        tag.setOnAction(e -> reloadUnlessSyncing());
        exclusive.setOnAction(e -> reloadUnlessSyncing());
        Button clear = new Button("Clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> sync(model::clearFilters));
        MenuButton saved = new MenuButton("Saved filters");
        saved.setId("inbox-saved-filters");
        Runnable fill = () -> {
            List<MenuItem> items = new ArrayList<>();
            for (SavedFilter f : model.savedFilters()) {
                MenuItem m = new MenuItem(f.name());
                m.setOnAction(e -> sync(() -> model.apply(f)));
                items.add(m);
            }
            if (!items.isEmpty()) items.add(new SeparatorMenuItem());
            MenuItem save = new MenuItem("Save current filters…");
            save.setOnAction(e -> model.saveFilter());
            items.add(save);
            for (SavedFilter f : model.savedFilters()) {
                MenuItem d = new MenuItem("Delete \u201C" + f.name() + "\u201D…");
                d.setOnAction(e -> model.deleteFilter(f));
                items.add(d);
            }
            saved.getItems().setAll(items);
        };
        model.savedFilters().addListener((ListChangeListener<SavedFilter>) c -> fill.run());
        fill.run();
        Label filters = new Label("Filter:");
        filters.getStyleClass().add("text-muted");
        HBox second = new HBox(8, filters, status, reviewer, tag, language, due, exclusive, clear, saved);
        second.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(top, second);
    }

    private void reloadUnlessSyncing() {
        if (!syncing) model.reload();
    }

    /** Runs a model command that sets many filters at once without a reload for each. */
    private void sync(Runnable r) {
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = false;
        }
    }

    Node view() {
        return root;
    }

    TextField searchField() {
        return search;
    }

    private static <T> ObservableList<T> withNull(ObservableList<T> l) {
        l.add(0, null);
        return l;
    }

    private static <T> ComboBox<T> combo(String id, ObservableList<T> items, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>(items);
        c.setId(id);
        c.setConverter(converter(label));
        c.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(label.apply(item));
            }
        });
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
