package org.masthead.planning.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.SeriesPart;
import org.masthead.planning.Plan;
import org.masthead.planning.preflight.Finding.Severity;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.DemoPublication;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * The checks over the demo publication, whose articles are real content: what they find there
 * is what an editor would have to fix.
 */
class PreflightDemoTest {

    @TempDir
    Path dir;

    private Database db;
    private ArticleStore articles;
    private SeriesStore series;
    private PreflightRunner run;

    @BeforeEach
    void loadDemo() {
        db = Database.open(dir.resolve("demo.db"));
        articles = new ArticleStore(db);
        series = new SeriesStore(db, articles);
        PublicationStore pub = new PublicationStore(db);
        new DemoPublication().load(articles, new ImageStore(db), pub, series);
        run = new PreflightRunner(articles, series, pub, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theDemosOnePublishedArticleIsReadyForExport() {
        PreflightReport r = run.forExport();
        assertThat(r.articlesChecked()).isEqualTo(1);
        assertThat(r.findings()).isEmpty();
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void theDemosWorkInProgressCarriesRealSlips() {
        PreflightReport r = run.forArticles(LongStream.rangeClosed(1, 8).boxed().toList());
        assertThat(r.articlesChecked()).isEqualTo(8);
        assertThat(r.findings()).extracting(Finding::articleId, Finding::severity, f -> f.location().describe()).containsExactly(
                // "[Editor: check the cart-price figure ...]" left in the text
                tuple(2L, Severity.WARNING, "block 10 (paragraph)"),
                // "[Authors: please confirm the district names ...]"
                tuple(4L, Severity.WARNING, "block 10 (paragraph)"),
                // part 1 of the 4-part heat series, but its note speaks of "our occasional series"
                tuple(5L, Severity.WARNING, "editor's note"),
                // "DRAFT: add the figures ..."
                tuple(6L, Severity.WARNING, "block 6 (paragraph)"),
                // the pitch has no author yet
                tuple(7L, Severity.ERROR, "byline"));
        assertThat(r.findings().get(0).message()).contains("[Editor: check the cart-price figure");
        assertThat(r.findings().get(2).message()).contains("part 1 of 4", "the 1st article in a 4-part series on extreme heat in cities");
        assertThat(r.findings().get(3).message()).contains("DRAFT: add the figures");
    }

    @Test
    void aPartAddedInFrontMakesThePublishedNoteWrongAndTheExportIsRefused() {
        Plan water = series.allPlans().stream().map(Plan::of).filter(p -> p.series().title().equals("Water and the City")).findFirst()
                .orElseThrow();
        Plan changed = water.insert(0, SeriesPart.planned("Why cities forgot their rivers"));
        series.savePlan(changed.stored(), Plan.logEntries(water.series().id(), water.pageChanges(changed), Instant.now()), Instant.now());

        PreflightReport r = run.forExport();
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.errors()).extracting(f -> f.location().describe(), Finding::message).containsExactly(
                tuple("editor's note", "The editor's note says this is part 1 (“1st article”); the plan makes it part 2 of 4."),
                tuple("editor's note", "The editor's note says the series has 3 parts (“3-part series”); the plan has 4."));
        assertThat(r.refusal("Add --force to export anyway.")).startsWith("""
                Preflight found 2 errors in 1 article; nothing was exported.
                  1 “The Cities That Buried Their Rivers Are Digging Them Up”:
                    editor's note: The editor's note says this is part 1""");
    }

    @Test
    void theExportChecksThePublishedVersionNotAPendingUpdate() {
        Article a = articles.load(1);
        articles.save(a.withContent(a.content().withHeadline("").withResponsibleEditor(""), Instant.now()), ArticleStore.SaveKind.EXPLICIT);
        assertThat(run.forExport().findings()).isEmpty();
        assertThat(run.forArticles(List.of(1L)).findings()).extracting(f -> f.location().describe())
                .containsExactly("headline", "responsible editor");
    }

    @Test
    void forExportOfSomeIdsChecksThosePublishedVersionsByTheSameRules() {
        // Publish article 2, whose text has a note to the desk left in, then put a pending update on it without the note.
        Article two = articles.save(articles.load(2).publish(Instant.parse("2026-03-09T08:00:00Z"), ZoneOffset.UTC), ArticleStore.SaveKind.PUBLISH);
        articles.save(two.withContent(two.content().withHeadline(""), Instant.parse("2026-03-09T09:00:00Z")), ArticleStore.SaveKind.EXPLICIT);
        PreflightReport all = run.forExport();
        assertThat(all.articlesChecked()).isEqualTo(2);
        assertThat(all.findings()).extracting(Finding::articleId, f -> f.location().describe())
                .containsExactly(tuple(2L, "block 10 (paragraph)"));

        // Any order, duplicates, drafts (3) and unknown ids (99): only the published ones, in id order.
        PreflightReport some = run.forExport(List.of(99L, 2L, 3L, 1L, 2L));
        assertThat(some.articlesChecked()).isEqualTo(2);
        assertThat(some.findings()).isEqualTo(all.findings());
        assertThat(run.forExport(List.of(1L)).findings()).isEmpty();
        assertThat(run.forExport(List.of(1L)).articlesChecked()).isEqualTo(1);
        assertThat(run.forExport(List.of(3L, 99L)).articlesChecked()).isZero();
        assertThat(run.forExport(List.of()).articlesChecked()).isZero();

        // A withdrawn article's page is its notice: not checked.
        articles.save(articles.load(2).withdraw("Withdrawn at the author's request.", Instant.parse("2026-03-09T10:00:00Z")),
                ArticleStore.SaveKind.EXPLICIT);
        assertThat(run.forExport(List.of(2L)).articlesChecked()).isZero();
        assertThat(run.forExport().articlesChecked()).isEqualTo(1);
    }

    @Test
    void forExportOfSomeIdsChecksSeriesPartsAgainstTheirPlanFewOrMany() {
        Plan water = series.allPlans().stream().map(Plan::of).filter(p -> p.series().title().equals("Water and the City")).findFirst()
                .orElseThrow();
        Plan changed = water.insert(0, SeriesPart.planned("Why cities forgot their rivers"));
        series.savePlan(changed.stored(), Plan.logEntries(water.series().id(), water.pageChanges(changed), Instant.now()), Instant.now());

        List<Finding> expected = run.forExport().findings();
        assertThat(expected).hasSize(2);
        // one id: its plan read on its own; many: every plan read at once
        assertThat(run.forExport(List.of(1L)).findings()).isEqualTo(expected);
        assertThat(run.forExport(LongStream.rangeClosed(1, 100).boxed().toList()).findings()).isEqualTo(expected);
    }

    @Test
    void aPublishedVersionThatCannotBeReadFailsTheCheckAsBefore() {
        db.tx(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("UPDATE article SET published_content = '{\"headline\": ' WHERE id = 1");
            }
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run.forExport())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Masthead article");
    }
}
