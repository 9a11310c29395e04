package org.masthead.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.masthead.ingest.markdown.ImportReport;
import org.masthead.model.Article;
import org.masthead.planning.ScheduledPublisher;
import org.masthead.store.ArticleStore;
import org.masthead.store.DataPaths;
import org.masthead.store.Database;
import org.masthead.store.DatabaseException;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.DatabaseLock;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.ui.editor.ArticleEditor;
import org.masthead.ui.publish.ExportAction;
import org.masthead.ui.publish.ExportModel;
import org.masthead.ui.shell.Action;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.AppIcon;
import org.masthead.ui.shell.FxDialogService;
import org.masthead.ui.shell.FxTaskRunner;
import org.masthead.ui.shell.MainWindow;
import org.masthead.ui.shell.WindowState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root. Start-up order matters for the first frame: the window goes on
 * screen with a light frame first; the database is opened, migrated and the lists, start
 * screen and editor are built only after that frame.
 */
public final class MastheadApp extends Application {

    /** When set, prints {@code MASTHEAD_FIRST_FRAME <ms since JVM start>} to stderr and exits. */
    static final String BENCH_FIRST_FRAME = "masthead.bench.firstFrame";
    static final String LAST_ARTICLE = "ui.lastArticle";

    private static final Logger LOG = LoggerFactory.getLogger(MastheadApp.class);

    private final DataPaths paths = DataPaths.system();
    private Stage stage;
    private MainWindow window;
    private WindowState windowState;
    private FxTaskRunner tasks;
    private DatabaseLock lock;
    private Database db;
    private ArticleEditor editor;
    private AppContext ctx;
    private ScheduledPublishing publishing;
    private ExportModel exports;
    private SingleInstance instance;
    /** Files to open once the database is open: the command line's, and any handed over meanwhile. */
    private final List<Path> pendingFiles = new java.util.ArrayList<>();
    private org.masthead.ui.inbox.InboxScreen inbox;
    private org.masthead.ui.inbox.DeadlineWatch deadlines;
    /** On a team database, what others change refreshes the lists (decision 0019); empty on SQLite. */
    private Optional<org.masthead.ui.shell.LiveRefresh> live = Optional.empty();
    /** What this login may do (read with the database, off the FX thread); every right on SQLite. */
    private volatile org.masthead.store.SessionAccess access;
    private org.masthead.ui.shell.RoleGate gate;
    private org.masthead.store.TeamPresence presence;

    static void launchWindow(String[] args) {
        Application.launch(MastheadApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        windowState = new WindowState(paths.configFolder());
        applyTheme();
        window = new MainWindow();
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MastheadApp.class.getResource("/org/masthead/ui/masthead.css").toExternalForm());
        stage.setTitle("Masthead");
        var icon = MastheadApp.class.getResource("/org/masthead/assets/icons/masthead-256.png");
        if (icon != null) stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        stage.setScene(scene);
        pendingFiles.addAll(Launcher.fileArguments(getParameters().getRaw()));
        windowState.applyTo(stage);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        Runnable afterFirstFrame = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(MastheadApp.this::onFirstFrame);
            }
        };
        scene.addPostLayoutPulseListener(afterFirstFrame);
        stage.show();
    }

    private void onFirstFrame() {
        if (Boolean.getBoolean(BENCH_FIRST_FRAME)) BenchSupport.mark("MASTHEAD_FIRST_FRAME");
        tasks = new FxTaskRunner();
        String chosen = Launcher.dbArgument(getParameters().getRaw());
        tasks.run("open database", () -> openDatabase(paths.location(chosen)), this::onDatabaseOpen, this::onDatabaseFailed);
    }

    /** Opens the database; an SQLite file is locked against a second window, a PostgreSQL server coordinates its clients itself. */
    private Database openDatabase(DatabaseLocation where) {
        lock = DatabaseLock.acquire(where);
        try {
            Database opened = Database.open(where, paths.passwords(LOG::warn));
            access = org.masthead.store.SessionAccess.of(opened);
            if (!Boolean.getBoolean(BENCH_FIRST_FRAME) && where instanceof DatabaseLocation.SqliteFile f) listenForLaterLaunches(f.file());
            return opened;
        } catch (RuntimeException e) {
            if (lock != null) lock.close();
            lock = null;
            throw e;
        }
    }

    private void listenForLaterLaunches(Path file) {
        try {
            instance = SingleInstance.listen(file, files -> Platform.runLater(() -> openFiles(files)));
        } catch (java.io.IOException e) {
            LOG.warn("a second launch on this database will say it is open rather than hand over its files", e);
        }
    }

    /**
     * Brings the window to the front and opens {@code files}: Markdown is imported (after asking),
     * mail goes to the inbox's import (both after asking, see {@link OpenFilesAction}). Files that come before
     * the database is open wait for it.
     */
    void openFiles(List<Path> files) {
        if (stage == null) return;
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        pendingFiles.addAll(files);
        if (ctx == null || pendingFiles.isEmpty()) return;
        List<Path> now = List.copyOf(pendingFiles);
        pendingFiles.clear();
        new OpenFilesAction(ctx.dialogs(), db.location().describe(), paths -> markdownImport().importPaths(paths), paths -> {
            window.showInbox();
            inbox.importPaths(paths);
        }).open(now);
    }

    private void onDatabaseOpen(Database database) {
        if (stage == null) { // the window was closed while the database was opening
            database.close();
            if (instance != null) instance.close();
            if (lock != null) lock.close();
            return;
        }
        this.db = database;
        FxDialogService dialogs = new FxDialogService(() -> stage);
        ArticleStore articles = new ArticleStore(db);
        ctx = new AppContext(db, articles, new ImageStore(db), new PublicationStore(db), new SeriesStore(db, articles), tasks, dialogs,
                Clock.systemUTC());
        editor = new ArticleEditor(ctx);
        editor.setRecoveryFolder(paths.dataFolder().resolve("recovery"));
        exports = ExportModel.forContext(ctx, Platform::runLater);
        gate = new org.masthead.ui.shell.RoleGate(access, dialogs);
        stage.setTitle("Masthead — " + (db.file() != null ? db.file().getFileName().toString()
                : db.location().describe() + " (" + access.login() + ", " + access.level().said() + ")"));
        org.masthead.store.SubmissionStore submissions = new org.masthead.store.SubmissionStore(db, ctx.clock());
        inbox = new org.masthead.ui.inbox.InboxScreen(ctx, submissions, InboxMail.create(ctx, submissions), org.masthead.ingest.mailbox.PasswordStore.in(paths),
                () -> stage);
        inbox.setArticleOpener(window::openArticle);
        inbox.setGate(gate);
        window.setInbox(inbox);
        window.attach(ctx, editor, fileActions(), viewActions(), helpActions());
        window.listView().setGate(gate);
        gate.whyNotArticles("edit or publish articles").ifPresent(editor::setReadOnly);
        gate.whyNotArticles("plan series or schedule articles").ifPresent(window.plannerModel()::setReadOnly);
        deadlines = new org.masthead.ui.inbox.DeadlineWatch(ctx, submissions, window::setInboxBadge, this::showDue);
        deadlines.start(java.time.Duration.ofSeconds(20), java.time.Duration.ofMinutes(5));
        if (db.file() == null) startPresence(db);
        editor.articleProperty().addListener((o, a, b) -> {
            if (b != null && (a == null || a.id() != b.id())) rememberLastArticle(b.id());
        });
        if (Boolean.getBoolean(BENCH_FIRST_FRAME)) {
            // Queued behind the list's first query on the one worker: its callback comes when the list is filled.
            tasks.run("bench ready", () -> null, x -> {
                BenchSupport.mark("MASTHEAD_READY");
                Platform.exit();
            }, e -> Platform.exit());
            return;
        }
        listenToTeam();
        if (!pendingFiles.isEmpty()) Platform.runLater(() -> openFiles(List.of()));
        tasks.run("start", () -> new StartupState(ctx.publication().setting(LAST_ARTICLE)
                .map(Long::parseLong).filter(ctx.articles()::isLive),
                org.masthead.store.DemoPublication.isOffered(ctx.articles(), ctx.publication(), submissions)),
                this::afterOpen,
                e -> LOG.warn("start-up state", e));
        // Queued after the start-up work: its first run finds what fell due while the app was closed.
        ScheduledPublisher publisher = new ScheduledPublisher(ctx.articles(), ctx.series(), ctx.publication());
        publishing = new ScheduledPublishing(tasks, publisher, ctx::now, new PublishingWindow());
        publishing.start(Platform::runLater);
    }

    /**
     * Subscribes once to a team database's changes, on a worker (it opens a connection of its
     * own); on SQLite nothing subscribes. A failure to listen only costs the live refresh.
     */
    private void listenToTeam() {
        org.masthead.ui.shell.LiveRefresh.Targets targets = new org.masthead.ui.shell.LiveRefresh.Targets() {
            @Override
            public void articles(java.util.Set<Long> ids) {
                if (stage == null) return;
                window.list().refresh();
                window.startScreen().refresh();
                long open = editorArticleId();
                if (ids.contains(open)) editor.savedByOthers(open);
            }

            @Override
            public void submissions(java.util.Set<Long> ids) {
                if (stage == null) return;
                inbox.model().refreshRows(ids);
            }

            @Override
            public void series(java.util.Set<Long> ids) {
                if (stage == null) return;
                window.refreshPlanner();
            }

            @Override
            public void everything() {
                if (stage == null) return;
                window.list().refresh();
                window.startScreen().refresh();
                inbox.model().reload();
                window.refreshPlanner();
                editor.savedByOthers(editorArticleId());
            }
        };
        tasks.run("team changes", () -> org.masthead.ui.shell.LiveRefresh.attach(db, Platform::runLater, targets), l -> {
            if (stage == null) {
                l.ifPresent(org.masthead.ui.shell.LiveRefresh::close);
                return;
            }
            live = l;
        }, e -> LOG.warn("others' changes will not show until the lists are read again", e));
    }

    /** What scheduled publishing does to the window. */
    private final class PublishingWindow implements ScheduledPublishing.Window {
        @Override
        public long openArticle() {
            return editorArticleId();
        }

        @Override
        public void flushEditor() {
            editor.flush();
        }

        @Override
        public void storedElsewhere(Article published) {
            editor.storedElsewhere(published);
        }

        @Override
        public void published(List<Article> published) {
            window.list().refresh();
            window.startScreen().refresh();
            window.refreshPlanner();
            for (Article a : published) editor.reloadIfOpen(a.id());
            exports.autoExport(); // into the export folder, if one is set
        }

        @Override
        public void failed(String message) {
            ctx.dialogs().error("Scheduled publishing", message + "\nIt stays scheduled; fix it and it goes out at the next check.");
        }
    }

    /** A non-modal notice of what is due; the watch shows it only when something new came due. */
    private javafx.stage.Popup dueNotice;

    /**
     * The deadline notice: a pop-up in the window's lower right corner, not a dialog, so it never
     * takes the keyboard from the list being triaged or the article being written. It lists the
     * first few, opens the inbox on request, and stays until dismissed or replaced.
     */
    private void showDue(List<org.masthead.model.SubmissionRow> due) {
        if (stage == null || due.isEmpty() || !stage.isShowing()) return;
        if (dueNotice != null) dueNotice.hide();
        javafx.scene.control.Label head = new javafx.scene.control.Label(due.size()
                + (due.size() == 1 ? " submission is" : " submissions are") + " due within 24 hours or overdue");
        head.getStyleClass().add("title-4");
        String text = org.masthead.ui.inbox.DeadlineWatch.describe(due, inbox.model().zone(), ctx.now());
        String[] lines = text.split("\n");
        javafx.scene.control.Label body = new javafx.scene.control.Label(lines.length > 6
                ? String.join("\n", java.util.Arrays.copyOf(lines, 5)) + "\n\u2026 and " + (due.size() - 5) + " more"
                : text);
        body.setWrapText(true);
        body.setMaxWidth(420);
        javafx.scene.control.Button open = new javafx.scene.control.Button("Open the inbox");
        javafx.scene.control.Button dismiss = new javafx.scene.control.Button("Dismiss");
        open.setFocusTraversable(false);
        dismiss.setFocusTraversable(false);
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(8, open, dismiss);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, head, body, buttons);
        box.setPadding(new javafx.geometry.Insets(12));
        box.getStyleClass().add("due-notice");
        box.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-warning-emphasis; -fx-border-width: 2;"
                + " -fx-background-radius: 6; -fx-border-radius: 6; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 12, 0, 0, 2);");
        javafx.stage.Popup popup = new javafx.stage.Popup();
        popup.getContent().add(box);
        popup.setAutoHide(false);
        open.setOnAction(e -> {
            popup.hide();
            window.showInbox();
        });
        dismiss.setOnAction(e -> popup.hide());
        dueNotice = popup;
        popup.show(stage);
        popup.setX(stage.getX() + stage.getWidth() - box.getWidth() - 24);
        popup.setY(stage.getY() + stage.getHeight() - box.getHeight() - 40);
    }

    private record StartupState(Optional<Long> lastArticle, boolean offerDemo) {
    }

    private void afterOpen(StartupState s) {
        s.lastArticle().ifPresent(window::openArticle);
        // Once the window has settled, build the planner off screen so the first click on Series is quick.
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        settle.setOnFinished(e -> window.warmPlanner(() -> { }));
        settle.play();
        if (s.offerDemo() && access.mayEditArticles()) new DemoOffer(ctx, window).offer();
    }

    private volatile long lastRemembered = -1;

    private void rememberLastArticle(long id) {
        tasks.run("remember article", () -> {
            ctx.publication().putSetting(LAST_ARTICLE, Long.toString(id));
            return id;
        }, x -> lastRemembered = x, e -> LOG.warn("could not remember the last article", e));
    }

    // For tests: what the app has done, without reaching into its nodes.
    MainWindow window() {
        return window;
    }

    long lastArticleRemembered() {
        return lastRemembered;
    }

    long editorArticleId() {
        return editor == null || editor.articleProperty().get() == null ? -1 : editor.articleProperty().get().id();
    }

    private void onDatabaseFailed(Throwable e) {
        if (stage == null) return; // closed meanwhile
        if (Boolean.getBoolean(BENCH_FIRST_FRAME)) { // a smoke run: no one is there to close the dialog
            System.err.println("masthead: " + e.getMessage());
            System.exit(1);
        }
        String message = e instanceof DatabaseException ? e.getMessage() : "Masthead could not open its database: " + e.getMessage();
        window.showFailure(message);
        new FxDialogService(() -> stage).error("Cannot open the database", message);
    }

    private List<Action> fileActions() {
        return java.util.Arrays.asList(
                gate.articles(Action.of("New article", "Shortcut+N", AppIcon.NEW, () -> window.list().newArticle()), "write articles"),
                gate.articles(Action.of("Duplicate article", "Shortcut+D", AppIcon.DUPLICATE,
                        () -> window.currentArticleId().ifPresent(id -> window.list().duplicate(id))), "write articles"),
                // Not Ctrl+Delete: in the text that deletes the next word.
                gate.articles(Action.of("Move to trash", "Shortcut+Shift+Delete", AppIcon.TRASH,
                        () -> window.currentArticleId().ifPresent(id -> window.list().moveToTrash(id))), "change articles"),
                Action.of("Show trash", null, AppIcon.RESTORE, () -> {
                    window.showArticles();
                    window.list().trashProperty().set(true);
                }),
                null,
                gate.siteSettings(Action.of("Publication settings…", null, AppIcon.SETTINGS, window::editPublication),
                        "change the publication's settings"),
                Action.of("Back up…", null, AppIcon.SAVE, () -> new BackupAction(ctx).run()),
                gate.articles(Action.of("Export site…", null, AppIcon.EXPORT_SITE, () -> new ExportAction(ctx, exports, () -> stage).run()),
                        "export the site"),
                gate.articles(Action.of("Import Markdown…", null, AppIcon.IMPORT, this::importMarkdown), "import articles"),
                Action.of("Import mail…", null, AppIcon.INBOX, () -> {
                    window.showInbox();
                    inbox.chooseAndImport();
                }),
                null,
                Action.of("Connect to a team database…", null, AppIcon.TEAM_DATABASE, this::connectToTeam),
                null,
                Action.of("Quit", "Shortcut+Q", null, this::quit));
    }

    /** File ▸ Connect to a team database…: the address (and a password for this once), a trial connection, then a window on it. */
    private void connectToTeam() {
        String current = db.location() instanceof org.masthead.store.DatabaseLocation.Postgres p ? p.describe() : "";
        org.masthead.ui.shell.TeamConnectDialog.ask(stage, current).ifPresent(r -> new org.masthead.ui.shell.TeamConnectModel(paths, tasks,
                ctx.dialogs(), (where, password) -> {
                    try (Database trial = password == null ? Database.open(where, paths.passwords(LOG::warn)) : Database.open(where, password)) {
                        trial.location(); // opened and migrated: the address, the login and the schema are good
                    }
                }, this::reopenOn).connect(r.address(), r.password()));
    }

    /** Starts Masthead again on {@code where} (the password in its environment only) and closes this window, saving first. */
    private void reopenOn(org.masthead.store.DatabaseLocation.Postgres where, String password) {
        java.util.Optional<List<String>> command = Relaunch.command(ProcessHandle.current().info(), where.describe());
        if (command.isEmpty()) {
            ctx.dialogs().error("Connect to a team database", "Masthead cannot tell how it was started here. Start it again with\n\n"
                    + "masthead --db " + where.describe());
            return;
        }
        try {
            Relaunch.start(command.get(), password);
        } catch (IOException e) {
            ctx.dialogs().error("Connect to a team database", "Could not start Masthead on " + where.describe() + ": " + e.getMessage());
            return;
        }
        quit();
    }

    private void importMarkdown() {
        markdownImport().run();
    }

    private MarkdownImportAction markdownImport() {
        return new MarkdownImportAction(ctx, () -> stage, editor::flush, report -> {
            window.list().refresh();
            window.startScreen().refresh();
            window.refreshPlanner();
            for (var f : report.files()) {
                if (f.outcome() == ImportReport.Outcome.UPDATED) editor.reloadIfOpen(f.articleId());
            }
        });
    }

    private List<Action> viewActions() {
        return java.util.Arrays.asList(
                Action.of("Home", "Shortcut+1", AppIcon.HOME, window::showHome),
                Action.of("Articles", "Shortcut+2", AppIcon.ARTICLES, window::showArticles),
                Action.of("Series", "Shortcut+3", AppIcon.SERIES, window::showSeries),
                Action.of("Inbox", "Shortcut+4", AppIcon.INBOX, window::showInbox),
                Action.of("Search articles", "Shortcut+Shift+F", AppIcon.SEARCH, window::focusSearch),
                null,
                Action.of("Toggle dark theme", "Shortcut+Shift+T", AppIcon.THEME, this::toggleTheme));
    }

    private List<Action> helpActions() {
        return List.of(gate.articles(Action.of("Load demo publication…", null, AppIcon.ARTICLES, () -> new DemoOffer(ctx, window).offer()),
                        "load articles"),
                Action.of("My role…", null, null, () -> ctx.dialogs().info("My role", gate.describe())),
                Action.of("About Masthead", null, null, () -> ctx.dialogs().info("About Masthead",
                        "Masthead — the editorial workstation for an opinion section.\nDatabase: " + db.location().describe())));
    }

    private void toggleTheme() {
        windowState.setDark(!windowState.dark());
        applyTheme();
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(windowState.dark() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void quit() {
        shutdown();
        Platform.exit();
    }

    @Override
    public void stop() {
        shutdown();
    }

    /** Team database: "Ana is editing this article" in the editor (decision 0018); connecting happens off the FX thread. */
    private void startPresence(Database database) {
        tasks.run("team presence", () -> org.masthead.store.TeamPresence.start(database), p -> {
            if (stage == null) {
                p.close();
                return;
            }
            presence = p;
            editor.setPresence(p);
        }, e -> LOG.warn("cannot tell the team which article is open here", e));
    }

    /** Saves what is pending, stores the window's state and closes the database; safe to call twice. */
    void shutdown() {
        if (stage == null) return;
        try {
            if (editor != null) editor.flush();
            windowState.captureFrom(stage);
            windowState.save();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not store the window's state", e);
        }
        stage.hide(); // gone from the screen while the last save finishes
        stage = null;
        if (publishing != null) publishing.close();
        if (deadlines != null) deadlines.close();
        live.ifPresent(org.masthead.ui.shell.LiveRefresh::close);
        if (presence != null) presence.close(); // says "closed" to the others
        if (exports != null) exports.close(); // before the database closes under it
        if (tasks != null) tasks.close();
        if (db != null) db.close();
        if (instance != null) instance.close();
        if (lock != null) lock.close();
    }
}
