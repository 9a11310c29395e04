package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.planning.preflight.PreflightRunner;

/** The application's export: the site and its gate from one read of the stores, the gate incremental. */
class SitesTest {

    @TempDir
    Path dir;
    private DemoSite demo;
    /** The ids each run's gate checked. */
    private final List<Set<Long>> checked = new ArrayList<>();
    /** Articles the checks call broken. */
    private final Set<Long> broken = new TreeSet<>();

    @BeforeEach
    void open() {
        demo = new DemoSite(dir);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private final Sites.Checks recording = (SiteData data, Collection<Long> ids, Predicate<String> exists) -> {
        checked.add(new TreeSet<>(ids));
        List<ExportGate.Error> out = new ArrayList<>();
        for (long id : ids) if (broken.contains(id)) out.add(new ExportGate.Error(id, "article " + id + " is broken"));
        return out;
    };

    private SiteExport site() {
        return Sites.forStores(demo.articles, demo.series, demo.images, demo.publication, Clock.fixed(DemoSite.NOW, ZoneOffset.UTC), recording);
    }

    private Exporter.Report export(Path out, boolean full, boolean force) throws IOException {
        SiteExport x = site();
        return new Exporter(x.gate()).export(x.site(), out, new Exporter.Options(full, force), Exporter.Progress.NONE);
    }

    private Set<Long> exported() {
        Set<Long> ids = new TreeSet<>();
        demo.articles.all().stream().filter(PreflightRunner::exported).forEach(a -> ids.add(a.id()));
        return ids;
    }

    @Test
    void theStoresAreReadAndThePagesBuiltOncePerExport() throws IOException {
        AtomicInteger builds = new AtomicInteger();
        SiteExport x = site();
        SiteSource counting = () -> {
            builds.incrementAndGet();
            return x.site().pages();
        };
        assertThat(x.site().pages()).isSameAs(x.site().pages());
        new Exporter(x.gate()).export(counting, dir.resolve("site"), Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
        assertThat(builds).hasValue(1);
        assertThat(checked).hasSize(1);
    }

    @Test
    void anIncrementalExportChecksOnlyTheArticlesWhosePagesChanged() throws IOException {
        Path out = dir.resolve("site");
        export(out, false, false);
        assertThat(checked.get(0)).isEqualTo(exported()).contains(demo.part1, demo.part2, demo.arabic, demo.embargoed);

        export(out, false, false);
        // nothing changed: only the article under embargo, which has no page to compare, is checked again
        assertThat(checked.get(1)).containsExactly(demo.embargoed);

        var a = demo.articles.load(demo.arabic);
        demo.articles.save(a.withContent(a.content().withSourceNote("Interviews in Alexandria, 2026."), DemoSite.NOW.minusSeconds(3600))
                .publishUpdate(DemoSite.NOW.minusSeconds(3600), DemoSite.ZONE, null), org.masthead.store.ArticleStore.SaveKind.PUBLISH);
        export(out, false, false);
        // the source note shows on the article's own page only
        assertThat(checked.get(2)).containsExactlyInAnyOrder(demo.arabic, demo.embargoed);

        export(out, true, false);
        assertThat(checked.get(3)).as("--full checks everything").isEqualTo(exported());
    }

    @Test
    void aForcedExportsErrorsAreReportedAgainUntilFixed() throws IOException {
        Path out = dir.resolve("site");
        export(out, false, false);
        broken.add(demo.part2);
        // part 2's page did not change, so an incremental gate does not see it
        assertThat(export(out, false, false).overridden()).isEmpty();
        // a full export does, and is refused
        assertThatThrownBy(() -> export(out, true, false)).isInstanceOf(Exporter.BlockedException.class).hasMessageContaining("is broken");
        assertThat(export(out, true, true).overridden()).containsExactly("article " + demo.part2 + " is broken");
        // the manifest remembers it: the next incremental export checks part 2 again and refuses
        assertThatThrownBy(() -> export(out, false, false)).isInstanceOf(Exporter.BlockedException.class).hasMessageContaining("is broken");
        assertThat(checked.get(checked.size() - 1)).contains(demo.part2);
        assertThat(export(out, false, true).overridden()).hasSize(1);
        broken.clear();
        assertThat(export(out, false, false).overridden()).isEmpty();
        // fixed and exported: no longer checked every time
        export(out, false, false);
        assertThat(checked.get(checked.size() - 1)).containsExactly(demo.embargoed);
    }

    @Test
    void aPageLeavingTheSiteMakesTheGateCheckEverything() throws IOException {
        Path out = dir.resolve("site");
        export(out, false, false);
        var a = demo.articles.load(demo.arabic);
        demo.articles.save(a.withdraw("Withdrawn.", DemoSite.NOW.minusSeconds(120)), org.masthead.store.ArticleStore.SaveKind.EXPLICIT);
        demo.articles.trash(demo.arabic, DemoSite.NOW.minusSeconds(60));
        export(out, false, false);
        Set<Long> all = exported();
        assertThat(checked.get(1)).isEqualTo(all);
    }

    @Test
    void theDefaultChecksAreThePreflightOfThePublishedVersions() throws IOException {
        SiteExport x = Sites.forStores(demo.articles, demo.series, demo.images, demo.publication, Clock.fixed(DemoSite.NOW, ZoneOffset.UTC));
        List<String> ours = x.gate().blockingErrors();
        List<String> runner = new PreflightRunner(demo.articles, demo.series, demo.publication, p -> true).forExport().errors().stream()
                .map(f -> "article " + f.articleId()).toList();
        assertThat(ours).hasSameSizeAs(runner);
        for (int i = 0; i < ours.size(); i++) assertThat(ours.get(i)).startsWith(runner.get(i));
    }
}
