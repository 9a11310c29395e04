package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.SeriesPart;
import org.masthead.planning.Plan;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.DemoPublication;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

class CheckCliTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("demo.db");
        try (Database d = Database.open(db)) {
            ArticleStore articles = new ArticleStore(d);
            new DemoPublication().load(articles, new ImageStore(d), new PublicationStore(d), new SeriesStore(d, articles));
        }
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new CliRunner(dir, Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC)).run(all);
    }

    @Test
    void thePublishedDemoPassesAndExitsZero() {
        CliRunner.Result r = run("check");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("No findings in 1 article.");
        CliRunner.Result j = run("check", "--json");
        assertThat(j.code()).isZero();
        assertThat(j.out().strip()).isEqualTo("[ ]");
    }

    @Test
    void findingsAreListedByArticleAndAnErrorExitsOne() {
        CliRunner.Result r = run("check", "2", "7");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("""
                2  Paying for Pipes: Why Water Tariffs Keep Failing the Poor
                  warning  block 10 (paragraph): A note to the desk is left in the text: “[Editor: check the cart-price figure with the author before…”.
                7  Who Owns the Monsoon?
                  error    byline: The article has no byline; the page prints “By …” under the headline.
                1 error, 1 warning in 2 of 2 articles.
                """);
        // warnings alone exit 0
        assertThat(run("check", "2").code()).isZero();
    }

    @Test
    void jsonGivesEachFindingWithArticleSeverityLocationAndMessage() throws Exception {
        try (Database d = Database.open(db)) {
            SeriesStore series = new SeriesStore(d, new ArticleStore(d));
            Plan water = series.allPlans().stream().map(Plan::of).filter(p -> p.series().title().equals("Water and the City"))
                    .findFirst().orElseThrow();
            series.savePlan(water.insert(0, SeriesPart.planned("Prelude")).stored(), java.util.List.of(), Instant.now());
        }
        CliRunner.Result r = run("check", "--json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertThat(a).hasSize(2);
        JsonNode f = a.get(0);
        assertThat(f.get("articleId").asLong()).isEqualTo(1);
        assertThat(f.get("headline").asText()).isEqualTo("The Cities That Buried Their Rivers Are Digging Them Up");
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("location").asText()).isEqualTo("editor's note");
        assertThat(f.get("field").asText()).isEqualTo("editors-note");
        assertThat(f.get("message").asText()).contains("part 2 of 4");
    }

    @Test
    void anUnknownIdOrOptionIsAUsageError() {
        CliRunner.Result r = run("check", "99");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no article with id 99");
        assertThat(run("check", "--jsn").code()).isEqualTo(2);
        assertThat(run("check", "abc").code()).isEqualTo(2);
    }
}
