package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.ArticleSummary;
import org.masthead.model.Stamp;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore.SaveKind;

/** Published means frozen: edits are a pending update until republished on purpose. */
class PublishedArticleStoreTest {

    @TempDir
    Path dir;
    private Backend backend;

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @BeforeEach
    void useBackend(Backend b) {
        backend = b;
    }

    @BackendTest
    void thePublishedVersionStaysFrozenWhileAnUpdateIsPendingAndACorrectionIsRecorded() {
        Instant t0 = Instant.parse("2015-10-20T07:40:00Z");
        ArticleContent original = ArticleContent.EMPTY.withHeadline("Deltas Need Room")
                .withBody(Document.of(Block.Paragraph.of("The delta lost 30 square kilometres in 1998.")));
        ArticleContent fixed = original.withBody(Document.of(Block.Paragraph.of("The delta lost 30 square kilometres in 1999.")));
        Path f = dir.resolve("pub.db");
        long id;
        try (Database db = backend.open(f)) {
            ArticleStore store = new ArticleStore(db);
            Article a = store.create(Article.create(original, t0.minusSeconds(3600)));
            a = store.save(a.publish(t0, BEIJING), SaveKind.PUBLISH);
            id = a.id();
            store.save(a.withContent(fixed, t0.plusSeconds(600)), SaveKind.EXPLICIT);
        }
        try (Database db = backend.open(f)) {
            ArticleStore store = new ArticleStore(db);
            Article a = store.load(id);
            assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(a.published()).isEqualTo(original);
            assertThat(a.content()).isEqualTo(fixed);
            assertThat(a.hasPendingUpdate()).isTrue();
            assertThat(store.list(ArticleStore.Filter.ALL)).singleElement().extracting(ArticleSummary::pendingUpdate).isEqualTo(true);
            assertThat(a.corrections()).isEmpty();

            Instant t1 = t0.plusSeconds(86_400);
            store.save(a.publishUpdate(t1, LONDON, "An earlier version gave the wrong year for the flood."), SaveKind.PUBLISH);
        }
        try (Database db = backend.open(f)) {
            ArticleStore store = new ArticleStore(db);
            Article a = store.load(id);
            assertThat(a.published()).isEqualTo(a.content()).isEqualTo(fixed);
            assertThat(a.hasPendingUpdate()).isFalse();
            assertThat(store.list(ArticleStore.Filter.ALL)).singleElement().extracting(ArticleSummary::pendingUpdate).isEqualTo(false);
            assertThat(a.corrections()).singleElement().satisfies(c -> {
                assertThat(c.text()).isEqualTo("An earlier version gave the wrong year for the flood.");
                assertThat(c.at()).isEqualTo(new Stamp(t0.plusSeconds(86_400), LONDON));
            });
            assertThat(a.firstPublished()).isEqualTo(new Stamp(t0, BEIJING));
            assertThat(a.lastUpdated()).isEqualTo(new Stamp(t0.plusSeconds(86_400), LONDON));
            assertThat(store.revisions(id).stream().filter(r -> r.published()).count()).isEqualTo(2);
        }
    }
}
