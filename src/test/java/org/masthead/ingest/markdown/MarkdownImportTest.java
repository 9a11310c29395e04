package org.masthead.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Author;
import org.masthead.model.PlanPart;
import org.masthead.model.SeriesWithParts;
import org.masthead.model.text.Block;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.ImportStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/** Markdown import into a real SQLite file: front matter, bodies, pictures, series, errors, re-imports. */
class MarkdownImportTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    Path site;
    Database db;
    ArticleStore articles;
    ImageStore images;
    SeriesStore series;
    MarkdownImporter importer;

    @BeforeEach
    void open() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        db = Database.open(dir.resolve("m.db"));
        articles = new ArticleStore(db);
        images = new ImageStore(db);
        series = new SeriesStore(db, articles);
        importer = new MarkdownImporter(articles, images, new ImportStore(db, articles), new PublicationStore(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    Path write(String name, String text) throws IOException {
        Path p = site.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    ImportReport importSite() {
        return importer.importPaths(List.of(site), NOW);
    }

    Article only() {
        assertThat(articles.all()).hasSize(1);
        return articles.all().get(0);
    }

    static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void frontMatterFillsTheArticleAndASeriesListPlacesItInThePlan() throws IOException {
        write("2024/rivers.md", """
                ---
                title: "Rivers and the city"
                date: 2024-01-02T09:30:00+08:00
                author: ["Wei Qiao", "Amina Diallo"]
                author_title: ["Vice President", "Senior Fellow"]
                editor: Desk Editor
                series: ["Water", "Ignored second term"]
                series_part: 2
                series_parts: 3
                editors_note: Part 2 of 3.
                summary: Where the water goes.
                tags: [water, cities]
                language: zh-Hans
                ---
                Water **flows** and *turns*.
                """);
        ImportReport r = importSite();

        assertThat(r.count(ImportReport.Outcome.IMPORTED)).isEqualTo(1);
        assertThat(r.messages()).isEmpty();
        Article a = only();
        assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.content().headline()).isEqualTo("Rivers and the city");
        assertThat(a.content().byline()).containsExactly(new Author("Wei Qiao", "Vice President"), new Author("Amina Diallo", "Senior Fellow"));
        assertThat(a.content().responsibleEditor()).isEqualTo("Desk Editor");
        assertThat(a.content().editorsNote()).isEqualTo("Part 2 of 3.");
        assertThat(a.content().summary()).isEqualTo("Where the water goes.");
        assertThat(a.content().tags()).containsExactly("water", "cities");
        assertThat(a.content().language()).isEqualTo("zh-Hans");
        assertThat(a.firstPublished().instant()).isEqualTo(Instant.parse("2024-01-02T01:30:00Z"));
        assertThat(a.firstPublished().zone()).isEqualTo(SHANGHAI);
        assertThat(a.published()).isEqualTo(a.content());

        SeriesWithParts plan = series.allPlans().get(0);
        assertThat(plan.series().title()).isEqualTo("Water");
        assertThat(plan.series().plannedParts()).isEqualTo(3);
        assertThat(plan.parts()).extracting(p -> p.part().position()).containsExactly(1, 2, 3);
        assertThat(plan.parts()).extracting(p -> p.article() == null ? 0L : p.article().id()).containsExactly(0L, a.id(), 0L);
        assertThat(plan.parts().get(1).part().workingTitle()).isEqualTo("Rivers and the city");
        assertThat(plan.parts().get(0).part().workingTitle()).isEqualTo("Part 1");
    }

    @Test
    void aSeriesAsAStringFindsTheExistingSeriesAndADateAloneIsMidnightInThePublicationsZone() throws IOException {
        write("a.md", "---\ntitle: One\nseries: Water\nseries_part: 1\nseries_parts: 2\n---\nText.\n");
        write("b.md", "---\ntitle: Two\nseries: [\"water\"]\nseries_part: 2\ndate: 2024-05-06\n---\nText.\n");
        importSite();

        assertThat(series.allPlans()).hasSize(1);
        SeriesWithParts plan = series.allPlans().get(0);
        assertThat(plan.parts()).extracting(PlanPart::title).containsExactly("One", "Two");
        Article two = articles.all().stream().filter(x -> x.headline().equals("Two")).findFirst().orElseThrow();
        assertThat(two.firstPublished().local().toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 5, 6, 0, 0));
    }

    @Test
    void windowsLineEndsAByteOrderMarkAndJekyllDatesAreRead() throws IOException {
        write("2019-05-01-jekyll.md", "\uFEFF---\r\ntitle: Jekyll\r\ndate: 2019-05-01 09:15:00 +0200\r\ntags: opinion\r\n---\r\nLine one\r\nline two\r\n");
        ImportReport r = importSite();

        assertThat(r.messages()).isEmpty();
        Article a = only();
        assertThat(a.firstPublished().instant()).isEqualTo(Instant.parse("2019-05-01T07:15:00Z"));
        assertThat(a.content().tags()).containsExactly("opinion");
        assertThat(a.content().body().blocks()).containsExactly(Block.Paragraph.of("Line one line two"));
    }

    @Test
    void statusesGoThroughTheWorkflowAndScheduledWaitsForItsDate() throws IOException {
        write("d.md", "---\ntitle: D\nstatus: draft\n---\nx\n");
        write("e.md", "---\ntitle: E\nstatus: editing\n---\nx\n");
        write("r.md", "---\ntitle: R\nstatus: ready\n---\nx\n");
        write("s.md", "---\ntitle: S\nstatus: scheduled\ndate: 2026-04-01T08:00:00Z\n---\nx\n");
        write("i.md", "---\ntitle: I\nstatus: idea\n---\n");
        write("h.md", "---\ntitle: H\ndraft: true\n---\nx\n");
        ImportReport r = importSite();

        assertThat(r.messages()).isEmpty();
        Map<String, Article> by = new TreeMap<>();
        for (Article a : articles.all()) by.put(a.headline(), a);
        assertThat(by.get("D").status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(by.get("E").status()).isEqualTo(ArticleStatus.EDITING);
        assertThat(by.get("R").status()).isEqualTo(ArticleStatus.READY);
        assertThat(by.get("I").status()).isEqualTo(ArticleStatus.IDEA);
        assertThat(by.get("H").status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(by.get("S").status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(by.get("S").scheduledAt()).isEqualTo(Instant.parse("2026-04-01T08:00:00Z"));
        assertThat(by.values()).allSatisfy(a -> assertThat(articles.revisions(a.id())).hasSize(1));
    }

    @Test
    void theBodyKeepsHeadingsEmphasisLinksListsQuotesAndBreaksButNoRawHtml() throws IOException {
        write("body.md", """
                ---
                title: Body
                ---
                ## Section

                A [link](https://example.org/x) and a [relative one](other.md) and [bad](javascript:alert(1)).

                - one
                - two
                  1. inner

                > Quoted *words*

                ---

                <script>alert(1)</script>
                <p onclick="x()">From <b>HTML</b></p>

                #### Small
                """);
        importSite();
        List<Block> b = only().content().body().blocks();

        assertThat(b.get(0)).isEqualTo(Block.Heading.of(1, "Section"));
        Block.Paragraph p = (Block.Paragraph) b.get(1);
        assertThat(p.runs()).anySatisfy(run -> {
            assertThat(run.text()).isEqualTo("link");
            assertThat(run.marks().href()).isEqualTo("https://example.org/x");
        });
        assertThat(p.runs()).filteredOn(run -> run.marks().isLink()).hasSize(1);
        assertThat(p.text()).isEqualTo("A link and a relative one and bad.");
        assertThat(b.get(2)).isEqualTo(Block.ListItem.of(false, "one"));
        assertThat(b.get(3)).isEqualTo(Block.ListItem.of(false, "two"));
        assertThat(b.get(4)).isEqualTo(new Block.ListItem(true, 2, List.of(org.masthead.model.text.Run.plain("inner"))));
        assertThat(((Block.Quote) b.get(5)).text()).isEqualTo("Quoted words");
        assertThat(b.get(6)).isInstanceOf(Block.Separator.class);
        assertThat(only().content().body().plainText()).doesNotContain("alert").doesNotContain("<");
        assertThat(b).anySatisfy(x -> assertThat(x).isInstanceOf(Block.TextBlock.class).extracting(y -> ((Block.TextBlock) y).text())
                .isEqualTo("From HTML"));
        assertThat(b.get(b.size() - 1)).isEqualTo(Block.Heading.of(2, "Small"));
    }

    @Test
    void imagesNextToTheFileBecomeFiguresWithTheirTitleAsCaption() throws IOException {
        Files.createDirectories(site.resolve("post/img"));
        Files.write(site.resolve("post/img/river.png"), png(40, 30));
        write("post/index.md", "---\ntitle: Pictures\ndate: 2024-01-01\n---\nBefore ![A river at dawn](img/river.png \"The Li river\") after.\n");
        ImportReport r = importSite();

        assertThat(r.messages()).isEmpty();
        List<Block> b = only().content().body().blocks();
        assertThat(b).hasSize(3);
        Block.Figure f = (Block.Figure) b.get(1);
        assertThat(f.caption()).isEqualTo("The Li river");
        assertThat(f.alt()).isEqualTo("A river at dawn");
        assertThat(images.info(f.assetId())).hasValueSatisfying(i -> assertThat(i.width()).isEqualTo(40));
        assertThat(((Block.Paragraph) b.get(0)).text()).isEqualTo("Before");
        assertThat(((Block.Paragraph) b.get(2)).text()).isEqualTo("after.");
    }

    @Test
    void imagesOutsideTheImportedFolderMissingOrRemoteAreNeverReadAndLeftOutWithAWarning() throws IOException {
        Files.write(dir.resolve("secret.png"), png(5, 5));
        Files.createSymbolicLink(site.resolve("link.png"), dir.resolve("secret.png"));
        write("a.md", """
                ---
                title: Outside
                status: draft
                ---
                ![up](../secret.png)

                ![abs](/../secret.png)

                ![linked](link.png)

                ![gone](missing.png)

                ![remote](https://example.org/x.png)
                """);
        ImportReport r = importSite();

        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(ImportReport.Message::line).containsExactly(5, 7, 9, 11, 13);
        assertThat(r.warnings()).extracting(ImportReport.Message::text).anySatisfy(t -> assertThat(t).contains("outside the imported folder"))
                .anySatisfy(t -> assertThat(t).contains("links outside")).anySatisfy(t -> assertThat(t).contains("missing"))
                .anySatisfy(t -> assertThat(t).contains("not fetched"));
        assertThat(only().content().body().figures()).isEmpty();
        assertThat(images.count()).isZero();
    }

    @Test
    void aFileWithBadFrontMatterIsReportedWithItsLineAndTheOthersAreImported() throws IOException {
        write("good.md", "---\ntitle: Good\n---\nFine.\n");
        Path bad = write("bad.md", "---\ntitle: Bad\nauthor: Someone\ntags: [a, b\nsummary: x\n---\nBody\n");
        write("part.md", "---\ntitle: Part\nseries: S\nseries_part: two\n---\nBody\n");
        write("open.md", "---\ntitle: Never closed\n");
        ImportReport r = importSite();

        assertThat(r.count(ImportReport.Outcome.IMPORTED)).isEqualTo(1);
        assertThat(r.count(ImportReport.Outcome.FAILED)).isEqualTo(3);
        assertThat(r.errors()).extracting(ImportReport.Message::toString)
                .anySatisfy(m -> assertThat(m).startsWith(bad + ":5: error: bad front matter"))
                .anySatisfy(m -> assertThat(m).contains("part.md:4: error: series_part must be a whole number"))
                .anySatisfy(m -> assertThat(m).contains("open.md:1: error: front matter is not closed"));
        assertThat(only().headline()).isEqualTo("Good");
    }

    @Test
    void plannedWithoutBodyMakesAPlannedPartWithoutAnArticle() throws IOException {
        write("p.md", "---\ntitle: The next dam\nauthor: Li Na\nstatus: planned\nseries: [Water]\nseries_part: 2\n---\n");
        ImportReport r = importSite();

        assertThat(r.messages()).isEmpty();
        assertThat(articles.count()).isZero();
        SeriesWithParts plan = series.allPlans().get(0);
        assertThat(plan.parts()).hasSize(2);
        PlanPart p = plan.parts().get(1);
        assertThat(p.part().workingTitle()).isEqualTo("The next dam");
        assertThat(p.part().author()).isEqualTo("Li Na");
        assertThat(p.article()).isNull();

        // Written later: the same part gets the article.
        write("p.md", "---\ntitle: The next dam\nauthor: Li Na\nstatus: draft\nseries: [Water]\nseries_part: 2\n---\nNow written.\n");
        importSite();
        PlanPart written = series.allPlans().get(0).parts().get(1);
        assertThat(written.part().id()).isEqualTo(p.part().id());
        assertThat(written.article().id()).isEqualTo(only().id());
    }

    @Test
    void reimportingUnchangedFilesChangesNothing() throws IOException {
        Files.write(site.resolve("pic.png"), png(4, 4));
        write("a.md", "---\ntitle: A\nseries: [S]\nseries_part: 1\nseries_parts: 2\n---\nText ![x](pic.png)\n");
        write("b.md", "---\ntitle: B\nstatus: draft\n---\nText\n");
        write("c.md", "---\ntitle: C\nstatus: planned\nseries: S\nseries_part: 2\n---\n");
        importSite();
        Map<Long, String> before = snapshot();

        ImportReport again = importSite();

        assertThat(again.count(ImportReport.Outcome.UNCHANGED)).isEqualTo(3);
        assertThat(again.count(ImportReport.Outcome.IMPORTED) + again.count(ImportReport.Outcome.UPDATED)).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Each article's revisions, modification time and status, and each series' version. */
    private Map<Long, String> snapshot() {
        Map<Long, String> m = new TreeMap<>();
        for (Article a : articles.all()) m.put(a.id(), articles.revisions(a.id()).size() + " " + a.modifiedAt() + " " + a.status() + " " + a.lastUpdated());
        for (SeriesWithParts s : series.allPlans()) m.put(-s.series().id(), s.series().modifiedAt() + " " + s.parts().size());
        return m;
    }

    @Test
    void aChangedFileUpdatesTheSameArticleAndPublishesTheUpdate() throws IOException {
        write("a.md", "---\ntitle: A\ndate: 2024-01-01T00:00:00Z\n---\nFirst text.\n");
        importSite();
        Article first = only();

        write("a.md", "---\ntitle: A\ndate: 2024-01-01T00:00:00Z\n---\nSecond text.\n");
        ImportReport r = importSite();

        assertThat(r.count(ImportReport.Outcome.UPDATED)).isEqualTo(1);
        Article second = only();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.published().body().plainText()).isEqualTo("Second text.\n");
        assertThat(second.firstPublished()).isEqualTo(first.firstPublished());
        assertThat(second.lastUpdated().instant()).isEqualTo(NOW);
        assertThat(articles.revisions(first.id())).hasSize(2);
    }

    @Test
    void filesThatAreNotMarkdownAreSkippedSilently() throws IOException {
        write("notes.txt", "---\ntitle: not me\n---\n");
        Files.write(site.resolve("pic.png"), png(2, 2));
        write(".git/x.md", "---\ntitle: hidden\n---\n");
        write("a.markdown", "---\ntitle: Me\nstatus: draft\n---\nx\n");
        ImportReport r = importSite();

        assertThat(r.messages()).isEmpty();
        assertThat(r.count(ImportReport.Outcome.SKIPPED)).isEqualTo(2);
        assertThat(only().headline()).isEqualTo("Me");

        // A Hugo section page and a link leading out of the folder are left out with a word, not an error.
        write("posts/_index.md", "---\ntitle: Posts\n---\n");
        Files.writeString(dir.resolve("elsewhere.md"), "---\ntitle: Elsewhere\n---\nx\n");
        Files.createSymbolicLink(site.resolve("linked.md"), dir.resolve("elsewhere.md"));
        ImportReport again = importSite();
        assertThat(again.errors()).isEmpty();
        assertThat(again.warnings()).hasSize(2);
        assertThat(again.count(ImportReport.Outcome.SKIPPED)).isEqualTo(4);
        assertThat(only().headline()).isEqualTo("Me");
        assertThat(images.count()).isZero();
    }

    @Test
    void hugoStyleFilesFromTheBenchmarkGeneratorImportAsPublishedSeriesParts() throws Exception {
        Path gen = Path.of(System.getProperty("masthead.shared", "../shared"), "bench", "gen_corpus.py");
        assumeTrue(Files.isRegularFile(gen), "the shared benchmark generator is not here");
        Process p = new ProcessBuilder("python3", gen.toString(), site.toString(), "12", "60").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor() == 0, "python3 could not run the generator");

        ImportReport r = importSite();

        assertThat(r.messages()).isEmpty();
        assertThat(r.count(ImportReport.Outcome.IMPORTED)).isEqualTo(12);
        assertThat(articles.all()).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(a.content().byline()).hasSize(1);
            assertThat(a.content().responsibleEditor()).isEqualTo("Desk Editor");
        });
        // Every file names its part; the corpus stops after 12 files, so the last series may keep planned parts.
        long placed = series.allPlans().stream().flatMap(s -> s.parts().stream()).filter(x -> x.article() != null).count();
        long inSeries = articles.all().stream().filter(a -> !a.content().editorsNote().isEmpty()).count();
        assertThat(placed).isEqualTo(inSeries).isPositive();
        assertThat(series.allPlans()).allSatisfy(s -> assertThat(s.series().plannedParts()).isEqualTo(s.parts().size()));
    }
}
