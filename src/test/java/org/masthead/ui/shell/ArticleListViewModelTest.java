package org.masthead.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.ArticleSummary;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;

/** The list's commands on a real database, without a display (same-thread task runner). */
class ArticleListViewModelTest {

    @TempDir
    Path dir;
    Database db;
    ArticleListViewModel vm;
    final List<Long> opened = new ArrayList<>();
    boolean answer;
    final List<String> errors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("list.db"));
        DialogService dialogs = new DialogService() {
            @Override public void error(String t, String m) { errors.add(m); }
            @Override public void info(String t, String m) { }
            @Override public boolean confirm(String t, String m, String ok) { return answer; }
            @Override public Optional<String> prompt(String t, String l, String i) { return Optional.empty(); }
            @Override public Optional<String> promptLong(String t, String l, String i) { return Optional.empty(); }
            @Override public Optional<Path> openFile(String t, List<String> e) { return Optional.empty(); }
            @Override public Optional<Path> saveFile(String t, String n) { return Optional.empty(); }
        };
        AppContext ctx = new AppContext(db, new ArticleStore(db), new ImageStore(db), new PublicationStore(db), new org.masthead.store.SeriesStore(db, new ArticleStore(db)),
                TaskRunner.sameThread(), dialogs, Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC));
        ctx.articles().create(Article.create(ArticleContent.EMPTY.withHeadline("Monsoon cities"), ctx.now()));
        vm = new ArticleListViewModel(ctx);
        vm.setOpener(opened::add);
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    long only() {
        assertThat(vm.items()).hasSize(1);
        return vm.items().get(0).id();
    }

    @Test
    void newArticleIsCreatedListedAndOpened() {
        vm.newArticle();
        assertThat(vm.items()).hasSize(2);
        assertThat(opened).hasSize(1);
        assertThat(vm.items()).extracting(ArticleSummary::status).containsOnly(ArticleStatus.DRAFT);
    }

    @Test
    void duplicateSavesTheEditorFirstAndOpensTheCopy() {
        List<String> order = new ArrayList<>();
        vm.setFlushEditor(() -> order.add("flush"));
        vm.setOpener(id -> order.add("open " + id));
        vm.duplicate(only());
        assertThat(order).hasSize(2).first().isEqualTo("flush");
        assertThat(vm.items()).extracting(ArticleSummary::headline).contains("Copy of Monsoon cities");
    }

    @Test
    void trashRestoreAndDeleteForGoodOnlyAfterConfirming() {
        long id = only();
        vm.moveToTrash(id);
        assertThat(vm.items()).isEmpty();
        vm.trashProperty().set(true);
        assertThat(vm.items()).extracting(ArticleSummary::id).containsExactly(id);

        answer = false;
        vm.deleteForever(id);
        assertThat(vm.items()).hasSize(1);

        vm.restoreFromTrash(id);
        assertThat(vm.items()).isEmpty();
        vm.trashProperty().set(false);
        vm.moveToTrash(id);
        vm.trashProperty().set(true);
        answer = true;
        vm.deleteForever(id);
        assertThat(vm.items()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void filtersAndSearchNarrowTheList() {
        vm.newArticle();
        vm.statusProperty().set(ArticleStatus.PUBLISHED);
        assertThat(vm.items()).isEmpty();
        vm.statusProperty().set(null);
        vm.queryProperty().set("monsoon");
        vm.refresh();
        assertThat(vm.items()).extracting(ArticleSummary::headline).containsExactly("Monsoon cities");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 article");
    }
}
