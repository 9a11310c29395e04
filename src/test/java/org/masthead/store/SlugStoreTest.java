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
import org.masthead.store.ArticleStore.SaveKind;

class SlugStoreTest {

    @TempDir
    Path dir;
    private Backend backend;

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static Article published(ArticleStore store, String headline, int minute) {
        Article a = store.create(Article.create(ArticleContent.EMPTY.withHeadline(headline), T));
        a = store.save(a.moveTo(ArticleStatus.READY, T), SaveKind.EXPLICIT);
        return store.save(a.publish(T.plusSeconds(60L * minute), ZONE), SaveKind.PUBLISH);
    }

    @BeforeEach
    void useBackend(Backend b) {
        backend = b;
    }

    @BackendTest
    void aPublishedArticleKeepsItsSlugWhenItsHeadlineChanges() {
        try (Database db = backend.open(dir.resolve("s.db"))) {
            ArticleStore store = new ArticleStore(db);
            Article draft = store.create(Article.create(ArticleContent.EMPTY.withHeadline("Not yet"), T));
            assertThat(store.slugs()).doesNotContainKey(draft.id());
            Article a = published(store, "Ça va, São Paulo? Straße & Œuvre", 1);
            assertThat(store.slugs()).containsEntry(a.id(), "ca-va-sao-paulo-strasse-oeuvre");
            a = store.save(a.withContent(a.content().withHeadline("A new headline"), T.plusSeconds(600)), SaveKind.EXPLICIT);
            store.save(a.publishUpdate(T.plusSeconds(700), ZONE, "Headline changed."), SaveKind.PUBLISH);
            assertThat(store.slugs()).containsEntry(a.id(), "ca-va-sao-paulo-strasse-oeuvre");
            assertThat(store.assignMissingSlugs()).containsEntry(a.id(), "ca-va-sao-paulo-strasse-oeuvre");
        }
    }

    @BackendTest
    void duplicatesAreNumberedAndNonLatinHeadlinesFallBackToTheId() {
        try (Database db = backend.open(dir.resolve("d.db"))) {
            ArticleStore store = new ArticleStore(db);
            Article a = published(store, "Water", 1);
            Article b = published(store, "water!", 2);
            Article c = published(store, "WATER", 3);
            Article zh = published(store, "城市与水", 4);
            Article ar = published(store, "المدن والمياه", 5);
            assertThat(store.slugs()).containsEntry(a.id(), "water").containsEntry(b.id(), "water-2").containsEntry(c.id(), "water-3")
                    .containsEntry(zh.id(), "article-" + zh.id()).containsEntry(ar.id(), "article-" + ar.id());
        }
    }
}
