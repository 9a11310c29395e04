package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;

class CliTest {

    @TempDir
    Path dir;

    CliRunner.Result run(String... args) {
        return new CliRunner(dir, java.time.Clock.systemUTC()).run(args);
    }

    Path dbWithArticles() {
        Path db = dir.resolve("m.db");
        try (Database d = Database.open(db)) {
            ArticleStore s = new ArticleStore(d);
            Instant t = Instant.parse("2026-03-01T10:00:00Z");
            s.create(Article.create(new ArticleContent("Rivers and the city", "", "", List.of(new Author("Li Wei", "Professor")),
                    "", List.of(), "", "en", Document.of(Block.Paragraph.of("Water flows."))), t));
            s.create(Article.create(ArticleContent.EMPTY.withHeadline("Trade winds"), t.plusSeconds(60)));
        }
        return db;
    }

    @Test
    void articlesListJsonPrintsOnlyAJsonArray() throws Exception {
        Path db = dbWithArticles();
        CliRunner.Result r = run("--db", db.toString(), "articles", "list", "--json");
        assertThat(r.code()).isZero();
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertThat(a.isArray()).isTrue();
        assertThat(a).hasSize(2);
        assertThat(a.get(0).get("headline").asText()).isEqualTo("Trade winds");
        assertThat(a.get(1).get("byline").asText()).isEqualTo("By Li Wei, Professor");
        assertThat(a.get(1).get("status").asText()).isEqualTo("draft");
        assertThat(a.get(1).get("words").asInt()).isEqualTo(2);
    }

    @Test
    void articlesListFiltersByStatusAndSearch() {
        Path db = dbWithArticles();
        CliRunner.Result r = run("--db", db.toString(), "articles", "list", "--search", "water");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Rivers and the city").doesNotContain("Trade winds");
        assertThat(run("--db", db.toString(), "articles", "list", "--status", "published").out()).doesNotContain("Rivers");
    }

    @Test
    void anUnknownStatusIsAUsageError() {
        Path db = dbWithArticles();
        CliRunner.Result r = run("--db", db.toString(), "articles", "list", "--status", "lost");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown status");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("articles", "list", "--colour").code()).isEqualTo(2);
    }

    @Test
    void backupThenRestoreThenBackupIsIdentical() throws Exception {
        Path db = dbWithArticles();
        Path b1 = dir.resolve("b1.json");
        assertThat(run("--db", db.toString(), "backup", "--out", b1.toString()).code()).isZero();
        Path db2 = dir.resolve("restored.db");
        CliRunner.Result r = run("--db", db2.toString(), "restore", b1.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path b2 = dir.resolve("b2.json");
        assertThat(run("--db", db2.toString(), "backup", "--out", b2.toString()).code()).isZero();
        assertThat(Files.readString(b2)).isEqualTo(Files.readString(b1));
    }

    @Test
    void restoreIntoANonEmptyDatabaseIsRefusedWithExitOne() throws Exception {
        Path db = dbWithArticles();
        Path b1 = dir.resolve("b1.json");
        run("--db", db.toString(), "backup", "--out", b1.toString());
        CliRunner.Result r = run("--db", db.toString(), "restore", b1.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("empty database");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void backupDoesNotOverwriteAnExistingFileWithoutForce() throws Exception {
        Path db = dbWithArticles();
        Path b = dir.resolve("keep.json");
        Files.writeString(b, "precious");
        CliRunner.Result r = run("--db", db.toString(), "backup", "--out", b.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readString(b)).isEqualTo("precious");
        assertThat(run("--db", db.toString(), "backup", "--out", b.toString(), "--force").code()).isZero();
        assertThat(Files.readString(b)).startsWith("{");
    }

    @Test
    void aFileThatIsNotADatabaseGetsAClearMessageAndExitOne() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "shopping list: milk, eggs");
        CliRunner.Result r = run("--db", notDb.toString(), "articles", "list");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not a Masthead database");
        assertThat(Files.readString(notDb)).isEqualTo("shopping list: milk, eggs");
    }

    @Test
    void aRefusedRestoreIntoANewFileLeavesNoDatabaseBehind() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"something-else\"}");
        Path target = dir.resolve("new.db");
        CliRunner.Result r = run("--db", target.toString(), "restore", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not a Masthead backup");
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("new.db-wal")).doesNotExist();
    }
}
