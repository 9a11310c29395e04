package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore.SaveKind;

/** What an export reads of the articles: outlines, digests and slugs in one pass; complete versions one by one. */
class SiteArticlesTest {

    @TempDir
    Path dir;
    private Backend backend;

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Document BODY = new Document(List.of(Block.Paragraph.of("  "), new Block.Heading(2, List.of()),
            Block.Paragraph.of("The first paragraph with text."), Block.Paragraph.of("The second."),
            new Block.Figure("abc", "caption", "credit", "alt"), Block.Paragraph.of("The third.")));

    private static Article published(ArticleStore store, ArticleContent c) {
        Article a = store.create(Article.create(c, T));
        a = store.save(a.moveTo(ArticleStatus.READY, T), SaveKind.EXPLICIT);
        return store.save(a.publish(T.plusSeconds(60), ZONE), SaveKind.PUBLISH);
    }

    @BeforeEach
    void useBackend(Backend b) {
        backend = b;
    }

    @BackendTest
    void outlinesKeepTheFiguresAndTheFirstParagraphWithText() {
        ArticleContent c = ArticleContent.EMPTY.withHeadline("H").withBody(BODY);
        assertThat(c.outline().body().blocks()).containsExactly(BODY.blocks().get(2), BODY.blocks().get(4));
        assertThat(c.outline().withBody(BODY)).isEqualTo(c);
        ArticleContent plain = ArticleContent.EMPTY.withBody(Document.of(Block.Paragraph.of("Only this.")));
        assertThat(plain.outline()).isSameAs(plain);
    }

    @BackendTest
    void anExportReadsOutlinesAndDigestsAndRowsFromBeforeSchemaFourGetThem() throws Exception {
        try (Database db = backend.open(dir.resolve("s.db"))) {
            ArticleStore store = new ArticleStore(db);
            Article a = published(store, ArticleContent.EMPTY.withHeadline("Rivers").withBody(BODY));
            Article draft = store.create(Article.create(ArticleContent.EMPTY.withHeadline("Draft"), T));
            ArticleStore.SiteArticles site = store.forSite();
            Article read = site.articles().stream().filter(x -> x.id() == a.id()).findFirst().orElseThrow();
            assertThat(read.published()).isEqualTo(a.published().outline());
            assertThat(store.publishedContent(a.id())).contains(a.published());
            String digest = ArticleStore.digest(store.codec().write(a.published()));
            assertThat(site.digests()).containsEntry(a.id(), digest).doesNotContainKey(draft.id());
            assertThat(site.slugs()).containsEntry(a.id(), "rivers");
            assertThat(site.articles().stream().filter(x -> x.id() == draft.id()).findFirst().orElseThrow().published()).isNull();

            db.tx(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE article SET published_digest = NULL, published_outline = NULL, slug = NULL");
                }
                return null;
            });
            ArticleStore.SiteArticles again = store.forSite();
            assertThat(again.digests()).containsEntry(a.id(), digest);
            assertThat(again.slugs()).containsEntry(a.id(), "rivers");
            assertThat(again.slugsMissing()).isFalse();
            assertThat(again.articles()).filteredOn(x -> x.id() == a.id()).extracting(Article::published).containsExactly(a.published().outline());
        }
    }
}
