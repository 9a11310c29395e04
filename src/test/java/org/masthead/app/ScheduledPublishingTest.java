package org.masthead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.planning.ScheduledPublisher;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.ui.shell.TaskRunner;

/** The in-app timer's order of work, on a real database and a same-thread task runner (no display). */
class ScheduledPublishingTest {

    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-03-01T00:00:00Z");

    private Database db;
    private ArticleStore articles;
    private ScheduledPublishing publishing;
    private final List<String> events = new ArrayList<>();
    private long openArticle = -1;
    /** What the editor has typed and not yet saved, stored by flushEditor(). */
    private String pendingText;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("timer.db"));
        articles = new ArticleStore(db);
        ScheduledPublisher publisher = new ScheduledPublisher(articles, new SeriesStore(db, articles), new PublicationStore(db));
        publishing = new ScheduledPublishing(TaskRunner.sameThread(), publisher, () -> NOW, new ScheduledPublishing.Window() {
            @Override
            public long openArticle() {
                return openArticle;
            }

            @Override
            public void flushEditor() {
                events.add("flush");
                if (pendingText != null && openArticle > 0) {
                    Article a = articles.load(openArticle);
                    articles.save(a.withContent(a.content().withBody(Document.of(Block.Paragraph.of(pendingText))), NOW),
                            ArticleStore.SaveKind.EXPLICIT);
                }
            }

            @Override
            public void storedElsewhere(Article published) {
                events.add("stored " + published.id() + " " + published.status().key());
            }

            @Override
            public void published(List<Article> published) {
                events.add("published " + published.stream().map(Article::id).toList());
            }

            @Override
            public void failed(String message) {
                events.add("failed " + message);
            }
        });
    }

    @AfterEach
    void close() {
        publishing.close();
        db.close();
    }

    private long scheduled(String headline, Instant slot) {
        return articles.create(new Article(0, ArticleStatus.SCHEDULED, ArticleContent.EMPTY.withHeadline(headline), null, null, slot, null,
                null, List.of(), "", CREATED, CREATED, null)).id();
    }

    @Test
    void nothingDueTouchesNeitherTheEditorNorTheLists() {
        scheduled("Tomorrow", NOW.plusSeconds(86_400));
        publishing.runOnce();
        assertThat(events).isEmpty();
    }

    @Test
    void theOpenArticleIsFlushedBeforeItIsPublishedSoWhatWasTypedGoesOut() {
        long id = scheduled("Monsoon season", NOW.minusSeconds(600));
        openArticle = id;
        pendingText = "The last sentence, typed a second ago.";
        publishing.runOnce();
        assertThat(events).containsExactly("flush", "stored " + id + " published", "published [" + id + "]");
        Article a = articles.load(id);
        assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.published().body().plainText()).contains("typed a second ago");
        assertThat(a.firstPublished().instant()).isEqualTo(NOW.minusSeconds(600));
    }

    @Test
    void anotherArticleOpenIsNotFlushed() {
        long id = scheduled("Monsoon season", NOW.minusSeconds(600));
        openArticle = id + 100;
        publishing.runOnce();
        assertThat(events).containsExactly("stored " + id + " published", "published [" + id + "]");
    }

    @Test
    void aFailureIsToldOnceNotEveryRun() {
        long blank = scheduled("", NOW.minusSeconds(600));
        publishing.runOnce();
        publishing.runOnce();
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).startsWith("failed Could not publish article " + blank);
        assertThat(articles.load(blank).status()).isEqualTo(ArticleStatus.SCHEDULED);
    }

    @Test
    void afterCloseNothingRuns() {
        scheduled("Monsoon season", NOW.minusSeconds(600));
        publishing.close();
        publishing.runOnce();
        assertThat(events).isEmpty();
        assertThat(articles.load(1).status()).isEqualTo(ArticleStatus.SCHEDULED);
    }
}
