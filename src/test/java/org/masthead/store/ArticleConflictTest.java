package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;

/**
 * No lost updates (decision 0017): two clients, each with its own connection to the same
 * database, edit the same article; the first save wins, the second is refused with both
 * versions, and nothing is overwritten unseen.
 */
class ArticleConflictTest {

    private static final Instant T = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path dir;

    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private ArticleStore client(Backend backend) {
        Database d = backend.open(dir.resolve("desk.db"));
        opened.add(d);
        return new ArticleStore(d);
    }

    private static Article edited(Article a, String headline, long seconds) {
        return a.withContent(a.content().withHeadline(headline), T.plusSeconds(seconds));
    }

    @BackendTest
    void theFirstSaveWinsAndTheSecondMeetsTheConflictWithBothVersions(Backend backend) {
        ArticleStore ana = client(backend);
        ArticleStore omar = client(backend);
        long id = ana.create(Article.create(ArticleContent.EMPTY.withHeadline("Rivers"), T)).id();
        Article anasCopy = ana.load(id);
        Article omarsCopy = omar.load(id);
        assertThat(anasCopy.version()).isEqualTo(1).isEqualTo(omarsCopy.version());
        int revisionsBefore = ana.revisions(id).size();

        Article saved = ana.save(edited(anasCopy, "Rivers under the city", 60), ArticleStore.SaveKind.EXPLICIT);
        assertThat(saved.version()).isEqualTo(2);

        ConflictException e = (ConflictException) org.assertj.core.api.Assertions.catchThrowable(
                () -> omar.save(edited(omarsCopy, "Rivers, again", 90), ArticleStore.SaveKind.EXPLICIT));
        assertThat(e).isNotNull().hasMessageContaining("saved by someone else").hasMessageContaining("version 1").hasMessageContaining("version 2");
        assertThat(e.yourVersion()).isEqualTo(1);
        assertThat(e.storedVersion()).isEqualTo(2);
        assertThat(e.mine().headline()).isEqualTo("Rivers, again");
        assertThat(e.stored().headline()).isEqualTo("Rivers under the city");
        assertThat(e).isInstanceOf(StoreException.class);

        // nothing of the refused save was written: neither the row nor a revision
        Article now = omar.load(id);
        assertThat(now.headline()).isEqualTo("Rivers under the city");
        assertThat(now.version()).isEqualTo(2);
        assertThat(ana.revisions(id)).hasSize(revisionsBefore + 1);

        // keeping mine is a save on top of what is stored now
        Article kept = omar.save(e.mine().withVersion(e.storedVersion()), ArticleStore.SaveKind.EXPLICIT);
        assertThat(kept.version()).isEqualTo(3);
        assertThat(ana.load(id).headline()).isEqualTo("Rivers, again");
        // and Ana's old copy is now the stale one
        assertThatThrownBy(() -> ana.save(edited(saved, "Late", 120), ArticleStore.SaveKind.AUTOSAVE)).isInstanceOf(ConflictException.class);
    }

    /** PostgreSQL only: an SQLite file has one writer at a time, the window that holds its lock (decision 0004). */
    @Test
    @ExtendWith(PostgresServer.class)
    void clientsSavingAtOnceOnTheServerLoseNoUpdate(PostgresTestServer server) throws Exception {
        DatabaseLocation.Postgres where = server.createDatabase();
        List<ArticleStore> clients = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Database d = server.open(where);
            opened.add(d);
            clients.add(new ArticleStore(d));
        }
        ArticleStore first = clients.get(0);
        long id = first.create(Article.create(ArticleContent.EMPTY.withHeadline("0"), T)).id();
        int rounds = 15;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int k = 0; k < clients.size(); k++) {
                ArticleStore s = clients.get(k);
                String who = "client" + k;
                results.add(pool.submit(() -> {
                    go.await();
                    int won = 0;
                    int lost = 0;
                    for (int i = 0; i < rounds; i++) {
                        Article a = s.load(id);
                        try {
                            s.save(edited(a, a.headline() + " " + who, i), ArticleStore.SaveKind.AUTOSAVE);
                            won++;
                        } catch (ConflictException e) {
                            lost++;
                        }
                    }
                    return new int[] {won, lost};
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<int[]> f : results) {
                int[] r = f.get(60, TimeUnit.SECONDS);
                won += r[0];
                assertThat(r[0] + r[1]).isEqualTo(rounds);
            }
            Article last = first.load(id);
            // every save that succeeded is in the text, and each moved the version on by one
            assertThat(last.version()).isEqualTo(1 + won);
            assertThat(last.headline().split(" ")).hasSize(1 + won);
        } finally {
            pool.shutdownNow();
            opened.forEach(Database::close);
            opened.clear();
            server.drop(where);
        }
    }
}
