package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** "Ana is editing this article": two clients of a real server see each other's open article, and a vanished client's claim lapses. */
@ExtendWith(PostgresServer.class)
class TeamPresenceTest {

    private static final Duration HEARTBEAT = Duration.ofMillis(300);
    private static final Duration EXPIRY = Duration.ofMillis(1500);

    private PostgresTestServer server;
    private DatabaseLocation.Postgres where;
    private Database a;
    private Database b;
    private TeamPresence ana;
    private TeamPresence ben;

    @BeforeEach
    void setUp(PostgresTestServer s) throws Exception {
        server = s;
        where = server.createDatabase();
        a = server.open(where);
        b = server.open(where);
        ana = TeamPresence.start(a, HEARTBEAT, EXPIRY);
        ben = TeamPresence.start(b, HEARTBEAT, EXPIRY);
    }

    @AfterEach
    void tearDown() throws Exception {
        ana.close();
        ben.close();
        a.close();
        b.close();
        server.drop(where);
    }

    private static void waitUntil(BooleanSupplier cond, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void anOpenArticleIsShownToTheOtherClientUntilItIsClosed() throws Exception {
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        ben.subscribe(changes::incrementAndGet);
        ana.editing(12);
        waitUntil(() -> ben.othersEditing(12).equals(List.of(ana.login())), "Ben to see Ana on article 12");
        assertThat(ana.login()).as("the server's session_user").isNotBlank();
        assertThat(ben.othersEditing(13)).isEmpty();
        assertThat(ana.othersEditing(12)).as("a client does not see itself").isEmpty();
        assertThat(changes.get()).isPositive();
        // Ben opens the same article: Ana learns it at once (the answer), not only at a heartbeat
        ben.editing(12);
        waitUntil(() -> ana.othersEditing(12).size() == 1, "Ana to see Ben");
        // Ana moves on to another article, then closes it
        ana.editing(14);
        waitUntil(() -> ben.othersEditing(12).isEmpty() && ben.othersEditing(14).size() == 1, "Ben to see Ana move to 14");
        ana.editing(0);
        waitUntil(() -> ben.othersEditing(14).isEmpty(), "Ben to see Ana close 14");
    }

    @Test
    void aClaimIsKeptByHeartbeatsAndLapsesWhenTheClientVanishes() throws Exception {
        ana.editing(7);
        waitUntil(() -> ben.othersEditing(7).size() == 1, "Ben to see Ana");
        Thread.sleep(EXPIRY.toMillis() + 500);
        assertThat(ben.othersEditing(7)).as("heartbeats keep it past the expiry").hasSize(1);
        ana.vanish(); // no "closed": as a crash or a lost connection
        waitUntil(() -> ben.othersEditing(7).isEmpty(), "the claim to lapse");
    }

    @Test
    void closingSaysSoAtOnce() throws Exception {
        ana.editing(9);
        waitUntil(() -> ben.othersEditing(9).size() == 1, "Ben to see Ana");
        ana.close();
        // well before the expiry
        long start = System.nanoTime();
        waitUntil(() -> ben.othersEditing(9).isEmpty(), "Ben to see Ana leave");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(EXPIRY.toMillis());
    }

    @Test
    void anSqliteFileHasNoOneElse(@TempDir Path dir) {
        try (Database solo = Database.open(dir.resolve("solo.db"))) {
            assertThatThrownBy(() -> TeamPresence.start(solo)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SQLite");
        }
    }

    @Test
    void afterTheServerRestartsBothConnectAgainAndSeeEachOther() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(server.canRestart(), "an outside server is not the tests' to stop");
        ana.editing(21);
        waitUntil(() -> ben.othersEditing(21).size() == 1, "Ben to see Ana");
        server.stopServer();
        try {
            waitUntil(() -> ben.othersEditing(21).isEmpty() && ben.failure().isPresent(), "Ben to drop what it cannot hear");
        } finally {
            server.startServer();
        }
        waitUntil(() -> ben.othersEditing(21).equals(List.of(ana.login())), "Ben to see Ana again after the restart");
        assertThat(ben.failure()).isEmpty();
    }
}
