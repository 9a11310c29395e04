package org.masthead.ui.shell;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.masthead.model.ArticleStatus;
import org.masthead.model.ArticleSummary;
import org.masthead.store.ArticleStore;

/** The article list: search box, status filter, sort, trash toggle and the rows. */
public final class ArticleListView {

    private final ArticleListViewModel vm;
    private final VBox root = new VBox(6);
    private final TextField search = new TextField();
    private final ComboBox<ArticleStatus> status = new ComboBox<>();
    private final ComboBox<ArticleStore.Sort> sort = new ComboBox<>();
    private final ToggleButton trash = new ToggleButton("Trash", new FontIcon(AppIcon.TRASH));
    private final ListView<ArticleSummary> list = new ListView<>();
    private final Label count = new Label();

    public ArticleListView(ArticleListViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    public Node view() {
        return root;
    }

    public ListView<ArticleSummary> list() {
        return list;
    }

    public TextField searchField() {
        return search;
    }

    private void createView() {
        root.getStyleClass().add("article-list");
        root.setPadding(new Insets(8));
        search.setPromptText("Search headline, text, byline");
        search.setId("article-search");
        status.getItems().add(null);
        status.getItems().addAll(ArticleStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override public String toString(ArticleStatus s) { return s == null ? "All statuses" : s.label(); }
            @Override public ArticleStatus fromString(String s) { return null; }
        });
        status.setPromptText("All statuses");
        status.setId("status-filter");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        sort.getItems().addAll(ArticleStore.Sort.MODIFIED, ArticleStore.Sort.HEADLINE, ArticleStore.Sort.STATUS,
                ArticleStore.Sort.WORDS, ArticleStore.Sort.SCHEDULED);
        sort.setConverter(new StringConverter<>() {
            @Override public String toString(ArticleStore.Sort s) {
                return s == null ? "" : switch (s) {
                    case MODIFIED -> "Last changed";
                    case HEADLINE -> "Headline";
                    case STATUS -> "Status";
                    case WORDS -> "Length";
                    case SCHEDULED -> "Schedule";
                    case RELEVANCE -> "Relevance";
                };
            }
            @Override public ArticleStore.Sort fromString(String s) { return null; }
        });
        sort.setValue(ArticleStore.Sort.MODIFIED);
        sort.setId("sort");
        sort.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(sort, Priority.ALWAYS);
        trash.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        HBox filters = new HBox(6, status, sort, trash);
        filters.setAlignment(Pos.CENTER_LEFT);
        list.setId("article-list");
        list.setPlaceholder(new Label("No articles"));
        list.setCellFactory(l -> new SummaryCell(vm.publicationProperty()));
        VBox.setVgrow(list, Priority.ALWAYS);
        count.getStyleClass().add("text-muted");
        root.getChildren().addAll(search, filters, list, count);
        root.setMinWidth(220);
    }

    private void initListeners() {
        PauseTransition debounce = new PauseTransition(Duration.millis(200));
        debounce.setOnFinished(e -> vm.refresh());
        search.textProperty().addListener((o, a, b) -> {
            vm.queryProperty().set(b);
            debounce.playFromStart();
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) search.clear();
            if (e.getCode() == KeyCode.DOWN) list.requestFocus();
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        trash.selectedProperty().bindBidirectional(vm.trashProperty());
        list.setItems(vm.items());
        count.textProperty().bind(vm.summaryProperty());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) openSelected();
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) openSelected();
        });
        MenuItem dup = new MenuItem("Duplicate");
        dup.setOnAction(e -> selectedId().ifPresent(vm::duplicate));
        MenuItem trashIt = new MenuItem("Move to trash");
        trashIt.setOnAction(e -> selectedId().ifPresent(vm::moveToTrash));
        MenuItem restore = new MenuItem("Restore from trash");
        restore.setOnAction(e -> selectedId().ifPresent(vm::restoreFromTrash));
        MenuItem delete = new MenuItem("Delete for good…");
        delete.setOnAction(e -> selectedId().ifPresent(vm::deleteForever));
        trashIt.visibleProperty().bind(vm.trashProperty().not());
        restore.visibleProperty().bind(vm.trashProperty());
        delete.visibleProperty().bind(vm.trashProperty());
        list.setContextMenu(new ContextMenu(dup, trashIt, restore, delete));
    }

    /**
     * The login's role: for one that may not edit articles, the list's Duplicate, Move to trash,
     * Restore and Delete commands are marked and say why when chosen (decision 0020).
     */
    public void setGate(RoleGate gate) {
        for (MenuItem item : list.getContextMenu().getItems()) gate.articles(item, "duplicate, trash or delete articles");
    }

    private void openSelected() {
        selectedId().ifPresent(vm::open);
    }

    /** Highlights the row of the article the editor shows, if it is in the list. */
    public void select(long id) {
        for (ArticleSummary s : list.getItems()) {
            if (s.id() == id) {
                list.getSelectionModel().select(s);
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    public java.util.OptionalLong selectedId() {
        ArticleSummary s = list.getSelectionModel().getSelectedItem();
        return s == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(s.id());
    }

    /** Two lines: headline, then status · words · byline. */
    private static final class SummaryCell extends ListCell<ArticleSummary> {
        private final javafx.beans.value.ObservableValue<org.masthead.model.Publication> publication;
        private final Label headline = new Label();
        private final Label meta = new Label();
        private final Label badge = new Label();
        private final VBox box;

        SummaryCell(javafx.beans.value.ObservableValue<org.masthead.model.Publication> publication) {
            this.publication = publication;
            headline.getStyleClass().add("article-headline");
            meta.getStyleClass().addAll("text-muted", "text-small");
            badge.getStyleClass().add("status-badge");
            box = new VBox(2, headline, new HBox(6, badge, meta));
            // Size to the list, not to the text: long headlines end in an ellipsis, no side scrolling.
            setPrefWidth(0);
            box.setMinWidth(0);
            headline.setMinWidth(0);
            meta.setMinWidth(0);
            badge.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ArticleSummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            headline.setText(s.headline().isBlank() ? "(untitled)" : s.headline());
            badge.setText(s.status().label() + (s.pendingUpdate() ? " · update pending" : ""));
            badge.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
            badge.getStyleClass().add("status-" + s.status().key());
            StringBuilder m = new StringBuilder(String.format("%,d words", s.words()));
            if (s.scheduledAt() != null) {
                org.masthead.model.Publication p = publication.getValue();
                m.append(" · ").append(p.formatMeta(s.scheduledAt()));
                if (s.status() == ArticleStatus.SCHEDULED && s.scheduledAt().isBefore(java.time.Instant.now())) m.append(" (overdue)");
            }
            if (!s.byline().isBlank()) m.append(" · ").append(s.byline());
            meta.setText(m.toString());
            setGraphic(box);
        }
    }
}
