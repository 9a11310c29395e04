package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.ArticleSummary;
import org.masthead.model.Author;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore.Filter;
import org.masthead.store.ArticleStore.SaveKind;
import org.masthead.store.ArticleStore.Sort;

class SearchAndListTest {

    private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");

    @TempDir
    Path dir;
    private Backend backend;
    private Database db;
    private ArticleStore store;
    private long cafe;
    private long urban;
    private long chinese;
    private long scheduled;
    private long trashed;

    @BeforeEach
    void fill(Backend b) {
        backend = b;
        db = backend.open(dir.resolve("search.db"));
        store = new ArticleStore(db);
        cafe = add("Café Culture and the Canal", "Small businesses line the restored waterfront.", "Mira Holt", 1, ArticleStatus.DRAFT);
        urban = add("Zoning the Floodplain", "Urbanisation pushed houses onto land the river still claims. AND it will again.",
                "Tomás Ruiz", 2, ArticleStatus.EDITING);
        chinese = add("水与城市", "城市水资源管理需要长期规划。Cities need long plans for water.", "李明", 3, ArticleStatus.READY);
        Article s = store.create(Article.create(content("Tariffs on Steel", "Duties rose twice in one year, a tariff story.", "Ana Costa"), T0.plusSeconds(4)));
        s = s.moveTo(ArticleStatus.READY, T0.plusSeconds(5)).schedule(Instant.parse("2024-07-01T02:00:00Z"), T0.plusSeconds(5));
        scheduled = store.save(s, SaveKind.EXPLICIT).id();
        trashed = add("Old Harbour Notes", "A harbour draft about water nobody wanted.", "Mira Holt", 6, ArticleStatus.IDEA);
        store.trash(trashed, T0.plusSeconds(7));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ArticleContent content(String headline, String body, String author) {
        return ArticleContent.EMPTY.withHeadline(headline).withByline(List.of(new Author(author, "Columnist")))
                .withBody(Document.of(Block.Paragraph.of(body)));
    }

    private long add(String headline, String body, String author, int second, ArticleStatus status) {
        Article a = Article.create(content(headline, body, author), T0.plusSeconds(second));
        if (status == ArticleStatus.IDEA) a = a.moveTo(ArticleStatus.IDEA, T0.plusSeconds(second));
        if (status == ArticleStatus.EDITING) a = a.moveTo(ArticleStatus.EDITING, T0.plusSeconds(second));
        if (status == ArticleStatus.READY) a = a.moveTo(ArticleStatus.READY, T0.plusSeconds(second));
        return store.create(a).id();
    }

    private List<Long> search(String q) {
        return store.list(Filter.ALL.withQuery(q)).stream().map(ArticleSummary::id).toList();
    }

    @BackendTest
    void searchFindsHeadlineBodyAndByline() {
        assertThat(search("floodplain")).containsExactly(urban);
        assertThat(search("waterfront")).containsExactly(cafe);
        assertThat(search("Ruiz")).containsExactly(urban);
        assertThat(search("Tomas")).containsExactly(urban);
    }

    @BackendTest
    void searchIgnoresAccentsAndMatchesPrefixes() {
        assertThat(search("cafe")).containsExactly(cafe);
        assertThat(search("CAFÉ")).containsExactly(cafe);
        assertThat(search("urbanis")).containsExactly(urban);
        assertThat(search("tarif")).containsExactly(scheduled);
    }

    @BackendTest
    void querySyntaxCharactersAreTakenLiterallyAndNeverThrow() {
        for (String q : List.of("\"", "\"water", "water\"", "*", "wat*", "AND", "water AND", "OR NOT", "-", "-water",
                "water -", "NEAR(", "(", ")", "^", ":", "headline:water", "'", "\"\"", "   ", "--", "a-b")) {
            assertThatCode(() -> store.list(Filter.ALL.withQuery(q))).as(q).doesNotThrowAnyException();
        }
        // "AND" is a word to look for, not an operator: it matches "and" in a headline and "AND" in a body
        assertThat(search("AND")).containsExactlyInAnyOrder(urban, cafe);
        assertThat(search("wat*")).contains(cafe, chinese);
    }

    @BackendTest
    void chineseIsFoundAsASubstring() {
        assertThat(search("水资源")).containsExactly(chinese);
        assertThat(search("城市")).containsExactly(chinese);
        assertThat(search("李")).containsExactly(chinese);
        assertThat(search("规划 water")).containsExactly(chinese);
        assertThat(search("沙漠")).isEmpty();
    }

    @BackendTest
    void trashedArticlesAreOnlyInTheTrashUntilRestored() {
        assertThat(store.list(Filter.ALL)).extracting(ArticleSummary::id).doesNotContain(trashed).hasSize(4);
        assertThat(search("harbour")).isEmpty();
        assertThat(store.list(Filter.ALL.withTrash(true))).extracting(ArticleSummary::id).containsExactly(trashed);
        assertThat(store.list(Filter.ALL.withTrash(true)).get(0).trashedAt()).isEqualTo(T0.plusSeconds(7));
        store.restoreFromTrash(trashed);
        assertThat(search("harbour")).containsExactly(trashed);
        assertThat(store.list(Filter.ALL.withTrash(true))).isEmpty();
        assertThat(store.load(trashed).isTrashed()).isFalse();
    }

    @BackendTest
    void listFiltersByStatusAndSorts() {
        assertThat(store.list(Filter.ALL.withStatus(ArticleStatus.READY))).extracting(ArticleSummary::id).containsExactly(chinese);
        assertThat(store.list(Filter.ALL.withStatus(ArticleStatus.IDEA))).isEmpty(); // the only idea is in the trash
        assertThat(store.list(Filter.ALL.withSort(Sort.MODIFIED))).extracting(ArticleSummary::id)
                .containsExactly(scheduled, chinese, urban, cafe);
        assertThat(store.list(Filter.ALL.withSort(Sort.HEADLINE))).extracting(ArticleSummary::headline)
                .containsExactly("Café Culture and the Canal", "Tariffs on Steel", "Zoning the Floodplain", "水与城市");
        List<ArticleSummary> byWords = store.list(Filter.ALL.withSort(Sort.WORDS));
        assertThat(byWords).extracting(ArticleSummary::words).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
        assertThat(store.list(Filter.ALL.withSort(Sort.SCHEDULED)).get(0).id()).isEqualTo(scheduled);
        assertThat(store.scheduled(10)).extracting(ArticleSummary::scheduledAt).containsExactly(Instant.parse("2024-07-01T02:00:00Z"));
        // the last term matches as a prefix: "water" finds "waterfront"; the trashed harbour draft stays out
        assertThat(store.list(Filter.ALL.withQuery("water").withSort(Sort.RELEVANCE))).extracting(ArticleSummary::id)
                .containsExactlyInAnyOrder(chinese, cafe);
        assertThat(store.list(Filter.ALL.withQuery("columnist").withStatus(ArticleStatus.EDITING))).extracting(ArticleSummary::id)
                .containsExactly(urban);
        assertThat(store.recent(2)).extracting(ArticleSummary::id).containsExactly(scheduled, chinese);
    }

    @BackendTest
    void countByStatusCountsEveryStatusAndLeavesOutTheTrash() {
        Map<ArticleStatus, Integer> counts = store.countByStatus();
        assertThat(counts).hasSize(ArticleStatus.values().length);
        assertThat(counts).containsEntry(ArticleStatus.DRAFT, 1).containsEntry(ArticleStatus.EDITING, 1)
                .containsEntry(ArticleStatus.READY, 1).containsEntry(ArticleStatus.SCHEDULED, 1)
                .containsEntry(ArticleStatus.IDEA, 0).containsEntry(ArticleStatus.PUBLISHED, 0);
        assertThat(store.count()).isEqualTo(5);
    }

    @BackendTest
    void deletingForeverNeedsTheTrashAndRemovesRevisionsAndIndex() {
        store.deleteForever(trashed);
        assertThat(store.find(trashed)).isEmpty();
        assertThat(store.revisions(trashed)).isEmpty();
        store.restoreFromTrash(cafe); // harmless on an article not in the trash
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.deleteForever(cafe)).isInstanceOf(IllegalStateException.class);
        assertThat(store.find(cafe)).isPresent();
    }

    @BackendTest
    void anEditorsSaveOfAStaleCopyNeitherUntrashesNorRetrashes() {
        Article staleTrashed = store.load(trashed).withTrashedAt(null); // what an editor still showing it holds
        store.save(staleTrashed.withContent(staleTrashed.content().withHeadline("Old Harbour Notes, edited"), T0.plusSeconds(30)),
                SaveKind.AUTOSAVE);
        assertThat(store.load(trashed).isTrashed()).isTrue();

        Article open = store.load(cafe);
        store.trash(cafe, T0.plusSeconds(40));
        store.restoreFromTrash(cafe);
        store.save(open.withTrashedAt(T0.plusSeconds(40)).withContent(open.content(), T0.plusSeconds(50)), SaveKind.AUTOSAVE);
        assertThat(store.load(cafe).isTrashed()).isFalse();
    }

    @BackendTest
    void chineseSearchIgnoresTheCaseOfLatinWordsInIt() {
        assertThat(search("城市 WATER")).containsExactly(chinese);
    }

    @BackendTest
    void aLateSaveOfAnArticleDeletedForGoodIsRefusedNotRecreated() {
        Article stale = store.load(trashed);
        store.deleteForever(trashed);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.save(stale.withContent(stale.content(), T0.plusSeconds(90)),
                SaveKind.AUTOSAVE)).hasMessageContaining("deleted");
        assertThat(store.find(trashed)).isEmpty();
    }

    @BackendTest
    void aPublishedArticleMustBeWithdrawnBeforeItGoesToTheTrash() {
        Article p = store.save(store.load(cafe).publish(T0.plusSeconds(100), java.time.ZoneId.of("Asia/Shanghai")), SaveKind.PUBLISH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.trash(p.id(), T0.plusSeconds(120))).hasMessageContaining("withdraw");
        assertThat(store.load(cafe).isTrashed()).isFalse();
    }

    @BackendTest
    void arabicSearchFindsAWordBehindItsArticle() {
        long ar = add("المياه في المدينة", "كنا نشتري المياه من الشاحنات.", "نور", 20, ArticleStatus.DRAFT);
        assertThat(search("مياه")).containsExactly(ar);
        assertThat(search("الشاحنات")).containsExactly(ar);
    }
}
