package org.masthead.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.masthead.model.ArticleStatus;
import org.masthead.ui.editor.ArticleEditor;

/**
 * The main window. It is put on screen in two steps: {@link #MainWindow()} builds only a
 * light frame (menu bar, sidebar, a "Opening…" message) so the first frame appears at once;
 * {@link #attach} fills it once the database is open, building the list, the start screen
 * and the editor.
 */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final MenuBar menuBar = new MenuBar();
    private final VBox sidebar = new VBox(4);
    private final ToggleGroup nav = new ToggleGroup();
    private final ToggleButton homeButton = navButton("Home");
    private final ToggleButton articlesButton = navButton("Articles");
    private final ToggleButton seriesButton = navButton("Series");
    private final ToggleButton inboxButton = navButton("Inbox");
    private final Label inboxBadge = new Label();
    private org.masthead.ui.inbox.InboxScreen inbox;
    private final StackPane center = new StackPane();
    private final Label status = new Label("Opening the database…");

    private AppContext ctx;
    private ArticleListViewModel listVm;
    private ArticleListView listView;
    private StartScreen start;
    private ArticleEditor editor;
    private SplitPane articlesPane;
    private org.masthead.ui.planner.PlannerModel plannerModel;
    private org.masthead.ui.planner.PlannerScreen planner;

    public MainWindow() {
        root.getStyleClass().add("main-window");
        menuBar.getMenus().add(new Menu("File"));
        menuBar.setUseSystemMenuBar(true);
        root.setTop(menuBar);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPadding(new Insets(10, 6, 10, 6));
        sidebar.setPrefWidth(128);
        sidebar.getChildren().addAll(homeButton, articlesButton, seriesButton, inboxButton);
        inboxButton.setDisable(true);
        inboxBadge.setStyle("-fx-background-color: -color-danger-emphasis; -fx-text-fill: -color-fg-emphasis; -fx-background-radius: 8;"
                + " -fx-padding: 0 5 0 5; -fx-font-size: 0.8em;");
        inboxBadge.setId("inbox-badge");
        inboxBadge.setVisible(false);
        inboxBadge.managedProperty().bind(inboxBadge.visibleProperty());
        homeButton.setDisable(true);
        articlesButton.setDisable(true);
        seriesButton.setDisable(true);
        root.setLeft(sidebar);
        status.getStyleClass().add("text-muted");
        center.getChildren().add(status);
        root.setCenter(center);
    }

    private ToggleButton navButton(String text) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(nav);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().add("nav-button");
        // Never the keyboard focus: a space typed into "nowhere" must not switch sections.
        b.setFocusTraversable(false);
        b.setId("nav-" + text.toLowerCase());
        return b;
    }

    public Parent root() {
        return root;
    }

    /** Shows why the database could not be opened, in place of the content. */
    public void showFailure(String message) {
        status.setText(message);
        status.setWrapText(true);
        status.setMaxWidth(560);
        status.getStyleClass().add("danger");
    }

    /** Builds the real window over an open database. */
    public void attach(AppContext context, ArticleEditor articleEditor, List<Action> fileActions, List<Action> viewActions,
                       List<Action> helpActions) {
        this.ctx = context;
        this.editor = articleEditor;
        listVm = new ArticleListViewModel(ctx);
        listVm.setOpener(this::openArticle);
        listVm.setFlushEditor(editor::flush);
        listVm.setReleaseArticle(id -> {
            if (editor.articleProperty().get() != null && editor.articleProperty().get().id() == id) editor.close();
        });
        listView = new ArticleListView(listVm);
        start = new StartScreen(ctx, this::openArticle, this::filterBy, listVm::newArticle);
        plannerModel = new org.masthead.ui.planner.PlannerModel(ctx);
        plannerModel.setArticleOpener(this::openArticle);
        plannerModel.setArticleSync(new org.masthead.ui.planner.PlannerModel.ArticleSync() {
            @Override public void storedElsewhere(org.masthead.model.Article a) { editor.storedElsewhere(a); }
            @Override public void reloadIfOpen(long id) { editor.reloadIfOpen(id); }
        });
        planner = new org.masthead.ui.planner.PlannerScreen(plannerModel);
        start.setSeriesOpener(this::openSeries);
        start.setInboxOpener(this::showInbox);
        editor.setOnSaved(a -> listVm.refresh());
        // The highlighted row is the article in the editor, also after the list is refreshed.
        editor.articleProperty().addListener((o, a, b) -> {
            if (b != null && (a == null || a.id() != b.id())) listView.select(b.id());
        });
        listVm.items().addListener((javafx.collections.ListChangeListener<org.masthead.model.ArticleSummary>) c -> {
            if (editor.articleProperty().get() != null) listView.select(editor.articleProperty().get().id());
        });

        articlesPane = new SplitPane(listView.view(), editor.view());
        articlesPane.setOrientation(Orientation.HORIZONTAL);
        articlesPane.setDividerPositions(0.28);
        // Narrow windows take width from the list first, down to its minimum; the text keeps the most.

        homeButton.setGraphic(new FontIcon(AppIcon.HOME));
        articlesButton.setGraphic(new FontIcon(AppIcon.ARTICLES));
        seriesButton.setGraphic(new FontIcon(AppIcon.SERIES));
        homeButton.setDisable(false);
        articlesButton.setDisable(false);
        seriesButton.setDisable(false);
        if (inbox != null) {
            // Icon, name and the due count in one graphic, so the badge never truncates the name.
            Label name = new Label("Inbox");
            name.setMinWidth(Label.USE_PREF_SIZE);
            inboxBadge.setMinWidth(Label.USE_PREF_SIZE);
            javafx.scene.layout.HBox g = new javafx.scene.layout.HBox(8, new FontIcon(AppIcon.INBOX), name, inboxBadge);
            g.setAlignment(Pos.CENTER_LEFT);
            inboxButton.setGraphic(g);
            inboxButton.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            inboxButton.setDisable(false);
        }
        nav.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one section is always chosen
            } else if (b == homeButton) {
                center.getChildren().setAll(start.view());
                start.refresh();
            } else if (b == inboxButton) {
                center.getChildren().setAll(inbox.view().view());
                inbox.open();
                javafx.application.Platform.runLater(inbox.view()::focusList);
            } else if (b == seriesButton) {
                center.getChildren().setAll(planner.view());
                plannerModel.reload();
            } else {
                center.getChildren().setAll(articlesPane);
            }
        });

        List<Menu> menus = new ArrayList<>();
        menus.add(menu("File", fileActions));
        menus.addAll(editor.menus());
        menus.add(menu("Plan", planActions()));
        if (inbox != null) menus.add(inbox.menu());
        menus.add(menu("View", viewActions));
        menus.add(menu("Help", helpActions));
        menuBar.getMenus().setAll(menus);

        listVm.refresh();
        homeButton.setSelected(true);
    }

    /** The planner's commands; each shows the Series screen first. */
    private List<Action> planActions() {
        javafx.beans.binding.BooleanBinding noSeries = plannerModel.selectedProperty().isNull();
        return java.util.Arrays.asList(
                Action.of("New series…", "Shortcut+Shift+N", AppIcon.SERIES, () -> {
                    showSeries();
                    planner.seriesList().actions().create();
                }),
                Action.of("Edit series…", null, AppIcon.SETTINGS, () -> {
                    showSeries();
                    planner.seriesList().actions().edit(plannerModel.selectedProperty().get().series().id());
                }).disabledWhen(noSeries),
                Action.of("Add part…", null, null, () -> {
                    showSeries();
                    planner.board().insert(plannerModel.selectedProperty().get().parts().size());
                }).disabledWhen(noSeries),
                Action.of("Auto-schedule series", null, AppIcon.AUTO_SCHEDULE, () -> {
                    showSeries();
                    plannerModel.autoSchedule();
                }).disabledWhen(noSeries),
                Action.of("Published pages to update…", null, AppIcon.CONFLICT, () -> {
                    showSeries();
                    plannerModel.showPageUpdates();
                }).disabledWhen(noSeries),
                null,
                Action.of("Export plan as iCalendar…", null, AppIcon.EXPORT_CALENDAR, plannerModel::exportCalendar));
    }

    private static Menu menu(String name, List<Action> actions) {
        Menu m = new Menu(name);
        for (Action a : actions) {
            m.getItems().add(a == null ? new SeparatorMenuItem() : a.menuItem());
        }
        return m;
    }

    public void openArticle(long id) {
        articlesButton.setSelected(true);
        editor.open(id);
    }

    /** What the settings dialog edits: the publication and its site. */
    private record Settings(org.masthead.model.Publication publication, org.masthead.model.SiteSettings site) {
    }

    /** File ▸ Publication settings…: edit a copy, store it on OK (one transaction), show it everywhere. */
    public void editPublication() {
        ctx.tasks().run("read publication", () -> new Settings(ctx.publication().get(), ctx.publication().site()), current -> {
            PublicationSettingsDialog.show(root.getScene().getWindow(), current.publication(), current.site()).ifPresent(form -> {
                org.masthead.model.Publication next;
                org.masthead.model.SiteSettings site;
                try {
                    next = PublicationSettings.parse(form.publication());
                    site = SiteSettingsForm.parse(form.site());
                } catch (IllegalArgumentException e) {
                    ctx.dialogs().error("Publication settings", e.getMessage() + " Nothing was changed.");
                    return;
                }
                ctx.tasks().run("save publication", () -> {
                    org.masthead.model.SiteSettings withLogo = site;
                    if (form.newLogo().isPresent()) {
                        byte[] bytes = java.nio.file.Files.readAllBytes(form.newLogo().get());
                        withLogo = site.withLogoImage(ctx.images().put(bytes).sha256());
                    }
                    ctx.publication().saveAll(next, withLogo);
                    return next;
                }, p -> {
                    listVm.refresh();
                    start.refresh();
                }, e -> ctx.dialogs().error("Publication settings", e.getMessage() + " Nothing was changed."));
            });
        }, e -> ctx.dialogs().error("Publication settings", e.getMessage()));
    }

    /** The submission inbox; set before {@link #attach} to have its section and menu. */
    public void setInbox(org.masthead.ui.inbox.InboxScreen screen) {
        this.inbox = screen;
    }

    /** The inbox section (Ctrl+4). */
    public void showInbox() {
        if (inbox == null) return;
        if (inboxButton.isSelected()) inbox.open(); else inboxButton.setSelected(true);
    }

    /** The count of deadlines due within 24 hours on the Inbox button; hidden at 0. */
    public void setInboxBadge(int due) {
        inboxBadge.setText(Integer.toString(due));
        inboxBadge.setVisible(due > 0);
        inboxButton.setTooltip(due > 0 ? new javafx.scene.control.Tooltip(due + " submission(s) due within 24 hours or overdue") : null);
    }

    public void showHome() {
        homeButton.setSelected(true);
    }

    public void showArticles() {
        articlesButton.setSelected(true);
    }

    /**
     * Builds the planner once off screen while another section is shown, so that the first
     * click on Series finds its classes loaded, its style sheets applied once and its code
     * warmed: the first opening after start costs about what later ones do. Does nothing once
     * Series has been shown.
     */
    public void warmPlanner(Runnable done) {
        if (seriesButton.isSelected() || planner.view().getScene() != null) {
            done.run();
            return;
        }
        ctx.tasks().run("warm the planner", plannerModel::read, snap -> {
            if (!seriesButton.isSelected() && planner.view().getScene() == null && root.getScene() != null) {
                plannerModel.show(snap);
                StackPane holder = new StackPane(planner.view());
                javafx.scene.Scene offScreen = new javafx.scene.Scene(holder, root.getScene().getWidth(), root.getScene().getHeight());
                offScreen.getStylesheets().setAll(root.getScene().getStylesheets());
                holder.applyCss();
                holder.layout();
                holder.getChildren().clear();
            }
            done.run();
        }, e -> done.run());
    }

    /** The series planner: series list, board, calendar and pool. */
    public void showSeries() {
        if (seriesButton.isSelected()) plannerModel.reload(); else seriesButton.setSelected(true);
    }

    /** The planner with this series selected. */
    public void openSeries(long seriesId) {
        plannerModel.select(seriesId);
        showSeries();
    }

    /** Reads the plan again if the planner is on screen (something else changed it). */
    public void refreshPlanner() {
        if (seriesButton.isSelected()) plannerModel.reload();
    }

    public org.masthead.ui.planner.PlannerModel planner() {
        return plannerModel;
    }

    public org.masthead.ui.planner.PlannerScreen plannerScreen() {
        return planner;
    }

    private void filterBy(ArticleStatus s) {
        listVm.trashProperty().set(false);
        listVm.statusProperty().set(s);
        articlesButton.setSelected(true);
    }

    public ArticleListViewModel list() {
        return listVm;
    }

    /** The planner's model (for the login's role). */
    public org.masthead.ui.planner.PlannerModel plannerModel() {
        return plannerModel;
    }

    public ArticleListView listView() {
        return listView;
    }

    public StartScreen startScreen() {
        return start;
    }

    /** The selected article in the list, else the one in the editor. */
    public java.util.OptionalLong currentArticleId() {
        if (editor != null && editor.articleProperty().get() != null && articlesButton.isSelected()) {
            return java.util.OptionalLong.of(editor.articleProperty().get().id());
        }
        return listView == null ? java.util.OptionalLong.empty() : listView.selectedId();
    }

    public void focusSearch() {
        articlesButton.setSelected(true);
        listView.searchField().requestFocus();
    }
}
