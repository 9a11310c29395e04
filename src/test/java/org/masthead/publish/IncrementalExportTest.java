package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.store.ArticleStore.SaveKind;

/**
 * Incremental export by what each page depends on (docs/export.md): after every kind of change,
 * an incremental export leaves the folder exactly as a full export into an empty one would, with
 * the same input hashes in its manifest (so no page kept a hash its inputs no longer have), while
 * working out only the pages that show what changed.
 */
class IncrementalExportTest {

    private static final String PART1 = "2026/03/the-cities-that-buried-their-rivers-are-digging-them-up/index.html";

    @TempDir
    Path dir;
    private DemoSite demo;
    private Instant now = DemoSite.NOW;
    private int fulls;

    @BeforeEach
    void open() {
        demo = new DemoSite(dir);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private Exporter.Report export(Path out, Exporter.Options options, Exporter.Progress progress) throws IOException {
        SiteExport x = Sites.forStores(demo.articles, demo.series, demo.images, demo.publication, Clock.fixed(now, ZoneOffset.UTC),
                (data, ids, exists) -> List.of());
        return new Exporter(x.gate()).export(x.site(), out, options, progress);
    }

    private Exporter.Report incremental(Path out) throws IOException {
        return export(out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
    }

    /** The folder is what a full export into an empty folder makes, and so are the manifest's input hashes. */
    private void assertSameAsFull(Path out) throws IOException {
        Path full = dir.resolve("full-" + (++fulls));
        export(full, Exporter.Options.INCREMENTAL.withFull(true), Exporter.Progress.NONE);
        assertThat(differing(files(out), files(full))).as("files unlike a full export's").isEmpty();
        assertThat(differing(inputs(out), inputs(full))).as("input hashes unlike a full export's").isEmpty();
    }

    /** The paths whose values differ, or that only one side has. */
    private static java.util.Set<String> differing(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> out = new TreeSet<>();
        a.forEach((k, v) -> {
            if (!v.equals(b.get(k))) out.add(k);
        });
        b.keySet().forEach(k -> {
            if (!a.containsKey(k)) out.add(k);
        });
        return out;
    }

    private static Map<String, String> inputs(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        ExportManifest.parse(Files.readAllBytes(root.resolve(SitePaths.MANIFEST))).pages().forEach((k, v) -> m.put(k, v.inputHash()));
        return m;
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(f -> {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith(".masthead")) return;
                try {
                    m.put(rel, Exporter.sha256(Files.readAllBytes(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return m;
    }

    private void update(long id, java.util.function.UnaryOperator<org.masthead.model.ArticleContent> change, String correction) {
        Article a = demo.articles.load(id);
        Instant at = now.minusSeconds(600);
        demo.articles.save(a.withContent(change.apply(a.content()), at).publishUpdate(at, DemoSite.ZONE, correction), SaveKind.PUBLISH);
    }

    @Test
    void everyKindOfChangeLeavesTheFolderAsAFullExportWouldWhileWorkingOutOnlyWhatItTouches() throws IOException {
        Path out = dir.resolve("site");
        Exporter.Report first = incremental(out);
        int pages = first.written();
        assertThat(first.inputsWorkedOut()).isEqualTo(pages);
        assertSameAsFull(out);

        Exporter.Report same = incremental(out);
        assertThat(same.written()).isZero();
        // only the pages that state no dependencies (style sheet, robots.txt, 404, sitemap, pictures) are hashed again
        long plain = files(out).keySet().stream().filter(p -> List.of("style.css", "robots.txt", "404.html", "sitemap.xml").contains(p)
                || p.startsWith("images/")).count();
        assertThat(same.inputsWorkedOut()).isEqualTo(plain).isLessThan(pages / 3);

        // publishing part 3 of the series
        long part3 = demo.idOf("A River Plan");
        demo.publish(part3, now.minusSeconds(3600), c -> c);
        Exporter.Report published = incremental(out);
        assertThat(published.writtenPaths()).contains(PART1, "index.html", "feed.xml", "sitemap.xml", "series/water-and-the-city/index.html",
                "series/water-and-the-city/feed.xml").anyMatch(p -> p.contains("a-river-plan")).doesNotContain("style.css", "404.html");
        assertThat(published.writtenPaths()).noneMatch(p -> p.contains("voices-from-two-deltas") || p.startsWith("2026/11/small-ports"));
        assertThat(published.inputsWorkedOut()).isLessThan(published.written() + published.unchanged());
        assertSameAsFull(out);

        // a new headline on part 2: the pages that list or link it
        update(demo.part2, c -> c.withHeadline("Who Pays for the Pipes"), null);
        Exporter.Report renamed = incremental(out);
        assertThat(renamed.writtenPaths()).contains(PART1, "index.html", "series/water-and-the-city/index.html");
        assertSameAsFull(out);

        // a tag added: a new tag page, and the pages whose recommendations change
        update(demo.arabic, c -> c.withTags(new java.util.ArrayList<>(Stream.concat(c.tags().stream(), Stream.of("Water")).toList())),
                "The tags were corrected.");
        incremental(out);
        assertSameAsFull(out);

        // an embargo lifts with nothing stored changing
        now = DemoSite.NOW.plusSeconds(86_400 * 41);
        Exporter.Report lifted = incremental(out);
        assertThat(lifted.writtenPaths()).anyMatch(p -> p.contains("embargoed-until-next-year"));
        assertSameAsFull(out);

        // a withdrawal
        Article w = demo.articles.load(part3);
        demo.articles.save(w.withdraw("Withdrawn for the test.", now.minusSeconds(60)), SaveKind.EXPLICIT);
        incremental(out);
        assertSameAsFull(out);

        // a setting every page shows: everything is worked out again
        demo.publication.save(demo.publication.get().withName("The Other Times"));
        Exporter.Report renamedSite = incremental(out);
        assertThat(renamedSite.inputsWorkedOut()).isEqualTo(renamedSite.written() + renamedSite.unchanged());
        assertSameAsFull(out);
    }

    @Test
    void anExportThatStoppedEarlyLeavesNoStampsAndTheNextOneWorksOutEveryPage() throws IOException {
        Path out = dir.resolve("site");
        incremental(out);
        update(demo.part2, c -> c.withHeadline("Who Pays for the Pipes"), null);
        int[] seen = {0};
        Exporter.Report stopped = export(out, Exporter.Options.INCREMENTAL, new Exporter.Progress() {
            @Override
            public void page(int done, int total, String path) {
                seen[0]++;
            }

            @Override
            public boolean cancelled() {
                return seen[0] >= 3;
            }
        });
        assertThat(stopped.cancelled()).isTrue();
        assertThat(ExportManifest.parse(Files.readAllBytes(out.resolve(SitePaths.MANIFEST))).stamps()).isNull();
        // the headline changed back: a page settled by the stopped run must not be trusted against older stamps
        update(demo.part2, c -> c.withHeadline("Paying for Pipes: How Cities Can Fund Water Without Pricing Out the Poor"), null);
        Exporter.Report next = incremental(out);
        assertThat(next.inputsWorkedOut()).isEqualTo(next.written() + next.unchanged());
        assertSameAsFull(out);
        assertThat(ExportManifest.parse(Files.readAllBytes(out.resolve(SitePaths.MANIFEST))).stamps()).isNotNull();
    }

    @Test
    void theManifestKeepsDepsAndStampsAndDistrustsWhatItCannotRead() {
        SitePage.Deps d = new SitePage.Deps(new long[] {3, 1, 2}, new long[] {7}, "2/5");
        assertThat(SitePage.Deps.decode(d.encode())).isEqualTo(d);
        assertThat(SitePage.Deps.decode("1,x|2|")).isNull();
        assertThat(SitePage.Deps.decode("no bars")).isNull();
        assertThat(SitePage.Deps.decode("||")).isEqualTo(new SitePage.Deps(new long[0], new long[0], ""));
        var pages = new TreeMap<String, ExportManifest.Entry>();
        pages.put("index.html", new ExportManifest.Entry("h", "s", 3, d));
        pages.put("style.css", new ExportManifest.Entry("h2", "s2", 4));
        SiteStamps stamps = new SiteStamps("g", new TreeMap<>(Map.of(1L, "a", 2L, "b")), new TreeMap<>(Map.of(7L, "s")));
        ExportManifest m = new ExportManifest(pages, null, stamps);
        ExportManifest back = ExportManifest.parse(m.toBytes());
        assertThat(back).isEqualTo(m);
        assertThat(new String(m.toBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"deps\":\"3,1,2|7|2/5\"");
        // a format-2 manifest has no stamps: everything is worked out once
        String v2 = new String(m.toBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\"formatVersion\":3", "\"formatVersion\":2");
        assertThat(ExportManifest.parse(v2.getBytes(java.nio.charset.StandardCharsets.UTF_8)).stamps()).isNull();
        assertThat(SiteStamps.changed(Map.of(1L, "a", 2L, "b"), Map.of(2L, "c", 3L, "d"))).isEqualTo(new TreeSet<>(List.of(1L, 2L, 3L)));
    }

    /** An incremental export, then the folder compared with a full export's. */
    private void again(Path out) throws IOException {
        incremental(out);
        assertSameAsFull(out);
    }

    private void withdraw(long id, String notice, long secondsAgo) {
        demo.articles.save(demo.articles.load(id).withdraw(notice, now.minusSeconds(secondsAgo)), SaveKind.EXPLICIT);
    }

    private void savePlan(long articleInSeries, java.util.function.UnaryOperator<org.masthead.planning.Plan> change) {
        org.masthead.planning.Plan plan = org.masthead.planning.Plan.of(demo.series.planOfArticle(articleInSeries).orElseThrow());
        demo.series.savePlan(change.apply(plan).stored(), List.of(), now);
    }

    private void site(java.util.function.UnaryOperator<org.masthead.model.SiteSettings> change) {
        demo.publication.saveSite(change.apply(demo.publication.site()));
    }

    private static org.masthead.model.SiteSettings with(org.masthead.model.SiteSettings s, String baseUrl, String pattern) {
        return new org.masthead.model.SiteSettings(baseUrl, s.language(), s.editions(), s.sectionName(), s.disclaimer(), s.about(),
                s.submissionInvitation(), s.submissionEmail(), pattern, s.socialLinks(), s.logoImage(), s.themeFolder(), s.exportFolder());
    }

    @Test
    void seriesPlanEditsLeaveTheFolderAsAFullExportWould() throws IOException {
        Path out = dir.resolve("site");
        incremental(out);
        // the planned part 3's working title is the teaser on part 2's page
        savePlan(demo.part1, p -> p.replace(2, p.parts().get(2).part().withWorkingTitle("A plan that outlives every mayor")));
        again(out);
        // a new planned part at the end, then dropped
        savePlan(demo.part1, p -> p.insert(p.parts().size(), org.masthead.model.SeriesPart.planned("An epilogue")));
        again(out);
        savePlan(demo.part1, p -> p.drop(p.parts().size() - 1));
        again(out);
        // reordered: the unpublished part 3 before part 2
        savePlan(demo.part1, p -> p.move(2, 1));
        again(out);
        // a new description, then a new title (the series' page moves)
        savePlan(demo.part1, p -> p.withSeries(p.series().withDescription("Rivers, pipes and plans.")));
        again(out);
        savePlan(demo.part1, p -> p.withSeries(p.series().withTitle("Cities and Their Water")));
        again(out);
        // the series loses its last live part: no series page, no series box
        withdraw(demo.part2, "Withdrawn for the test.", 60);
        again(out);
        withdraw(demo.part1, "Withdrawn too.", 50);
        again(out);
        demo.articles.trash(demo.part1, now.minusSeconds(30));
        again(out);
    }

    @Test
    void namesSettingsAndPicturesLeaveTheFolderAsAFullExportWould() throws IOException {
        Path out = dir.resolve("site");
        // a tag and an author in two cases: one page each, labelled as the newest article says
        update(demo.part1, c -> c.withTags(List.of("Water", "Cities")), null);
        update(demo.part2, c -> c.withTags(List.of("water")).withByline(List.of(new org.masthead.model.Author("adaeze okafor", "economist"))), null);
        again(out);
        update(demo.part2, c -> c.withTags(List.of("WATER")), null);
        again(out);
        update(demo.part2, c -> c.withByline(List.of(new org.masthead.model.Author("Adaeze Okafor", "Economist"))), null);
        again(out);
        // settings every page shows
        site(s -> with(s, s.baseUrl(), "yyyy-MM-dd HH:mm"));
        again(out);
        demo.publication.save(demo.publication.get().withZoneLabels(Map.of("Asia/Shanghai", "CST")));
        again(out);
        String sha = demo.images.all().get(0).sha256();
        site(s -> s.withLogoImage(sha));
        again(out);
        site(s -> with(s, "https://example.com/views/", s.dateTimePattern()));
        again(out);
        // trashed and restored
        withdraw(demo.arabic, "Withdrawn for the test.", 60);
        again(out);
        demo.articles.trash(demo.arabic, now.minusSeconds(30));
        again(out);
        demo.articles.restoreFromTrash(demo.arabic);
        again(out);
    }

    @Test
    void aThemeFileChangeLeavesTheFolderAsAFullExportWould() throws IOException {
        Path theme = Files.createDirectories(dir.resolve("theme"));
        String base = new String(Templates.class.getResourceAsStream(Templates.RESOURCE_ROOT + "base.mustache").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(theme.resolve("base.mustache"), base.replace("</body>", "{{> colophon}}</body>"));
        Files.writeString(theme.resolve("colophon.mustache"), "<p>Set in Charter.</p>");
        site(s -> s.withThemeFolder(theme.toString()));
        Path out = dir.resolve("site");
        again(out);
        // a shared partial the default theme has
        Files.writeString(theme.resolve("base.mustache"), base.replace("</body>", "{{> colophon}}<!-- v2 --></body>"));
        again(out);
        // a partial of the theme's own
        Files.writeString(theme.resolve("colophon.mustache"), "<p>Set in Source Serif.</p>");
        again(out);
    }

    @Test
    void anArticlePublishedAgainWhileAnExportRunsIsNotHiddenByItsStamp() throws IOException {
        Path out = dir.resolve("site");
        incremental(out);
        org.masthead.model.ArticleContent before = demo.articles.load(demo.part1).published();
        update(demo.part1, c -> c.withBody(org.masthead.model.text.Document.of(org.masthead.model.text.Block.Paragraph.of("First body."))), null);
        org.masthead.model.ArticleContent first = demo.articles.load(demo.part1).published();
        // the export reads the stores, then the article is published again before its page is rendered
        SiteExport x = Sites.forStores(demo.articles, demo.series, demo.images, demo.publication, Clock.fixed(now, ZoneOffset.UTC),
                (data, ids, exists) -> List.of());
        x.site().stamps();
        update(demo.part1, c -> c.withBody(org.masthead.model.text.Document.of(org.masthead.model.text.Block.Paragraph.of("Second body."))), null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Exporter(x.gate()).export(x.site(), out, Exporter.Options.INCREMENTAL,
                Exporter.Progress.NONE)).isInstanceOf(IllegalStateException.class).hasMessageContaining("was published again while the site was being exported");
        assertThat(ExportManifest.parse(Files.readAllBytes(out.resolve(SitePaths.MANIFEST))).stamps()).isNull();
        // and back to what the export read
        update(demo.part1, c -> first, null);
        assertThat(demo.articles.load(demo.part1).published()).isEqualTo(first).isNotEqualTo(before);
        again(out);
    }

    @Test
    void aNewSeriesAndAnEmbargoPutBackLeaveTheFolderAsAFullExportWould() throws IOException {
        Path out = dir.resolve("site");
        incremental(out);
        // a stand-alone article becomes part 1 of a new series (whose title makes the same slug as the other's)
        org.masthead.model.SeriesWithParts deltas = demo.series.create(org.masthead.model.Series.create("Water and the City!", "deltas", 2,
                null, now), List.of(org.masthead.model.SeriesPart.planned("Voices"), org.masthead.model.SeriesPart.planned("More voices")));
        demo.series.linkArticle(deltas.parts().get(0).part().id(), demo.arabic);
        again(out);
        // part 2 of the first series goes back under embargo
        demo.articles.save(demo.articles.load(demo.part2).withEmbargo(now.plusSeconds(3600)), SaveKind.EXPLICIT);
        again(out);
        now = now.plusSeconds(7200);
        again(out);
    }

    /**
     * Many small changes in a fixed pseudo-random order (headlines, summaries, tags and authors in
     * other cases, bodies, corrections, withdrawals, drafts published, plan edits, settings, days
     * passing), each followed by an incremental export compared with a full one.
     */
    @Test
    void aLongRunOfMixedChangesKeepsTheFolderAsAFullExportWould() throws IOException {
        java.util.Random random = new java.util.Random(20261127);
        List<String> tags = List.of("Water", "water", "WATER", "Cities", "cities", "Heat", "Ports");
        List<String> names = List.of("Helena Varga", "helena varga", "Adaeze Okafor", "Samir Haddad", "SAMIR HADDAD");
        List<Long> drafts = new java.util.ArrayList<>(List.of(demo.idOf("A River Plan"), demo.idOf("Who Owns the Monsoon"),
                demo.idOf("A Wall Against")));
        Path out = dir.resolve("site");
        again(out);
        int applied = 0;
        for (int step = 0; step < 40; step++) {
            List<Long> live = demo.articles.list(org.masthead.store.ArticleStore.Filter.ALL).stream()
                    .filter(a -> a.status() == org.masthead.model.ArticleStatus.PUBLISHED).map(a -> a.id()).toList();
            long id = live.get(random.nextInt(live.size()));
            int n = random.nextInt(1000);
            try {
                switch (random.nextInt(10)) {
                    case 0 -> update(id, c -> c.withHeadline("Headline " + n), null);
                    case 1 -> update(id, c -> c.withSummary(n % 2 == 0 ? "" : "Summary " + n), null);
                    case 2 -> update(id, c -> c.withTags(List.of(tags.get(n % tags.size()), tags.get(n / 7 % tags.size()))), null);
                    case 3 -> update(id, c -> c.withByline(List.of(new org.masthead.model.Author(names.get(n % names.size()), "Title " + n % 3))), null);
                    case 4 -> update(id, c -> c, "Correction " + n + ".");
                    case 5 -> {
                        if (live.size() > 3) withdraw(id, "Withdrawn " + n + ".", 30);
                    }
                    case 6 -> {
                        if (!drafts.isEmpty()) demo.publish(drafts.remove(0), now.minusSeconds(3600L * (1 + n)), c -> c);
                    }
                    case 7 -> savePlan(demo.part1, p -> n % 3 == 0 ? p.replace(2, p.parts().get(2).part().withWorkingTitle("Part " + n))
                            : n % 3 == 1 ? p.move(p.parts().size() - 1, 1) : p.insert(p.parts().size(), org.masthead.model.SeriesPart.planned("Extra " + n)));
                    case 8 -> site(s -> with(s, s.baseUrl(), n % 2 == 0 ? "MM-dd-yyyy HH:mm" : "dd.MM.yyyy HH:mm"));
                    default -> now = now.plusSeconds(86_400L * (1 + n % 20));
                }
            } catch (IllegalStateException | IllegalArgumentException refused) {
                continue; // a change the workflow refuses (nothing to publish, a published part moved): nothing changed
            }
            again(out);
            applied++;
        }
        assertThat(applied).isGreaterThan(30);
    }

    @Test
    void homePagesAndFeedsPastTwentyArticlesLeaveTheFolderAsAFullExportWould() throws IOException {
        List<Long> added = new java.util.ArrayList<>();
        for (int i = 0; i < 22; i++) {
            org.masthead.model.ArticleContent c = org.masthead.model.ArticleContent.EMPTY.withHeadline("Note number " + i).withTags(List.of("Notes"))
                    .withByline(List.of(new org.masthead.model.Author("Desk Writer", ""))).withBody(org.masthead.model.text.Document.of(
                            org.masthead.model.text.Block.Paragraph.of("Text of note " + i + ".")));
            Article a = demo.articles.save(Article.create(c, now.minusSeconds(86_400 * 30)), SaveKind.EXPLICIT);
            added.add(demo.publish(a.id(), now.minusSeconds(86_400L * 25 - 3600L * i), x -> x));
        }
        Path out = dir.resolve("site");
        again(out);
        assertThat(files(out)).containsKey("page/2/index.html");
        // the oldest on page 2 changes; then one on page 1 is withdrawn and everything moves up
        update(added.get(0), c -> c.withHeadline("The oldest note, renamed"), null);
        again(out);
        withdraw(added.get(21), "Withdrawn.", 60);
        again(out);
        // a new newest article: everything moves down
        long fresh = demo.publish(demo.idOf("A River Plan"), now.minusSeconds(600), c -> c.withTags(List.of("Notes")));
        again(out);
        // down to twenty or fewer: no second page, no pager
        for (int i = 1; i <= 6; i++) withdraw(added.get(i), "Withdrawn.", 60);
        again(out);
        assertThat(files(out)).doesNotContainKey("page/2/index.html");
        update(fresh, c -> c.withSummary("A fresh summary."), null);
        again(out);
    }
}
