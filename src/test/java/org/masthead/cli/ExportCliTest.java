package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;

class ExportCliTest {

    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    private Path db;

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new CliRunner(dir, Clock.fixed(NOW, ZoneOffset.UTC)).run(all);
    }

    private long publish(String headline, Instant at) {
        return publish(ArticleContent.EMPTY.withHeadline(headline).withResponsibleEditor("Mei Lin")
                .withByline(java.util.List.of(new org.masthead.model.Author("Ana Lima", "hydrologist"))), at);
    }

    private long publish(ArticleContent c, Instant at) {
        try (Database d = Database.open(db)) {
            ArticleStore s = new ArticleStore(d);
            Article a = s.create(Article.create(c, at));
            return s.save(a.publish(at, ZoneId.of("Asia/Shanghai")), ArticleStore.SaveKind.PUBLISH).id();
        }
    }

    private void database() {
        db = dir.resolve("m.db");
        try (Database d = Database.open(db)) {
            new ArticleStore(d).create(Article.create(ArticleContent.EMPTY.withHeadline("A draft nobody may see"), NOW.minusSeconds(600)));
        }
    }

    @Test
    void exportWritesTheSiteThenNothingOnTheSecondRunAndThenOnlyWhatChanged() throws Exception {
        database();
        publish("Rivers <and> the \"city\"", NOW.minusSeconds(3600));
        Path out = dir.resolve("site");
        CliRunner.Result first = run("export", "--out", out.toString(), "--json");
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode f = new ObjectMapper().readTree(first.out());
        int pages = f.get("written").asInt();
        assertThat(pages).isGreaterThan(5);
        assertThat(first.err()).contains("Exporting:");
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).startsWith("<!DOCTYPE html>").contains("Rivers &lt;and&gt; the &quot;city&quot;")
                .contains("default-src 'none'").doesNotContain("A draft nobody may see");
        assertThat(out.resolve(".masthead-manifest.json")).exists();
        assertThat(out.resolve("sitemap.xml")).exists();

        assertThat(run("export", "--out", out.toString()).out().strip()).isEqualTo("0 pages written, " + pages + " unchanged, 0 removed");

        publish("Trade winds", NOW.minusSeconds(60));
        CliRunner.Result third = run("export", "--out", out.toString(), "--json");
        assertThat(third.code()).as(third.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(third.out());
        assertThat(j.get("written").asInt()).isGreaterThan(1);
        assertThat(j.get("writtenPaths").toString()).contains("\"index.html\"").contains("trade-winds");
        assertThat(j.get("removed").asInt()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).containsSubsequence("Trade winds", "Rivers");

        CliRunner.Result full = run("export", "--out", out.toString(), "--full");
        assertThat(full.out().strip()).startsWith("0 pages written");
    }

    @Test
    void preflightErrorsRefuseTheExportUnlessForced() throws Exception {
        database();
        publish(ArticleContent.EMPTY.withHeadline("Nobody wrote this"), NOW.minusSeconds(3600)); // no byline: an error
        Path out = dir.resolve("site");
        CliRunner.Result r = run("export", "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Nobody wrote this").contains("--force");
        assertThat(out).doesNotExist();
        CliRunner.Result forced = run("export", "--out", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.err()).contains("exported despite").contains("Nobody wrote this");
        assertThat(out.resolve("index.html")).exists();
        // nothing changed, but the overridden error is not forgotten: the next export refuses again
        CliRunner.Result again = run("export", "--out", out.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("Nobody wrote this");
        assertThat(run("export", "--out", out.toString(), "--force").err()).contains("exported despite").contains("Nobody wrote this");
    }

    @Test
    void aFolderThatIsNotMastheadsIsRefusedWithExitOne() throws Exception {
        database();
        Path out = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(out.resolve("holiday.jpg"), "jpeg");
        CliRunner.Result r = run("export", "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not empty").contains("Nothing was written");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void withoutOutItIsAUsageErrorAndWithoutADatabaseItFails() {
        db = dir.resolve("none.db");
        assertThat(run("export").code()).isEqualTo(2);
        CliRunner.Result r = run("export", "--out", dir.resolve("site").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no database");
    }
}
