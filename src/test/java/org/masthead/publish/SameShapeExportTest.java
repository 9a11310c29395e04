package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.store.ArticleStore.SaveKind;

/**
 * An incremental export of a site that kept its shape (docs/export.md, "Unchanged shape") makes
 * only the pages that show what changed, and takes every other page as the last export recorded
 * it; any change of shape, of settings, or to a file by hand makes it look at every page. Either
 * way the folder ends as a full export would leave it ({@link IncrementalExportTest} checks that
 * after every kind of change).
 */
class SameShapeExportTest {

    @TempDir
    Path dir;
    private DemoSite demo;
    private final Instant now = DemoSite.NOW;

    @BeforeEach
    void open() {
        demo = new DemoSite(dir);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    /** What the exporter was given by {@link SiteSource#pagesAfter}, whether it then asked for every page, and its report. */
    private record Run(SiteSource.Pages looked, boolean everyPage, Exporter.Report report) {
        /** Only some pages were made and looked at. */
        boolean partial() {
            return looked.partial() && !everyPage;
        }
    }

    private Run export(Path out, Exporter.Progress progress) throws IOException {
        SiteExport x = Sites.forStores(demo.articles, demo.series, demo.images, demo.publication, Clock.fixed(now, ZoneOffset.UTC),
                (data, ids, exists) -> List.of());
        SiteSource.Pages[] looked = new SiteSource.Pages[1];
        boolean[] every = {false};
        SiteSource spy = new SiteSource() {
            @Override
            public List<SitePage> pages() {
                every[0] = true;
                return x.site().pages();
            }

            @Override
            public SiteStamps stamps() {
                return x.site().stamps();
            }

            @Override
            public SiteSource.Pages pagesAfter(java.util.function.Supplier<ExportManifest> before) {
                return looked[0] = x.site().pagesAfter(before);
            }
        };
        Exporter.Report r = new Exporter(x.gate()).export(spy, out, Exporter.Options.INCREMENTAL, progress);
        return new Run(looked[0], every[0], r);
    }

    private Run export(Path out) throws IOException {
        return export(out, Exporter.Progress.NONE);
    }

    private void update(long id, java.util.function.UnaryOperator<org.masthead.model.ArticleContent> change) {
        Article a = demo.articles.load(id);
        Instant at = now.minusSeconds(600);
        demo.articles.save(a.withContent(change.apply(a.content()), at).publishUpdate(at, DemoSite.ZONE, null), SaveKind.PUBLISH);
    }

    private static ExportManifest manifest(Path out) throws IOException {
        return ExportManifest.parse(Files.readAllBytes(out.resolve(SitePaths.MANIFEST)));
    }

    private static Set<String> paths(SiteSource.Pages p) {
        Set<String> out = new TreeSet<>();
        for (SitePage page : p.pages()) out.add(page.path());
        return out;
    }

    @Test
    void aNewHeadlineMakesOnlyThePagesThatShowTheArticle() throws IOException {
        Path out = dir.resolve("site");
        export(out);
        ExportManifest before = manifest(out);
        assertThat(before.stamps().shapes()).as("the manifest keeps the shapes").isNotNull();

        update(demo.part2, c -> c.withHeadline("Who Pays for the Pipes"));
        Run run = export(out);

        assertThat(run.partial()).isTrue();
        Set<String> expected = new TreeSet<>();
        before.pages().forEach((path, e) -> {
            if (e.deps() == null || e.deps().touches(Set.of(demo.part2), seriesOf(demo.part2))) expected.add(path);
        });
        assertThat(paths(run.looked())).isEqualTo(expected).hasSizeLessThan(before.pages().size());
        assertThat(run.report().writtenPaths()).isNotEmpty().allMatch(expected::contains);
        assertThat(run.report().written() + run.report().unchanged()).isEqualTo(before.pages().size());
        assertThat(manifest(out).pages().keySet()).isEqualTo(before.pages().keySet());

        Run again = export(out);
        assertThat(again.partial()).isTrue();
        assertThat(again.report().written()).isZero();
    }

    /** The series whose stamps changed along with the article's (its page lists the article's headline). */
    private Set<Long> seriesOf(long articleId) {
        Set<Long> out = new java.util.HashSet<>();
        demo.series.allPlans().forEach(p -> {
            if (p.parts().stream().anyMatch(x -> x.article() != null && x.article().id() == articleId)) out.add(p.series().id());
        });
        return out;
    }

    @Test
    void aChangeOfShapeMakesEveryPage() throws IOException {
        Path out = dir.resolve("site");
        export(out);
        // a new tag: a new tag page, other recommendations
        update(demo.arabic, c -> c.withTags(new ArrayList<>(Stream.concat(c.tags().stream(), Stream.of("Water")).toList())));
        assertThat(export(out).partial()).isFalse();
        // a setting every page shows
        demo.publication.save(demo.publication.get().withName("The Other Times"));
        assertThat(export(out).partial()).isFalse();
        // nothing changed since: the same shape again
        assertThat(export(out).partial()).isTrue();
    }

    @Test
    void aPageChangedByHandMakesTheExportLookAtEveryPageAndRestoresIt() throws IOException {
        Path out = dir.resolve("site");
        export(out);
        Path page = out.resolve("404.html");
        byte[] bytes = Files.readAllBytes(page);
        // a page the headline below is not on: it would have been kept as recorded
        String other = manifest(out).pages().entrySet().stream()
                .filter(e -> e.getKey().startsWith("20") && e.getValue().deps() != null && !e.getValue().deps().touches(Set.of(demo.part2),
                        seriesOf(demo.part2)))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
        Files.writeString(out.resolve(other), "edited by hand");
        update(demo.part2, c -> c.withHeadline("Who Pays for the Pipes"));
        Run run = export(out);
        assertThat(run.looked().partial()).as("the site kept its shape").isTrue();
        assertThat(run.partial()).as("but a file is not as recorded: every page is looked at").isFalse();
        assertThat(Files.readString(out.resolve(other))).isNotEqualTo("edited by hand");
        assertThat(Files.readAllBytes(page)).isEqualTo(bytes);
    }

    @Test
    void theStateFileIsGoneWhileAnExportChangesTheFolder() throws IOException {
        Path out = dir.resolve("site");
        export(out);
        Path state = out.resolve(SitePaths.FILES);
        assertThat(state).exists();
        update(demo.part2, c -> c.withHeadline("Who Pays for the Pipes"));
        List<Boolean> present = new ArrayList<>();
        Run run = export(out, (done, total, path) -> present.add(Files.exists(state)));
        assertThat(run.report().written()).isPositive();
        // from the first file written on, a kill would leave no state file: the next export then trusts nothing unread
        assertThat(present).contains(false);
        assertThat(present.get(present.size() - 1)).isFalse();
        assertThat(state).exists();
    }

    /** A temporary file beside a page, as an export killed while writing it leaves one. */
    private static Path halfWrittenPage(Path out) throws IOException {
        String page = manifest(out).pages().keySet().stream().filter(p -> p.endsWith("/index.html")).findFirst().orElseThrow();
        Path temp = out.resolve(page).resolveSibling(".index.html.1f2e3d" + SitePaths.TEMP_SUFFIX);
        Files.writeString(temp, "half a page");
        return temp;
    }

    @Test
    void aTemporaryFileBesideAnOlderMastheadsStateFileIsSwept() throws IOException {
        Path out = dir.resolve("site");
        export(out);
        // an older Masthead, killed mid-export, left its state file (version 1) and a temporary file
        Path temp = halfWrittenPage(out);
        Path state = out.resolve(SitePaths.FILES);
        Files.writeString(state, Files.readString(state).replaceFirst("^masthead-export-files 2\n", "masthead-export-files 1\n"));
        Run run = export(out);
        assertThat(temp).doesNotExist();
        assertThat(run.report().written()).isZero();
    }

    @Test
    void aTemporaryFileOfAKilledExportIsSweptByTheNext() throws IOException {
        Path out = dir.resolve("site");
        export(out);
        // as a kill after the first write leaves it: a temporary file, and no state file
        Path temp = halfWrittenPage(out);
        Files.delete(out.resolve(SitePaths.FILES));
        Run run = export(out);
        assertThat(temp).doesNotExist();
        assertThat(run.report().written()).isZero();
        assertThat(out.resolve(SitePaths.FILES)).exists();
    }
}
