package org.masthead.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleSummary;
import org.masthead.model.MessageKind;
import org.masthead.model.SubmissionRow;
import org.masthead.model.SubmissionStatus;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.ImageStore;
import org.masthead.store.PostgresServer;
import org.masthead.store.PostgresTestServer;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.store.SubmissionStore;
import org.masthead.store.SyntheticInbox;
import org.masthead.ui.editor.FakeDialogs;
import org.masthead.ui.inbox.InboxModel;

/**
 * Two clients of one team database (a real PostgreSQL server): what client A saves shows in
 * client B's article list and inbox without B polling or reloading; a burst of changes is one
 * refresh. The SQLite case is {@link LiveRefreshSoloTest}.
 */
@ExtendWith(PostgresServer.class)
class LiveRefreshTest {

    private static final Instant T = Instant.parse("2026-11-27T09:00:00Z");

    /** The "window's thread": one thread, as the FX thread is one. */
    private final ExecutorService window = Executors.newSingleThreadExecutor();
    private PostgresTestServer server;
    private DatabaseLocation.Postgres where;
    private Database a;
    private Database b;
    private LiveRefresh live;

    @AfterEach
    void tearDown() throws Exception {
        if (live != null) live.close();
        window.shutdownNow();
        if (a != null) a.close();
        if (b != null) b.close();
        if (where != null) server.drop(where);
    }

    private void twoClients(PostgresTestServer s) throws Exception {
        server = s;
        server.assumeAvailable();
        where = server.createDatabase();
        a = server.open(where);
        b = server.open(where);
    }

    private static AppContext context(Database db) {
        ArticleStore articles = new ArticleStore(db);
        return new AppContext(db, articles, new ImageStore(db), new PublicationStore(db), new SeriesStore(db, articles), TaskRunner.sameThread(),
                new FakeDialogs(), Clock.fixed(T, ZoneOffset.UTC));
    }

    /** Waits up to 5 s for {@code done}, asked on the window's thread. */
    private void await(String what, BooleanSupplier done) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            if (window.submit(done::getAsBoolean).get()) return;
            Thread.sleep(20);
        }
        throw new AssertionError("not within 5 s: " + what);
    }

    @Test
    void anArticleClientASavesIsListedByClientB(PostgresTestServer s) throws Exception {
        twoClients(s);
        AppContext ctxB = context(b);
        ArticleListViewModel listB = new ArticleListViewModel(ctxB);
        window.submit(listB::refresh).get();
        assertThat(listB.items()).isEmpty();
        live = LiveRefresh.attach(b, window, targets(listB::refresh, ids -> { }, () -> { })).orElseThrow();

        ArticleStore articlesA = new ArticleStore(a);
        Article saved = articlesA.create(Article.create(ArticleContent.EMPTY.withHeadline("Rivers"), T));
        await("B lists A's new article", () -> headlines(listB).contains("Rivers"));

        Article loaded = articlesA.load(saved.id());
        articlesA.save(loaded.withContent(loaded.content().withHeadline("Rivers under the city"), T.plusSeconds(5)), ArticleStore.SaveKind.EXPLICIT);
        await("B shows A's new headline", () -> headlines(listB).equals(List.of("Rivers under the city")));
    }

    @Test
    void aSubmissionClientATriagesIsPutBackInClientBsInbox(PostgresTestServer s) throws Exception {
        twoClients(s);
        SubmissionStore inboxA = new SubmissionStore(a);
        long id = inboxA.save(SyntheticInbox.message("<live-1@example.org>", "Rivers", "Ana", "ana@example.org", T, "A text.",
                MessageKind.SUBMISSION, null)).submissionId();
        inboxA.save(SyntheticInbox.message("<live-2@example.org>", "Harbours", "Wei", "wei@example.org", T.plusSeconds(1), "Another.",
                MessageKind.SUBMISSION, null));
        InboxModel inboxB = new InboxModel(context(b), new SubmissionStore(b));
        window.submit(inboxB::reload).get();
        assertThat(inboxB.rows()).hasSize(2);
        SubmissionRow other = inboxB.rows().stream().filter(r -> r.id() != id).findFirst().orElseThrow();
        live = LiveRefresh.attach(b, window, targets(() -> { }, inboxB::refreshRows, () -> { })).orElseThrow();

        inboxA.setStatus(id, SubmissionStatus.IN_REVIEW, "Mei");
        await("B's row shows A's triage", () -> statusOf(inboxB, id) == SubmissionStatus.IN_REVIEW);
        assertThat(inboxB.rows()).hasSize(2);
        assertThat(inboxB.rows()).as("the other row is the same object: only the changed row was put back").contains(other);
    }

    @Test
    void aBurstOfAHundredChangesRefreshesOnce(PostgresTestServer s) throws Exception {
        twoClients(s);
        List<Set<Long>> articleCalls = new CopyOnWriteArrayList<>();
        List<Integer> seriesCalls = new CopyOnWriteArrayList<>();
        // a generous ceiling so that a slow machine's burst still counts as one
        live = LiveRefresh.attach(b, window, new LiveRefresh.Targets() {
            @Override public void articles(Set<Long> ids) { articleCalls.add(ids); }
            @Override public void submissions(Set<Long> ids) { }
            @Override public void series(Set<Long> ids) { seriesCalls.add(ids.size()); }
            @Override public void everything() { throw new AssertionError("no restart here"); }
        }, Duration.ofMillis(500), Duration.ofSeconds(30)).orElseThrow();

        ArticleStore articlesA = new ArticleStore(a);
        for (int i = 0; i < 100; i++) articlesA.create(Article.create(ArticleContent.EMPTY.withHeadline("Burst " + i), T));
        await("one refresh", () -> !articleCalls.isEmpty());
        Thread.sleep(800); // longer than the quiet spell: a second refresh would have come
        assertThat(articleCalls).hasSize(1);
        assertThat(articleCalls.get(0)).hasSize(100);
        assertThat(seriesCalls).as("no series changed").isEmpty();
    }

    @Test
    void afterTheServerRestartsTheWindowReadsEverythingAgainAndHearsChangesAgain(PostgresTestServer s) throws Exception {
        twoClients(s);
        org.junit.jupiter.api.Assumptions.assumeTrue(server.canRestart(), "an outside server is not the tests' to stop");
        List<String> calls = new CopyOnWriteArrayList<>();
        live = LiveRefresh.attach(b, window, new LiveRefresh.Targets() {
            @Override public void articles(Set<Long> ids) { calls.add("articles"); }
            @Override public void submissions(Set<Long> ids) { }
            @Override public void series(Set<Long> ids) { }
            @Override public void everything() { calls.add("everything"); }
        }, Duration.ofMillis(50), Duration.ofMillis(200)).orElseThrow();

        server.stopServer();
        try {
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (live.failure().isEmpty() && System.nanoTime() < until) Thread.sleep(50);
            assertThat(live.failure()).as("the listener noticed the server went").isPresent();
        } finally {
            server.startServer();
        }
        long back = System.nanoTime() + Duration.ofSeconds(15).toNanos(); // the backoff may be waiting several seconds
        while (!calls.contains("everything") && System.nanoTime() < back) Thread.sleep(50);
        assertThat(calls).as("B reads everything again once the listener is back").contains("everything");
        assertThat(live.failure()).isEmpty();

        try (Database again = server.open(where)) {
            new ArticleStore(again).create(Article.create(ArticleContent.EMPTY.withHeadline("After"), T));
        }
        await("B hears a change made after the restart", () -> calls.contains("articles"));
    }

    private static List<String> headlines(ArticleListViewModel list) {
        return list.items().stream().map(ArticleSummary::headline).toList();
    }

    private static SubmissionStatus statusOf(InboxModel inbox, long id) {
        return inbox.rows().stream().filter(r -> r.id() == id).map(SubmissionRow::status).findFirst().orElse(null);
    }

    private static LiveRefresh.Targets targets(Runnable articles, java.util.function.Consumer<Set<Long>> submissions, Runnable series) {
        return new LiveRefresh.Targets() {
            @Override public void articles(Set<Long> ids) { articles.run(); }
            @Override public void submissions(Set<Long> ids) { submissions.accept(ids); }
            @Override public void series(Set<Long> ids) { series.run(); }
            @Override public void everything() { articles.run(); series.run(); }
        };
    }
}
