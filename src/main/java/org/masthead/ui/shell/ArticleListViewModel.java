package org.masthead.ui.shell;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.ArticleSummary;
import org.masthead.store.ArticleStore;

/**
 * The article list: search text, status filter, sort and trash view as properties; new,
 * duplicate, trash and restore as commands. All store work goes through the task runner.
 */
public final class ArticleListViewModel {

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ArticleStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<ArticleStore.Sort> sort = new SimpleObjectProperty<>(ArticleStore.Sort.MODIFIED);
    private final BooleanProperty trash = new SimpleBooleanProperty();
    private final ObservableList<ArticleSummary> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.masthead.model.Publication> publication =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(org.masthead.model.Publication.DEFAULT);

    private final AppContext ctx;
    private LongConsumer opener = id -> { };
    private Runnable flushEditor = () -> { };
    private LongConsumer releaseArticle = id -> { };
    private long generation;

    public ArticleListViewModel(AppContext ctx) {
        this.ctx = ctx;
        status.addListener((o, a, b) -> refresh());
        sort.addListener((o, a, b) -> refresh());
        trash.addListener((o, a, b) -> refresh());
    }

    public StringProperty queryProperty() { return query; }
    public ObjectProperty<ArticleStatus> statusProperty() { return status; }
    public ObjectProperty<ArticleStore.Sort> sortProperty() { return sort; }
    public BooleanProperty trashProperty() { return trash; }
    public ObservableList<ArticleSummary> items() { return items; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** The publication's settings, for showing times in its zone. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.masthead.model.Publication> publicationProperty() {
        return publication.getReadOnlyProperty();
    }

    /** Saves the editor's pending edits; runs before a copy, so the copy has what is on screen. */
    public void setFlushEditor(Runnable flush) {
        this.flushEditor = flush;
    }

    /**
     * Closes the editor if it shows this article (saving it first), before the article goes
     * to the trash or is deleted, so no later save of the editor's copy can bring it back.
     */
    public void setReleaseArticle(LongConsumer release) {
        this.releaseArticle = release;
    }

    /** Who opens an article in the editor (the main window). */
    public void setOpener(LongConsumer opener) {
        this.opener = opener;
    }

    // --- commands ---

    public void refresh() {
        long gen = ++generation;
        ArticleStore.Filter f = new ArticleStore.Filter(query.get(), status.get(), trash.get(),
                query.get().isBlank() || sort.get() != ArticleStore.Sort.MODIFIED ? sort.get() : ArticleStore.Sort.RELEVANCE);
        ctx.tasks().run("list articles", () -> new Listed(ctx.articles().list(f), ctx.publication().get()), l -> {
            if (gen != generation) return; // a newer query has been sent since
            List<ArticleSummary> rows = l.rows();
            publication.set(l.publication());
            items.setAll(rows);
            summary.set(describe(rows, f));
        }, e -> ctx.dialogs().error("Cannot list articles", e.getMessage()));
    }

    private record Listed(List<ArticleSummary> rows, org.masthead.model.Publication publication) {
    }

    private static String describe(List<ArticleSummary> rows, ArticleStore.Filter f) {
        String what = f.trash() ? " in the trash" : "";
        return rows.size() + (rows.size() == 1 ? " article" : " articles") + what;
    }

    public void newArticle() {
        ctx.tasks().run("new article", () -> ctx.articles().create(Article.create(ArticleContent.EMPTY, ctx.now())), a -> {
            trash.set(false);
            refresh();
            opener.accept(a.id());
        }, e -> ctx.dialogs().error("Cannot create an article", e.getMessage()));
    }

    public void duplicate(long id) {
        flushEditor.run(); // queued on the same worker ahead of the copy
        ctx.tasks().run("duplicate article", () -> ctx.articles().create(ctx.articles().load(id).duplicate(ctx.now())), a -> {
            refresh();
            opener.accept(a.id());
        }, e -> ctx.dialogs().error("Cannot duplicate the article", e.getMessage()));
    }

    public void moveToTrash(long id) {
        releaseArticle.accept(id);
        ctx.tasks().run("trash article", () -> {
            ctx.articles().trash(id, ctx.now());
            return id;
        }, x -> refresh(), e -> ctx.dialogs().error("Cannot move the article to the trash", e.getMessage()));
    }

    public void restoreFromTrash(long id) {
        ctx.tasks().run("restore article", () -> {
            ctx.articles().restoreFromTrash(id);
            return id;
        }, x -> refresh(), e -> ctx.dialogs().error("Cannot restore the article", e.getMessage()));
    }

    /** Deletes an article from the trash for good, with its revisions, after asking. */
    public void deleteForever(long id) {
        ArticleSummary s = items.stream().filter(x -> x.id() == id).findFirst().orElse(null);
        String name = s == null || s.headline().isBlank() ? "this article" : "\u201c" + s.headline() + "\u201d";
        if (!ctx.dialogs().confirmDanger("Delete for good?", "Delete " + name + " and all its revisions for good? "
                + "This cannot be undone; a backup made before keeps it.", "Delete for good")) {
            return;
        }
        releaseArticle.accept(id);
        ctx.tasks().run("delete article", () -> {
            ctx.articles().deleteForever(id);
            return id;
        }, x -> refresh(), e -> ctx.dialogs().error("Cannot delete the article", e.getMessage()));
    }

    public void open(long id) {
        opener.accept(id);
    }
}
