package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.MessageKind;
import org.masthead.model.SubmissionStatus;

/** A change one client commits reaches another client's listener (LISTEN/NOTIFY); a change rolled back does not. */
@ExtendWith(PostgresServer.class)
class TeamEventsTest {

    private static final Instant T = Instant.parse("2026-11-27T09:00:00Z");

    private PostgresTestServer server;
    private DatabaseLocation.Postgres where;
    private Database a;
    private Database b;
    private TeamEvents events;
    private final BlockingQueue<TeamEvents.Change> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp(PostgresTestServer s) throws Exception {
        server = s;
        where = server.createDatabase();
        a = server.open(where);
        b = server.open(where);
        events = TeamEvents.listen(b);
        events.subscribe(heard::add);
    }

    @AfterEach
    void tearDown() throws Exception {
        events.close();
        a.close();
        b.close();
        server.drop(where);
    }

    private TeamEvents.Change next() throws InterruptedException {
        TeamEvents.Change c = heard.poll(5, TimeUnit.SECONDS);
        assertThat(c).as("a notification within 5 s").isNotNull();
        return c;
    }

    @Test
    void anArticleSavedByOneClientIsHeardByTheOther() throws Exception {
        ArticleStore articles = new ArticleStore(a);
        long id = articles.create(Article.create(ArticleContent.EMPTY.withHeadline("Rivers"), T)).id();
        assertThat(next()).isEqualTo(new TeamEvents.Change("article", id));
        assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("one notification for one transaction").isNull();

        Article loaded = articles.load(id);
        articles.save(loaded.withContent(loaded.content().withHeadline("Rivers under the city"), T.plusSeconds(9)), ArticleStore.SaveKind.EXPLICIT);
        assertThat(next()).isEqualTo(new TeamEvents.Change("article", id));
    }

    @Test
    void triageIsHeardAsTheSubmissionAndARolledBackChangeIsNotHeard() throws Exception {
        SubmissionStore inbox = new SubmissionStore(a);
        long id = inbox.save(SyntheticInbox.message("<e1@example.org>", "Rivers", "Ana", "ana@example.org", T, "A text.", MessageKind.SUBMISSION,
                null)).submissionId();
        assertThat(next()).isEqualTo(new TeamEvents.Change("submission", id));
        inbox.setStatus(id, SubmissionStatus.IN_REVIEW, "Mei");
        assertThat(next()).isEqualTo(new TeamEvents.Change("submission", id));
        inbox.addNote(id, "Check the figures.", "Mei");
        assertThat(next()).isEqualTo(new TeamEvents.Change("submission", id));

        assertThatThrownBy(() -> a.tx(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE submission SET title = 'never' WHERE id = " + id);
            }
            throw new IllegalStateException("changed my mind");
        })).hasMessageContaining("changed my mind");
        assertThat(heard.poll(700, TimeUnit.MILLISECONDS)).as("nothing from a rolled-back transaction").isNull();
    }

    @Test
    void payloadsThatAreNotChangesAreIgnoredAndAnSqliteDatabaseHasNoListener(@TempDir Path dir) {
        assertThat(TeamEvents.Change.parse("series:3")).contains(new TeamEvents.Change("series", 3));
        assertThat(TeamEvents.Change.parse("series")).isEmpty();
        assertThat(TeamEvents.Change.parse("series:x")).isEmpty();
        try (Database solo = Database.open(dir.resolve("solo.db"))) {
            assertThatThrownBy(() -> TeamEvents.listen(solo)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SQLite");
        }
    }

    @Test
    void afterTheServerRestartsItListensAgainAndSaysChangesMayHaveBeenMissed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(server.canRestart(), "an outside server is not the tests' to stop");
        server.stopServer();
        try {
            long until = System.nanoTime() + 10_000_000_000L;
            while (events.failure().isEmpty() && System.nanoTime() < until) Thread.sleep(50);
            assertThat(events.failure()).as("the listener noticed the server went").isPresent();
        } finally {
            server.startServer();
        }
        TeamEvents.Change c = heard.poll(15, TimeUnit.SECONDS);
        assertThat(c).as("a resync once listening again").isEqualTo(TeamEvents.Change.RESYNC);
        assertThat(events.failure()).isEmpty();

        try (Database again = server.open(where)) {
            Article saved = new ArticleStore(again).create(Article.create(ArticleContent.EMPTY.withHeadline("After"), T));
            assertThat(next()).isEqualTo(new TeamEvents.Change("article", saved.id()));
        }
    }
}
