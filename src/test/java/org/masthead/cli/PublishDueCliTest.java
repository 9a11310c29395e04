package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.DatabaseLock;

class PublishDueCliTest {

    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    private CliRunner.Result run(Path db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new CliRunner(dir, Clock.fixed(NOW, ZoneOffset.UTC)).run(all);
    }

    /** Scheduled articles at the given instants (a blank headline for {@code null}); returns their ids. */
    private Path database(List<String> headlines, List<Instant> slots) {
        Path f = dir.resolve("due.db");
        try (Database db = Database.open(f)) {
            ArticleStore articles = new ArticleStore(db);
            for (int i = 0; i < headlines.size(); i++) {
                articles.create(PlanFixture.withStatus(ArticleContent.EMPTY.withHeadline(headlines.get(i)), ArticleStatus.SCHEDULED,
                        slots.get(i), Instant.parse("2026-03-01T00:00:00Z")));
            }
        }
        return f;
    }

    private static ArticleStatus status(Path f, long id) {
        try (Database db = Database.open(f)) {
            return new ArticleStore(db).load(id).status();
        }
    }

    @Test
    void nothingDueSaysSoAndExitsZero() {
        Path db = database(List.of("Tomorrow's piece"), List.of(NOW.plusSeconds(86_400)));
        CliRunner.Result r = run(db, "publish-due");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("Nothing is due.");
        assertThat(status(db, 1)).isEqualTo(ArticleStatus.SCHEDULED);
    }

    @Test
    void publishesWhatIsDueAndReportsEachArticle() {
        Path db = database(List.of("Monsoon season", "Not yet"), List.of(Instant.parse("2026-03-10T07:40:00Z"), NOW.plusSeconds(60)));
        CliRunner.Result r = run(db, "publish-due");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Published", "1", "Monsoon season", "03-10-2026 15:40 BJT").doesNotContain("Not yet");
        assertThat(status(db, 1)).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(status(db, 2)).isEqualTo(ArticleStatus.SCHEDULED);
        // A second run finds nothing left.
        assertThat(run(db, "publish-due").out().strip()).isEqualTo("Nothing is due.");
    }

    @Test
    void dryRunListsWithoutPublishing() throws Exception {
        Path db = database(List.of("Monsoon season"), List.of(Instant.parse("2026-03-10T07:40:00Z")));
        CliRunner.Result r = run(db, "publish-due", "--dry-run", "--json");
        assertThat(r.code()).isZero();
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertThat(a).hasSize(1);
        assertThat(a.get(0).get("id").asLong()).isEqualTo(1);
        assertThat(a.get(0).get("headline").asText()).isEqualTo("Monsoon season");
        assertThat(a.get(0).get("publishedAt").asText()).isEqualTo("2026-03-10T07:40:00Z");
        assertThat(status(db, 1)).isEqualTo(ArticleStatus.SCHEDULED);
    }

    @Test
    void aFailureIsSaidOnStderrWithExitOneAndTheOthersStillGoOut() throws Exception {
        Path db = database(List.of("", "Monsoon season"), List.of(Instant.parse("2026-03-10T07:00:00Z"), Instant.parse("2026-03-10T07:40:00Z")));
        CliRunner.Result r = run(db, "publish-due", "--json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode a = new ObjectMapper().readTree(r.out()); // still only JSON on stdout
        assertThat(a).hasSize(1);
        assertThat(a.get(0).get("id").asLong()).isEqualTo(2);
        assertThat(r.err()).contains("could not publish article 1", "headline");
        assertThat(status(db, 1)).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(status(db, 2)).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void whileAWindowHoldsTheDatabaseItLeavesPublishingToTheWindow() {
        Path db = database(List.of("Monsoon season"), List.of(Instant.parse("2026-03-10T07:40:00Z")));
        try (DatabaseLock window = DatabaseLock.acquire(db)) {
            CliRunner.Result r = run(db, "publish-due");
            assertThat(r.code()).isZero();
            assertThat(r.err()).contains("another Masthead has", "Nothing was done");
            assertThat(r.out()).isEmpty();
            assertThat(run(db, "publish-due", "--dry-run").out()).contains("Due", "Monsoon season"); // a look changes nothing
        }
        assertThat(status(db, 1)).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(run(db, "publish-due").code()).isZero();
        assertThat(status(db, 1)).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void noDatabaseIsExitOne() {
        CliRunner.Result r = run(dir.resolve("absent.db"), "publish-due");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no database");
    }
}
