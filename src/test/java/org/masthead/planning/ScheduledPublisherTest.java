package org.masthead.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Publication;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/** {@link ScheduledPublisher} against a real SQLite file. */
class ScheduledPublisherTest {

    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-03-01T00:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Database db;
    private ArticleStore articles;
    private ScheduledPublisher publisher;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("publisher.db"));
        articles = new ArticleStore(db);
        PublicationStore pub = new PublicationStore(db);
        pub.save(new Publication("The Daily Meridian — Opinion", BERLIN, Publication.DEFAULT_ZONE_LABELS));
        publisher = new ScheduledPublisher(articles, new SeriesStore(db, articles), pub);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long scheduled(String headline, Instant slot, Instant embargo) {
        Article a = new Article(0, ArticleStatus.SCHEDULED, ArticleContent.EMPTY.withHeadline(headline), null, embargo, slot, null, null,
                List.of(), "", CREATED, CREATED, null);
        return articles.create(a).id();
    }

    @Test
    void aDueArticleWhoseEmbargoHasPassedIsPublishedAsOfItsSlot() {
        Instant slot = Instant.parse("2026-03-10T07:40:00Z");
        long id = scheduled("Monsoon season", slot, Instant.parse("2026-03-10T07:00:00Z"));
        ScheduledPublisher.Result r = publisher.publishDue(NOW);
        assertThat(r.failures()).isEmpty();
        assertThat(r.published()).extracting(Article::id).containsExactly(id);
        Article a = articles.load(id);
        assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.firstPublished().instant()).isEqualTo(slot);
        assertThat(a.firstPublished().zone()).isEqualTo(BERLIN);
        assertThat(a.published()).isEqualTo(a.content());
        assertThat(articles.revisions(id).get(0).published()).isTrue();
    }

    @Test
    void anEmbargoEndingAfterTheSlotHoldsTheArticleBackAndThenDatesIt() {
        Instant embargo = Instant.parse("2026-03-10T09:00:00Z");
        long id = scheduled("Under embargo", Instant.parse("2026-03-10T07:40:00Z"), embargo);
        assertThat(publisher.publishDue(NOW).published()).isEmpty();
        assertThat(articles.load(id).status()).isEqualTo(ArticleStatus.SCHEDULED);
        // Once the embargo is over it goes out, stamped with the embargo's end: the moment it became due.
        assertThat(publisher.publishDue(embargo.plusSeconds(30)).published()).extracting(Article::id).containsExactly(id);
        assertThat(articles.load(id).firstPublished().instant()).isEqualTo(embargo);
    }

    @Test
    void anArticleNotYetDueStaysScheduled() {
        long id = scheduled("Tomorrow", NOW.plusSeconds(86_400), null);
        assertThat(publisher.due(NOW)).isEmpty();
        assertThat(publisher.publishDue(NOW).published()).isEmpty();
        assertThat(articles.load(id).status()).isEqualTo(ArticleStatus.SCHEDULED);
    }

    @Test
    void aTrashedArticleIsNotPublished() {
        long id = scheduled("Binned", Instant.parse("2026-03-10T07:40:00Z"), null);
        articles.trash(id, Instant.parse("2026-03-10T07:50:00Z"));
        ScheduledPublisher.Result r = publisher.publishDue(NOW);
        assertThat(r.published()).isEmpty();
        assertThat(r.failures()).isEmpty();
        assertThat(articles.load(id).status()).isEqualTo(ArticleStatus.SCHEDULED);
    }

    @Test
    void oneFailingArticleDoesNotStopTheOthers() {
        long blank = scheduled("", Instant.parse("2026-03-10T07:00:00Z"), null);
        long good = scheduled("Monsoon season", Instant.parse("2026-03-10T07:40:00Z"), null);
        ScheduledPublisher.Result r = publisher.publishDue(NOW);
        assertThat(r.published()).extracting(Article::id).containsExactly(good);
        assertThat(r.failures()).hasSize(1);
        assertThat(r.failures().get(0)).contains("article " + blank, "headline");
        assertThat(articles.load(blank).status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(articles.load(good).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void aPublishedArticleIsNotPublishedAgain() {
        long id = scheduled("Monsoon season", Instant.parse("2026-03-10T07:40:00Z"), null);
        publisher.publishDue(NOW);
        Article first = articles.load(id);
        assertThat(publisher.publishDue(NOW.plusSeconds(3600)).published()).isEmpty();
        assertThat(articles.load(id)).isEqualTo(first);
    }
}
