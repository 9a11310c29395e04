package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.DemoPublication;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

class ExportArticleCliTest {

    @TempDir
    Path dir;

    private CliRunner.Result run(String... args) {
        return new CliRunner(dir, Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).run(args);
    }

    private long demo(Path db, String headlineStart) {
        try (Database d = Database.open(db)) {
            ArticleStore articles = new ArticleStore(d);
            if (articles.count() == 0) new DemoPublication().load(articles, new ImageStore(d), new PublicationStore(d), new SeriesStore(d, articles));
            return articles.list(ArticleStore.Filter.ALL).stream().filter(s -> s.headline().startsWith(headlineStart)).findFirst().orElseThrow().id();
        }
    }

    @Test
    void writesTheStandAlonePageItsPicturesAndACleanFragment() throws Exception {
        Path db = dir.resolve("m.db");
        long id = demo(db, "The Cities That Buried");
        Path out = dir.resolve("out");
        CliRunner.Result r = run("--db", db.toString(), "export-article", String.valueOf(id), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Wrote article " + id);
        var page = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertThat(page.select("h1").text()).isEqualTo("The Cities That Buried Their Rivers Are Digging Them Up");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("style.css");
        assertThat(page.select(".series-box h2 a").attr("href")).isEqualTo("https://example.org/opinion/series/water-and-the-city/");
        for (var img : page.select("img")) assertThat(out.resolve(img.attr("src"))).isRegularFile();
        assertThat(out.resolve("style.css")).isRegularFile();
        String fragment = Files.readString(out.resolve("fragment.html"));
        var f = Jsoup.parseBodyFragment(fragment);
        assertThat(f.body().select("[class], script, h1")).isEmpty();
        assertThat(fragment).startsWith("<p>").doesNotContain("<html", "<head", "<body");
        assertThat(f.select("figure img")).hasSize(2);
        assertThat(f.select("figure img").first().attr("src")).startsWith("images/");

        // an earlier output may be replaced; another folder with files may not, unless --force
        assertThat(run("--db", db.toString(), "export-article", String.valueOf(id), "--out", out.toString()).code()).isZero();
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        CliRunner.Result refused = run("--db", db.toString(), "export-article", String.valueOf(id), "--out", other.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("not empty").contains("--force");
        assertThat(run("--db", db.toString(), "export-article", String.valueOf(id), "--out", other.toString(), "--force").code()).isZero();
        assertThat(other.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void anUnpublishedArticleIsRefusedAndAMissingIdIsAUsageError() {
        Path db = dir.resolve("m.db");
        long draft = demo(db, "Paying for Pipes");
        CliRunner.Result r = run("--db", db.toString(), "export-article", String.valueOf(draft), "--out", dir.resolve("x").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("never been published");
        assertThat(run("--db", db.toString(), "export-article", "--out", dir.resolve("y").toString()).code()).isEqualTo(2);
    }
}
