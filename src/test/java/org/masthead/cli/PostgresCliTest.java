package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.DemoPublication;
import org.masthead.store.ImageStore;
import org.masthead.store.PostgresServer;
import org.masthead.store.PostgresTestServer;
import org.masthead.store.PublicationStore;

/**
 * The commands on a team database: {@code --db postgresql://USER@HOST:PORT/DB} or
 * {@code MASTHEAD_DB}, the password from PGPASSWORD; a solo SQLite file moves in with
 * backup and restore, and out again, byte for byte.
 */
@ExtendWith(PostgresServer.class)
class PostgresCliTest {

    @TempDir
    Path dir;

    private static final String MAIL = """
            Message-ID: <water@example.org>
            From: Li Mei <li@example.cn>
            To: opinion@paper.org
            Subject: =?UTF-8?B?5rCU5YCZ5Y+Y5YyW5LiO5Z+O5biC?=
            Date: Mon, 2 Mar 2026 08:00:00 +0000
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: 8bit

            气候变化正在改变我们的城市。Rivers under the city need room.
            """;

    private CliRunner.Result run(Map<String, String> env, String... args) {
        return new CliRunner(dir, Clock.systemUTC(), env).run(args);
    }

    @Test
    void aSoloDatabaseMovesToTheTeamDatabaseAndBackWithNothingLost(PostgresTestServer server) throws Exception {
        Path solo = dir.resolve("solo.db");
        try (Database d = Database.open(solo)) {
            new DemoPublication().load(new ArticleStore(d), new ImageStore(d), new PublicationStore(d));
        }
        Path eml = dir.resolve("water.eml");
        Files.writeString(eml, MAIL.replace("\n", "\r\n"));
        Map<String, String> none = Map.of();
        CliRunner.Result imported = run(none, "--db", solo.toString(), "inbox", "import", eml.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Path b1 = dir.resolve("b1.json");
        assertThat(run(none, "--db", solo.toString(), "backup", "--out", b1.toString()).code()).isZero();

        DatabaseLocation.Postgres team = server.createEmptyDatabase();
        Map<String, String> withPassword = Map.of("PGPASSWORD", server.password());
        String url = team.describe();
        CliRunner.Result restored = run(withPassword, "--db", url, "restore", b1.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.err()).contains("into " + url);

        // MASTHEAD_DB names the team database as --db does
        Map<String, String> teamEnv = Map.of("PGPASSWORD", server.password(), "MASTHEAD_DB", url);
        CliRunner.Result found = run(teamEnv, "inbox", "search", "气候变化");
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.out()).contains("\u27E6气候变化\u27E7");
        assertThat(run(teamEnv, "articles", "list", "--search", "monsoon").out()).isNotBlank();

        Path b2 = dir.resolve("b2.json");
        assertThat(run(teamEnv, "backup", "--out", b2.toString()).code()).isZero();
        assertThat(Files.readString(b2)).isEqualTo(Files.readString(b1));

        Path home = dir.resolve("home.db");
        assertThat(run(none, "--db", home.toString(), "restore", b2.toString()).code()).isZero();
        Path b3 = dir.resolve("b3.json");
        assertThat(run(none, "--db", home.toString(), "backup", "--out", b3.toString()).code()).isZero();
        assertThat(Files.readAllBytes(b3)).isEqualTo(Files.readAllBytes(b1));
    }

    @Test
    void aRestoreIntoATeamDatabaseThatHoldsSomethingIsRefused(PostgresTestServer server) throws Exception {
        Path solo = dir.resolve("solo.db");
        try (Database d = Database.open(solo)) {
            new DemoPublication().load(new ArticleStore(d), new ImageStore(d), new PublicationStore(d));
        }
        Path b1 = dir.resolve("b1.json");
        assertThat(run(Map.of(), "--db", solo.toString(), "backup", "--out", b1.toString()).code()).isZero();
        String url = server.createEmptyDatabase().describe();
        Map<String, String> env = Map.of("PGPASSWORD", server.password());
        assertThat(run(env, "--db", url, "restore", b1.toString()).code()).isZero();
        CliRunner.Result again = run(env, "--db", url, "restore", b1.toString());
        assertThat(again.code()).isEqualTo(MastheadCommand.FAILED);
        assertThat(again.err()).contains("restore needs an empty database", url);
    }

    @Test
    void aBadAddressOrAWrongPasswordIsSaidPlainly(PostgresTestServer server) throws Exception {
        CliRunner.Result bad = run(Map.of(), "--db", "postgresql://ana@db.example.org", "articles", "list");
        assertThat(bad.code()).isEqualTo(MastheadCommand.FAILED);
        assertThat(bad.err()).contains("postgresql://USER@HOST[:PORT]/DB");
        if (server.password().isEmpty()) return; // an outside server that asks for no password
        String url = server.createDatabase().describe();
        CliRunner.Result wrong = run(Map.of("PGPASSWORD", "wrong"), "--db", url, "articles", "list");
        assertThat(wrong.code()).isEqualTo(MastheadCommand.FAILED);
        assertThat(wrong.err()).contains("password authentication failed", "PGPASSWORD or ~/.pgpass");
    }
}
