package org.masthead.ui.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Publication;
import org.masthead.model.Revision;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.TextStats;
import org.masthead.store.ArticleStore.SaveKind;
import org.masthead.ui.shell.AppContext;
import org.reactfx.util.Either;

/**
 * The article editor screen: the rich text with its toolbar, find bar and status bar, and a
 * side panel with the figure fields, the article's fields and workflow, and its revisions.
 * This class only composes the parts and runs the open / show / close life cycle.
 */
public final class ArticleEditor {

    private final AppContext ctx;
    private final EditorArea area;
    private final MetadataViewModel meta = new MetadataViewModel();
    private MetadataView metaView;
    private final SaveController saves;
    private final FormatCommands format;
    private final BlockInserter blocks;
    private final ImageImporter importer;
    private final FindReplaceBar findBar;
    private final FigurePanel figurePanel;
    private final WorkflowPanel workflow;
    private final RevisionPanel revisions;
    private final ChecksPanel checks;
    private FindingJump jump;
    private final EditorStatusBar status;
    private final EditorActions actions;
    private final TeamEditing team;
    private final TabPane side = new TabPane();
    private final Tab articleTab = new Tab("Article");
    private final Tab revisionsTab = new Tab("Revisions");
    private final Tab checksTab = new Tab("Checks");
    private final Tab previewTab = new Tab("Preview");
    private PreviewPanel preview;
    private java.nio.file.Path previewFolder;
    private final BorderPane root = new BorderPane();
    private Publication publication = Publication.DEFAULT;
    private ScheduledExecutorService timer;
    private AutosaveScheduler autosave;

    /** The last revision restore: the text and details on either side of it, for undo and redo. */
    private record Restored(List<?> textBefore, ArticleContent fieldsBefore, List<?> textAfter, ArticleContent fieldsAfter) {
    }

    private Restored restored;
    private final javafx.scene.control.TextField headline = new javafx.scene.control.TextField();
    private Consumer<Article> onSaved = a -> { };
    /** True while the editor itself replaces the text (opening), which is not an edit. */
    private boolean loading;
    private long generation;
    /** True for a login whose role may not edit articles. */
    private final javafx.beans.property.BooleanProperty readOnly = new javafx.beans.property.SimpleBooleanProperty();

    public ArticleEditor(AppContext ctx) {
        this.ctx = ctx;
        this.area = new EditorArea(new FigureNodeFactory(new ImageCache(ctx.images(), ctx.tasks())));
        this.saves = new SaveController(ctx, area, meta);
        this.format = new FormatCommands(area, ctx.dialogs());
        this.blocks = new BlockInserter(area);
        this.importer = new ImageImporter(ctx, blocks);
        new ClipboardSupport(area, blocks, importer);
        this.findBar = new FindReplaceBar(area);
        this.figurePanel = new FigurePanel(area);
        WorkflowController steps = new WorkflowController(ctx, saves, meta, () -> publication, this::reloadContent);
        this.workflow = new WorkflowPanel(saves.articleProperty(), saves.dirtyProperty(), () -> publication, steps::perform);
        this.revisions = new RevisionPanel(ctx, this::currentSnapshot, this::restoreRevision, () -> publication);
        this.checks = new ChecksPanel(ctx, where -> jump.accept(where));
        this.status = new EditorStatusBar(saves.dirtyProperty(), saves.savingProperty(), saves.lastSavedProperty(), saves.articleProperty());
        this.actions = new EditorActions(area, format, blocks, new Commands(), saves.articleProperty().isNull(),
                saves.articleProperty().isNull().or(readOnly));
        this.team = new TeamEditing(saves, this::showStored, this::putRecovered, side,
                () -> root.getScene() == null ? null : root.getScene().getWindow(), ctx.database().location(), ctx.tasks());
        createView();
        initListeners();
    }

    private void createView() {
        VirtualizedScrollPane<EditorArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The headline sits above the text, as on the page; it is the same field as in the Article panel.
        headline.setPromptText("Headline");
        headline.setId("headline-big");
        headline.getStyleClass().add("headline-big");
        headline.textProperty().bindBidirectional(meta.headlineProperty());
        headline.disableProperty().bind(saves.articleProperty().isNull());
        headline.setOnAction(e -> area.requestFocus());
        VBox center = new VBox(findBar.view(), team.noticesView(), headline, scroll);
        metaView = new MetadataView(meta, workflow.view());
        articleTab.setContent(metaView.view());
        revisionsTab.setContent(revisions.view());
        checksTab.setContent(checks.view());
        checksTab.setId("checks-tab");
        checksTab.textProperty().bind(checks.titleProperty());
        preview = new PreviewPanel(ctx, this::renderPreview);
        previewTab.setContent(preview.view());
        previewTab.setId("preview-tab");
        side.getTabs().setAll(articleTab, checksTab, revisionsTab, previewTab);
        jump = new FindingJump(headline, area, figurePanel, metaView, () -> side.getSelectionModel().select(articleTab));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(side, Priority.ALWAYS);
        VBox sideBox = new VBox(figurePanel.view(), side);
        sideBox.setMinWidth(250);
        center.setMinWidth(340); // the text column stays readable in a narrow window
        // With no article open (after a trash, say) nothing here can be typed into and lost.
        articleTab.getContent().disableProperty().bind(saves.articleProperty().isNull().or(readOnly));
        SplitPane split = new SplitPane(center, sideBox);
        split.setDividerPositions(0.64);
        root.setTop(actions.toolbar());
        root.setCenter(split);
        root.setBottom(status.view());
        root.getStylesheets().add(getClass().getResource(EditorCss.STYLESHEET).toExternalForm());
        root.getStyleClass().add("article-editor");
    }

    private void initListeners() {
        actions.installKeys(root);
        // Ctrl+Z after restoring a revision brings back the details with the text; Ctrl+Y redoes both.
        area.getUndoManager().performingActionProperty().addListener((o, was, now) -> {
            if (!was || now || restored == null) return;
            List<?> text = area.getParagraphs();
            if (text.equals(restored.textBefore())) meta.restore(restored.fieldsBefore());
            else if (text.equals(restored.textAfter())) meta.restore(restored.fieldsAfter());
        });
        // A bold/italic switched on for the next words ends when the caret is moved elsewhere.
        area.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> area.setTextInsertionStyle(null));
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isNavigationKey()) area.setTextInsertionStyle(null);
        });
        // Keys typed with no article open (or while one loads) would be thrown away unseen.
        area.editableProperty().bind(saves.articleProperty().isNotNull().and(readOnly.not()));
        area.fallbackDirectionProperty().bind(meta.directionProperty());
        // All an edit costs on the FX thread: the autosave's two field writes.
        area.multiRichChanges().subscribe(c -> touch());
        meta.versionProperty().addListener((o, a, b) -> touch());
        area.plainTextChanges().successionEnds(Duration.ofMillis(300)).subscribe(c -> recount());
        saves.setOnSaved(a -> {
            if (revisionsTab.isSelected() && saves.articleProperty().get() != null) revisions.refresh();
            if (a != null && saves.articleProperty().get() != null) checks.refresh(a);
            if (a != null && previewTab.isSelected()) preview.show(a);
            team.saved();
            onSaved.accept(a);
        });
        revisionsTab.selectedProperty().addListener((o, was, is) -> {
            if (is) revisions.refresh();
        });
        // The WebView is made the first time the tab shows, never at start-up.
        previewTab.selectedProperty().addListener((o, was, is) -> {
            if (is) preview.show(saves.articleProperty().get());
        });
        area.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        area.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean ok = db.hasFiles() && saves.articleProperty().get() != null;
            if (ok) {
                area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex());
                importer.insertDropped(db.getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void touch() {
        if (!loading && autosave != null && saves.articleProperty().get() != null) autosave.touch();
    }

    // --- public API for the shell ---

    public Node view() {
        return root;
    }

    /** The text area, for focus and tests. */
    /** The rich text area itself, for benchmarks (click-to-drawn, keystroke cost). */
    public EditorArea area() {
        return area;
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return saves.articleProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return saves.dirtyProperty();
    }

    public void setOnSaved(Consumer<Article> c) {
        onSaved = c == null ? a -> { } : c;
    }

    /** Edit, Format, Insert, Article and View menus, built from the editor's actions. */
    public List<Menu> menus() {
        return actions.menus();
    }

    /** Loads the article on the worker (the styled document is built there too), then shows it. */
    public void open(long articleId) {
        Article current = saves.articleProperty().get();
        if (current != null && current.id() == articleId) return; // already open: keep caret, scroll and undo
        if (current != null) close();
        long gen = ++generation;
        ctx.tasks().run("open article", () -> {
            Article a = ctx.articles().load(articleId);
            Publication p = ctx.publication().get();
            org.masthead.planning.Plan plan = ctx.series() == null ? null
                    : ctx.series().planOfArticle(articleId).map(org.masthead.planning.Plan::of).orElse(null);
            return new Loaded(a, p, DocumentMapper.toStyled(a.content().body()), plan);
        }, l -> {
            if (gen == generation) show(l);
        }, e -> ctx.dialogs().error("Open article", "The article could not be opened: " + e.getMessage()));
    }

    private record Loaded(Article article, Publication publication,
                          ReadOnlyStyledDocument<ParStyle, Either<String, FigureSegment>, TextStyle> body,
                          org.masthead.planning.Plan plan) {
    }

    private void show(Loaded l) {
        publication = l.publication();
        loading = true;
        try {
            // One replace of a document built in one go: the cheapest way to show a long text.
            area.replace(0, area.getLength(), l.body());
            area.getUndoManager().forgetHistory();
            area.getUndoManager().mark();
            meta.load(l.article(), publication.defaultZone());
            showSeries(l.plan(), l.article());
            if (articleTab.getContent() instanceof javafx.scene.control.ScrollPane sp) sp.setVvalue(0); // status and steps first
        } finally {
            loading = false;
        }
        saves.loaded(l.article());
        team.offerRecovered(l.article());
        area.moveTo(0);
        area.showParagraphAtTop(0);
        startAutosave();
        recount();
        revisions.load(l.article().id());
        if (previewTab.isSelected()) preview.show(l.article());
        checks.refresh(l.article());
        if (revisionsTab.isSelected()) revisions.refresh();
        // A new article starts at its headline; any other at its text.
        if (l.article().headline().isBlank() && l.article().content().body().isEmpty()) headline.requestFocus();
        else area.requestFocus();
    }

    private void showSeries(org.masthead.planning.Plan plan, Article a) {
        if (plan == null) {
            metaView.showSeries("", "");
            return;
        }
        String mismatch = plan.noteMismatch(a.id(), a.content().editorsNote())
                .map(n -> "The series plan now reads: “" + n + "”").orElse("");
        metaView.showSeries(plan.contextOf(a.id()).orElse(""), mismatch);
    }

    /** On the worker: the working copy as its page, in this window's preview folder. */
    private java.nio.file.Path renderPreview(Article a) throws Exception {
        if (previewFolder == null) {
            previewFolder = java.nio.file.Files.createTempDirectory("masthead-preview-");
            previewFolder.toFile().deleteOnExit();
        }
        var data = org.masthead.publish.SiteData.load(ctx.articles(), ctx.images(), ctx.series(), ctx.publication(), ctx.now());
        return org.masthead.publish.Preview.write(data, a, previewFolder.resolve(Long.toString(a.id())));
    }

    /** The Preview tab, for tests. */
    PreviewPanel preview() {
        return preview;
    }

    private void startAutosave() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "masthead-autosave");
                t.setDaemon(true);
                return t;
            });
        }
        if (autosave != null) autosave.close();
        autosave = new AutosaveScheduler(timer, Platform::runLater, this::autosaveNow,
                () -> System.nanoTime() / 1_000_000);
    }

    /** What the autosave timer does when it fires: an autosave of unsaved changes, if any. */
    public void autosaveNow() {
        saves.saveIfDirty(SaveKind.AUTOSAVE);
    }

    /** Saves now if there are unsaved changes (an explicit save, e.g. Ctrl+S). */
    public void flush() {
        figurePanel.apply(); // a caption still being typed belongs to this save
        if (autosave != null) autosave.clear();
        saves.saveIfDirty(SaveKind.EXPLICIT);
    }

    /** Saves what is pending and empties the editor; a later {@link #open} may reuse it. */
    public void close() {
        flush();
        generation++;
        if (autosave != null) autosave.close();
        autosave = null;
        if (timer != null) timer.shutdown();
        timer = null;
        saves.cleared();
        team.closed();
        checks.clear();
        loading = true;
        try {
            area.replace(0, area.getLength(), DocumentMapper.toStyled(Document.EMPTY));
            area.getUndoManager().forgetHistory();
            area.getUndoManager().mark();
            area.setTextInsertionStyle(null);
            restored = null;
            meta.load(Article.create(ArticleContent.EMPTY, ctx.now()), publication.defaultZone());
            status.statsProperty().set(org.masthead.model.text.TextStats.of(""));
        } finally {
            loading = false;
        }
    }

    /**
     * Call on the task runner's thread right after storing a change to an article that may be
     * open here (the scheduled publisher publishing it): saves queued meanwhile then start from
     * the stored state instead of writing the older one back over it.
     */
    public void storedElsewhere(Article a) {
        saves.rebase(a);
    }

    /**
     * Shows the stored state of article {@code id} if it is the one open, after a change made
     * elsewhere (e.g. it was published on schedule). It is read on the worker, after any save
     * already queued. Unsaved edits are kept: while there are some, only the article's state
     * (status, published version) is taken; otherwise changed fields and text are shown again,
     * the caret staying where it was.
     */
    public void reloadIfOpen(long id) {
        Article current = saves.articleProperty().get();
        if (current == null || current.id() != id) return;
        long gen = generation;
        ctx.tasks().run("reload article", () -> {
            Article a = ctx.articles().load(id);
            saves.rebase(a);
            return a;
        }, a -> {
            Article shown = saves.articleProperty().get();
            if (gen != generation || shown == null || shown.id() != id) return; // another article is open now
            if (saves.dirtyProperty().get() || saves.savingProperty().get()) {
                saves.refreshed(a);
                return;
            }
            showReloaded(a, shown);
        }, e -> { }); // deleted meanwhile, say: the editor keeps what it shows, and its next save says why it cannot
    }

    /**
     * Another client saved article {@code id} (heard through TeamEvents on a team database). If it
     * is the one open and the stored version is newer than the one shown (this client hears its
     * own saves too, and those are not newer), the stored state is shown quietly when there are no
     * unsaved edits; otherwise a bar says so and the edits stay: the next save starts from the
     * version shown, so the database refuses it and the conflict dialog shows both versions.
     */
    public void savedByOthers(long id) {
        Article current = saves.articleProperty().get();
        if (current == null || current.id() != id) return;
        long gen = generation;
        ctx.tasks().run("read article saved elsewhere", () -> ctx.articles().load(id), a -> {
            Article shown = saves.articleProperty().get();
            if (gen != generation || shown == null || shown.id() != id || a.version() <= shown.version()) return;
            if (saves.dirtyProperty().get() || saves.savingProperty().get()) {
                team.savedByOthers();
                return;
            }
            showReloaded(a, shown);
        }, e -> { }); // deleted meanwhile, say: the editor keeps what it shows
    }

    /** Shows {@code a}, the stored state of the article shown as {@code shown}, keeping the caret; there are no unsaved edits. */
    private void showReloaded(Article a, Article shown) {
        loading = true;
        try {
            if (!a.content().body().equals(shown.content().body())) {
                int caret = area.getCaretPosition();
                area.replace(0, area.getLength(), DocumentMapper.toStyled(a.content().body()));
                area.getUndoManager().forgetHistory();
                area.getUndoManager().mark();
                area.moveTo(Math.min(caret, area.getLength()));
            }
            if (!a.content().equals(shown.content()) || !java.util.Objects.equals(a.embargo(), shown.embargo())) {
                meta.load(a, publication.defaultZone());
            }
        } finally {
            loading = false;
        }
        saves.loaded(a);
    }

    // --- helpers ---

    /** The body as it stands, mapped on the calling thread (tests). */
    public Document currentDocument() {
        return DocumentMapper.toDocument(new ArrayList<>(area.getParagraphs()));
    }

    /** The body as it stands: a cheap snapshot now, mapped to a Document when called (on the worker). */
    private java.util.function.Supplier<Document> currentSnapshot() {
        var pars = new ArrayList<>(area.getParagraphs());
        return () -> DocumentMapper.toDocument(pars);
    }

    private void recount() {
        if (saves.articleProperty().get() == null) return;
        var pars = new ArrayList<>(area.getParagraphs());
        ctx.tasks().run("count words", () -> TextStats.of(DocumentMapper.toDocument(pars).plainText()),
                status.statsProperty()::set, e -> { });
    }

    /** Revision restore: body as one undoable edit, fields as edits, then a RESTORE save. */
    private void restoreRevision(Revision r, ArticleContent c) {
        ArticleContent fieldsBefore = meta.snapshot().content();
        var before = new ArrayList<>(area.getParagraphs());
        area.getUndoManager().preventMerge();
        area.replace(0, area.getLength(), DocumentMapper.toStyled(c.body()));
        area.getUndoManager().preventMerge();
        meta.restore(c);
        restored = new Restored(before, fieldsBefore, new ArrayList<>(area.getParagraphs()), c);
        saves.save(SaveKind.RESTORE, a -> a, a -> revisions.refresh());
    }

    /** Take theirs (a lost race): the stored version in the editor, as one more undoable edit. */
    private void showStored(Article a) {
        area.getUndoManager().preventMerge();
        area.replace(0, area.getLength(), DocumentMapper.toStyled(a.content().body()));
        area.getUndoManager().preventMerge();
        meta.load(a, publication.defaultZone());
        area.getUndoManager().mark();
    }

    /** Text kept from a save that never reached the server, put back as one undoable edit (then saved as usual). */
    private void putRecovered(org.masthead.store.RecoveryFiles.Recovered r) {
        area.getUndoManager().preventMerge();
        area.replace(0, area.getLength(), DocumentMapper.toStyled(r.body()));
        area.getUndoManager().preventMerge();
        meta.headlineProperty().set(r.headline());
        meta.summaryProperty().set(r.summary());
    }

    /**
     * Read-only for a login whose role may not edit articles ({@code why} names login and role;
     * {@code null} makes it editable again): the text and headline cannot be typed in, the Article
     * panel (details and workflow steps) is disabled, revisions can be compared but not restored,
     * and a bar above the text says why.
     */
    public void setReadOnly(String why) {
        boolean editable = why == null;
        readOnly.set(!editable);
        headline.setEditable(editable);
        revisions.setReadOnly(!editable);
        team.readOnly(why);
    }

    /** Whether the text can be typed in. */
    public boolean isEditable() {
        return area.isEditable();
    }

    /**
     * On a team database: tells the others which article is open here and shows who else has it
     * open ({@code null} stops). The caller closes {@code presence}.
     */
    public void setPresence(org.masthead.store.TeamPresence presence) {
        team.setPresence(presence);
    }

    /**
     * Where the text of a save that could not reach the team database is kept (one owner-only
     * JSON file per article in {@code folder}) until a save of it goes through.
     */
    public void setRecoveryFolder(java.nio.file.Path folder) {
        team.setRecoveryFolder(folder);
    }

    TeamEditing team() {
        return team;
    }

    /** After discarding an update the working copy is the published text again. */
    private void reloadContent(Article a) {
        area.replace(0, area.getLength(), DocumentMapper.toStyled(a.content().body()));
        meta.load(a, publication.defaultZone());
        area.getUndoManager().mark();
    }

    MetadataViewModel meta() {
        return meta;
    }

    ImageImporter importer() {
        return importer;
    }

    FindReplaceBar findBar() {
        return findBar;
    }

    private final class Commands implements EditorActions.Commands {
        @Override public void save() { flush(); }
        @Override public void insertPicture() { importer.choose(); }
        @Override public void insertSeparator() { blocks.insertOwnParagraphs(List.of(new Block.Separator())); }
        @Override public void showFind() { findBar.showFind(); }
        @Override public void showReplace() { findBar.showReplace(); }
        @Override public void showArticlePanel() { side.getSelectionModel().select(articleTab); }
        @Override public void showChecks() { side.getSelectionModel().select(checksTab); }
        @Override public void showPreview() { side.getSelectionModel().select(previewTab); }
        @Override public void showRevisions() { side.getSelectionModel().select(revisionsTab); }
        @Override public void exportArticle() { exportAsHtml(); }
    }

    /**
     * The published version as a stand-alone page and a body fragment, in a new folder the
     * editor names (export-article on the command line).
     */
    private void exportAsHtml() {
        Article a = saves.articleProperty().get();
        if (a == null) return;
        ctx.dialogs().saveFile("Export article as HTML (a folder)", "article-" + a.id()).ifPresent(folder -> ctx.tasks().run("export article", () -> {
            var source = org.masthead.publish.SiteData.load(ctx.articles(), ctx.images(), ctx.series(), ctx.publication(), ctx.now());
            return new org.masthead.publish.StandaloneArticle(org.masthead.publish.Templates.of(source.settings())).write(source, a.id(), folder, false);
        }, r -> ctx.dialogs().info("Export article", "Wrote " + String.join(", ", r.files()) + " to " + r.folder()),
                e -> ctx.dialogs().error("Export article", e.getMessage())));
    }
}
