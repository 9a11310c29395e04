package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExporterTest {

    @TempDir
    Path dir;

    private final Exporter exporter = new Exporter();

    private Exporter.Report export(SiteSource site, Path target) throws IOException {
        return exporter.export(site, target, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
    }

    private Exporter.Report full(SiteSource site, Path target) throws IOException {
        return exporter.export(site, target, Exporter.Options.INCREMENTAL.withFull(true), Exporter.Progress.NONE);
    }

    private static TestSite site() {
        return new TestSite().put("index.html", "<p>home</p>").put("2026/03/rivers/index.html", "<p>rivers</p>")
                .put("2026/03/winds/index.html", "<p>winds</p>").put("style.css", "body{}");
    }

    /** Every file below {@code root}, path → bytes as text; not the file state, which records this folder's file times. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".masthead-files")).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) out.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
        }
        return out;
    }

    @Test
    void aFirstExportWritesEveryPageAndAManifest() throws IOException {
        Path out = dir.resolve("site");
        Exporter.Report r = export(site(), out);
        assertThat(r.written()).isEqualTo(4);
        assertThat(r.summary()).isEqualTo("4 pages written, 0 unchanged, 0 removed");
        assertThat(Files.readString(out.resolve("2026/03/rivers/index.html"))).isEqualTo("<p>rivers</p>");
        String manifest = Files.readString(out.resolve(".masthead-manifest.json"));
        assertThat(manifest).contains("\"format\":\"masthead-export-manifest\"", "\"2026/03/rivers/index.html\"",
                Exporter.sha256("<p>rivers</p>".getBytes(StandardCharsets.UTF_8)));
        assertThat(tree(out)).doesNotContainKeys(tree(out).keySet().stream().filter(k -> k.endsWith(".masthead-tmp")).toArray(String[]::new));
    }

    @Test
    void exportingTwiceWithNoChangeWritesNothingAndRendersNothing() throws Exception {
        Path out = dir.resolve("site");
        TestSite site = site();
        export(site, out);
        Map<String, FileTime> before = times(out);
        site.resetCounts();
        Thread.sleep(20);
        Exporter.Report r = export(site, out);
        assertThat(r.written()).isZero();
        assertThat(r.unchanged()).isEqualTo(4);
        assertThat(r.removed()).isZero();
        assertThat(site.rendered()).isZero();
        assertThat(times(out)).isEqualTo(before);
    }

    @Test
    void aChangedInputHashReRendersAndWritesOnlyThatPage() throws IOException {
        Path out = dir.resolve("site");
        TestSite site = site();
        export(site, out);
        site.resetCounts();
        site.put("2026/03/winds/index.html", "<p>winds, corrected</p>");
        Exporter.Report r = export(site, out);
        assertThat(r.writtenPaths()).containsExactly("2026/03/winds/index.html");
        assertThat(site.renderedPaths()).containsExactly("2026/03/winds/index.html");
        assertThat(r.unchanged()).isEqualTo(3);
        assertThat(Files.readString(out.resolve("2026/03/winds/index.html"))).isEqualTo("<p>winds, corrected</p>");
        assertThat(Files.readString(out.resolve(".masthead-manifest.json"))).contains(Exporter.sha256("<p>winds, corrected</p>".getBytes()));
    }

    @Test
    void aNewInputHashWithTheSameBytesIsRenderedButNotWritten() throws Exception {
        Path out = dir.resolve("site");
        export(site(), out);
        Map<String, FileTime> before = times(out);
        Thread.sleep(20);
        SiteSource renamedHashes = () -> site().pages().stream().map(p -> new SitePage(p.path(), p.inputHash() + "-v2", p.content())).toList();
        Exporter.Report r = export(renamedHashes, out);
        assertThat(r.written()).isZero();
        assertThat(r.unchanged()).isEqualTo(4);
        before.remove(".masthead-manifest.json");
        before.remove(".masthead-files");
        Map<String, FileTime> after = times(out);
        after.remove(".masthead-manifest.json");
        after.remove(".masthead-files");
        after.remove("");
        before.remove("");
        assertThat(after).isEqualTo(before);
        assertThat(Files.readString(out.resolve(".masthead-manifest.json"))).contains("-v2");
    }

    @Test
    void aDamagedOrDeletedFileIsRewrittenEvenWhenItsInputsAreUnchanged() throws IOException {
        Path out = dir.resolve("site");
        TestSite site = site();
        export(site, out);
        Files.writeString(out.resolve("style.css"), "body{}!"); // other size
        Files.writeString(out.resolve("index.html"), "<p>hoMe</p>"); // same size, other bytes
        Files.delete(out.resolve("2026/03/rivers/index.html"));
        site.resetCounts();
        Exporter.Report r = export(site, out);
        assertThat(r.writtenPaths()).containsExactlyInAnyOrder("style.css", "index.html", "2026/03/rivers/index.html");
        assertThat(site.renderedPaths()).containsExactlyInAnyOrder("style.css", "index.html", "2026/03/rivers/index.html");
        assertThat(tree(out)).containsEntry("style.css", "body{}").containsEntry("index.html", "<p>home</p>");
    }

    @Test
    void aPageThatLeavesTheSiteIsDeletedWithTheFoldersMastheadMadeAndForeignFilesStay() throws IOException {
        Path out = dir.resolve("site");
        TestSite site = site().put("tags/rivers/index.html", "<p>tag</p>");
        export(site, out);
        Files.writeString(out.resolve("README.txt"), "the editor's own notes");
        Files.writeString(out.resolve("2026/03/notes.txt"), "mine");
        Files.createDirectories(out.resolve("drafts"));
        Files.writeString(out.resolve("drafts/x.html"), "mine too");
        site.remove("2026/03/rivers/index.html").remove("2026/03/winds/index.html").remove("tags/rivers/index.html");
        Exporter.Report r = export(site, out);
        assertThat(r.removedPaths()).containsExactlyInAnyOrder("2026/03/rivers/index.html", "2026/03/winds/index.html", "tags/rivers/index.html");
        assertThat(tree(out).keySet()).containsExactlyInAnyOrder(".masthead-manifest.json", "index.html", "style.css", "README.txt",
                "2026/03/notes.txt", "drafts/x.html");
        assertThat(out.resolve("2026/03/rivers")).doesNotExist();
        assertThat(out.resolve("tags")).doesNotExist();
        assertThat(out.resolve("2026/03")).isDirectory(); // holds the editor's file
        assertThat(Files.readString(out.resolve(".masthead-manifest.json"))).doesNotContain("rivers", "notes.txt", "README");
        // and nothing more on the next run
        Exporter.Report again = export(site, out);
        assertThat(again.removed()).isZero();
        assertThat(again.written()).isZero();
    }

    @Test
    void aFolderThatIsNeitherEmptyNorMastheadsIsRefused() throws IOException {
        Path out = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(out.resolve("holiday.jpg"), "jpeg");
        assertThatThrownBy(() -> export(site(), out)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not empty").hasMessageContaining("Nothing was written");
        assertThat(tree(out).keySet()).containsExactly("holiday.jpg");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> export(site(), file)).hasMessageContaining("is a file");
    }

    @Test
    void anEmptyOrMissingFolderIsAccepted() throws IOException {
        assertThat(export(site(), Files.createDirectories(dir.resolve("empty"))).written()).isEqualTo(4);
        assertThat(export(site(), dir.resolve("new/deeper")).written()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "/etc/passwd", "a/../../escape.html", "a/./b.html", "./a.html", "a\\..\\b.html", "a//b.html",
            "a/", "", "a\u0000b", "a\nb", "C:evil.html", ".masthead-manifest.json", "a/.x.masthead-tmp", "..", "a/.."})
    void aPathThatCouldLeaveTheTargetOrHitMastheadsFilesIsRefusedBeforeAnythingIsWritten(String bad) {
        Path out = dir.resolve("site");
        TestSite site = site().put(bad, "evil");
        assertThatThrownBy(() -> export(site, out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refused page path");
        assertThat(out).doesNotExist();
        assertThat(dir.getParent().resolve("escape.html")).doesNotExist();
    }

    @Test
    void twoPagesAtOnePathOrAPageThatIsAlsoAFolderAreRefused() {
        SiteSource twice = () -> List.of(new SitePage("a.html", "1", () -> new byte[0]), new SitePage("a.html", "2", () -> new byte[0]));
        assertThatThrownBy(() -> export(twice, dir.resolve("t"))).hasMessageContaining("two pages at a.html");
        TestSite clash = new TestSite().put("a", "file").put("a/b.html", "inside");
        assertThatThrownBy(() -> export(clash, dir.resolve("t"))).hasMessageContaining("a page at a and pages inside it");
        assertThat(dir.resolve("t")).doesNotExist();
    }

    @Test
    void aTamperedManifestCannotMakeMastheadDeleteOutsideTheTarget() throws IOException {
        Path out = dir.resolve("site");
        export(site(), out);
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path mf = out.resolve(".masthead-manifest.json");
        Files.writeString(mf, Files.readString(mf).replace("\"style.css\"", "\"../victim.txt\""));
        assertThatThrownBy(() -> export(site(), out)).isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be used");
        assertThat(victim).hasContent("keep me");
    }

    @Test
    void aLinkPlacedInTheTargetCannotLeadAWriteOrADeleteOutsideIt() throws IOException {
        Path out = dir.resolve("site");
        export(site(), out);
        Path outside = Files.createDirectories(dir.resolve("outside/03/rivers"));
        Files.writeString(outside.resolve("index.html"), "not Masthead's");
        // the editor swaps the folder 2026 for a link to somewhere else
        Files.move(out.resolve("2026"), dir.resolve("moved-away"));
        Files.createSymbolicLink(out.resolve("2026"), dir.resolve("outside"));
        TestSite writing = site().remove("2026/03/rivers/index.html");
        assertThatThrownBy(() -> export(writing, out)).hasMessageContaining("cannot write").hasMessageContaining("is not a folder");
        assertThat(dir.resolve("outside/03/winds")).doesNotExist();
        TestSite deleting = site().remove("2026/03/rivers/index.html").remove("2026/03/winds/index.html");
        assertThatThrownBy(() -> export(deleting, out)).hasMessageContaining("cannot delete").hasMessageContaining("is not a folder");
        assertThat(outside.resolve("index.html")).hasContent("not Masthead's");
    }

    @Test
    void aFullExportIntoAnotherFolderIsByteIdenticalManifestIncluded() throws IOException {
        TestSite site = site();
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        export(site, a);
        site.put("2026/03/winds/index.html", "<p>winds 2</p>").remove("style.css");
        export(site, a);
        full(site, b);
        assertThat(tree(b)).isEqualTo(tree(a));
    }

    @Test
    void aFullExportRendersEveryPageButWritesOnlyFilesWhoseBytesDiffer() throws IOException {
        Path out = dir.resolve("site");
        TestSite site = site();
        export(site, out);
        Files.writeString(out.resolve("index.html"), "<p>edited by hand</p>");
        site.resetCounts();
        Exporter.Report r = full(site, out);
        assertThat(site.rendered()).isEqualTo(4);
        assertThat(r.writtenPaths()).containsExactly("index.html");
        assertThat(r.unchanged()).isEqualTo(3);
    }

    @Test
    void cancellingStopsBetweenFilesKeepsATrueManifestAndTheNextExportCompletes() throws IOException {
        Path out = dir.resolve("site");
        TestSite site = site().put("old.html", "<p>old</p>");
        export(site, out);
        site.remove("old.html");
        for (String p : List.copyOf(site.files.keySet())) site.put(p, site.files.get(p) + " v2");
        Exporter.Progress stopAfterTwo = new Exporter.Progress() {
            int done;

            @Override
            public void page(int d, int total, String path) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= 2;
            }
        };
        Exporter.Report r = exporter.export(site, out, Exporter.Options.INCREMENTAL, stopAfterTwo);
        assertThat(r.cancelled()).isTrue();
        assertThat(r.written()).isEqualTo(2);
        assertThat(r.removed()).isZero();
        assertThat(out.resolve("old.html")).exists(); // removal waits for a complete run
        assertThat(Files.readString(out.resolve(".masthead-manifest.json"))).contains("old.html");
        site.resetCounts();
        Exporter.Report rest = export(site, out);
        assertThat(rest.written()).isEqualTo(2);
        assertThat(rest.removedPaths()).containsExactly("old.html");
        assertThat(site.rendered()).isEqualTo(2);
        Path fresh = dir.resolve("fresh");
        full(site, fresh);
        assertThat(tree(out)).isEqualTo(tree(fresh));
    }

    @Test
    void aGateWithErrorsBlocksTheExportUnlessForced() throws IOException {
        Exporter gated = new Exporter(() -> List.of("Article 4 “Rivers”: a paragraph is printed twice"));
        Path out = dir.resolve("site");
        assertThatThrownBy(() -> gated.export(site(), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE))
                .isInstanceOf(Exporter.BlockedException.class).hasMessageContaining("printed twice");
        assertThat(out).doesNotExist();
        Exporter.Report r = gated.export(site(), out, Exporter.Options.INCREMENTAL.withForce(true), Exporter.Progress.NONE);
        assertThat(r.written()).isEqualTo(4);
        assertThat(r.overridden()).hasSize(1);
    }

    @Test
    void aFailingPageLeavesTheOthersWholeAndTheManifestTrue() throws IOException {
        Path out = dir.resolve("site");
        export(site(), out);
        SiteSource failing = () -> List.of(new SitePage("index.html", "new", () -> "<p>home 2</p>".getBytes()),
                new SitePage("style.css", "new", () -> {
                    throw new IllegalStateException("template broken");
                }));
        assertThatThrownBy(() -> export(failing, out)).hasMessageContaining("template broken");
        assertThat(tree(out)).containsEntry("index.html", "<p>home 2</p>").containsEntry("style.css", "body{}");
        String mf = Files.readString(out.resolve(".masthead-manifest.json"));
        assertThat(mf).contains(Exporter.sha256("<p>home 2</p>".getBytes()), Exporter.sha256("body{}".getBytes()));
    }

    @Test
    void aFileWithItsRecordedSizeAndTimeIsTrustedWithoutReadingItButFullReadsIt() throws Exception {
        Path out = dir.resolve("site");
        TestSite site = site();
        export(site, out);
        // Files changed in the clock tick in which the state file was written are read every time (a
        // change in that tick could hide); here the state file is made a second later, as after a long export.
        Path state = out.resolve(".masthead-files");
        Files.setLastModifiedTime(state, FileTime.fromMillis(Files.getLastModifiedTime(state).toMillis() + 1000));
        assertThat(Files.readString(out.resolve(".masthead-files"))).startsWith("masthead-export-files 2\n").contains(" index.html\n");
        Path index = out.resolve("index.html");
        FileTime t = Files.getLastModifiedTime(index);
        Files.writeString(index, "<p>hoMe</p>"); // other bytes, same size: hidden when the time is put back too
        Files.setLastModifiedTime(index, t);
        site.resetCounts();
        Exporter.Report r = export(site, out);
        assertThat(r.written()).isZero();
        assertThat(site.rendered()).isZero();
        assertThat(index).hasContent("<p>hoMe</p>");
        // a change of time alone makes it read again (and found as recorded: not written)
        Files.writeString(index, "<p>home</p>");
        assertThat(export(site, out).written()).isZero();
        Files.writeString(index, "<p>hoMe</p>");
        Files.setLastModifiedTime(index, t);
        Exporter.Report full = full(site, out);
        assertThat(full.writtenPaths()).containsExactly("index.html");
        assertThat(index).hasContent("<p>home</p>");
    }

    @Test
    void aDamagedStateFileOnlyMeansReadingEveryFileAgain() throws IOException {
        Path out = dir.resolve("site");
        TestSite site = site();
        export(site, out);
        Files.writeString(out.resolve(".masthead-files"), "masthead-export-files 1\n12 x");
        Files.writeString(out.resolve("index.html"), "<p>hoMe</p>");
        site.resetCounts();
        assertThat(export(site, out).writtenPaths()).containsExactly("index.html");
        assertThat(export(site, out).written()).isZero();
    }

    @Test
    void theStateFileIsMastheadsOwnAndNoPagePath() {
        assertThatThrownBy(() -> export(site().put(".masthead-files", "x"), dir.resolve("site"))).hasMessageContaining("reserved");
    }

    /** A gate that records what it is asked and calls the given articles' pages broken. */
    private static final class RecordingGate implements ExportGate {
        final List<Set<Long>> asked = new ArrayList<>();
        final Set<Long> broken = new TreeSet<>();
        final Set<Long> all;

        RecordingGate(Set<Long> all) {
            this.all = all;
        }

        @Override
        public List<String> blockingErrors() {
            return errors(Set.of()).stream().map(Error::text).toList();
        }

        @Override
        public List<Error> errors(Set<Long> unchanged) {
            asked.add(new TreeSet<>(unchanged));
            return broken.stream().filter(id -> !unchanged.contains(id)).map(id -> new Error(id, "article " + id + " is broken")).toList();
        }
    }

    private static SiteSource articles(Map<Long, String> texts) {
        return () -> texts.entrySet().stream()
                .map(e -> new SitePage("a/" + e.getKey() + ".html", "h" + e.getValue().hashCode(), () -> e.getValue().getBytes(), e.getKey()))
                .toList();
    }

    @Test
    void theGateIsToldWhichArticlesPagesAreAsTheLastCheckedExportLeftThem() throws IOException {
        Map<Long, String> texts = new TreeMap<>(Map.of(1L, "one", 2L, "two", 3L, "three"));
        RecordingGate gate = new RecordingGate(texts.keySet());
        Exporter gated = new Exporter(gate);
        Path out = dir.resolve("site");
        gated.export(articles(texts), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
        assertThat(gate.asked.get(0)).as("no manifest: everything").isEmpty();
        gated.export(articles(texts), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
        assertThat(gate.asked.get(1)).containsExactly(1L, 2L, 3L);
        texts.put(2L, "two, edited");
        gated.export(articles(texts), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
        assertThat(gate.asked.get(2)).containsExactly(1L, 3L);
        gated.export(articles(texts), out, Exporter.Options.INCREMENTAL.withFull(true), Exporter.Progress.NONE);
        assertThat(gate.asked.get(3)).as("--full: everything").isEmpty();
        // an export without checks leaves no verdict to rely on
        new Exporter().export(articles(texts), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
        gated.export(articles(texts), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
        assertThat(gate.asked.get(4)).isEmpty();
        // a page that leaves the site: everything
        texts.remove(3L);
        gated.export(articles(texts), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
        assertThat(gate.asked.get(5)).isEmpty();
    }

    @Test
    void anOverriddenArticleIsCheckedAgainByEveryExportUntilItPasses() throws IOException {
        Map<Long, String> texts = new TreeMap<>(Map.of(1L, "one", 2L, "two"));
        RecordingGate gate = new RecordingGate(texts.keySet());
        Exporter gated = new Exporter(gate);
        Path out = dir.resolve("site");
        gated.export(articles(texts), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
        gate.broken.add(2L);
        texts.put(2L, "two, broken");
        assertThatThrownBy(() -> gated.export(articles(texts), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE))
                .isInstanceOf(Exporter.BlockedException.class).hasMessageContaining("article 2 is broken");
        Exporter.Report forced = gated.export(articles(texts), out, Exporter.Options.INCREMENTAL.withForce(true), Exporter.Progress.NONE);
        assertThat(forced.overridden()).containsExactly("article 2 is broken");
        assertThat(Files.readString(out.resolve(".masthead-manifest.json"))).contains("\"overridden\":[2]");
        // unchanged since, yet reported again
        assertThatThrownBy(() -> gated.export(articles(texts), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE))
                .isInstanceOf(Exporter.BlockedException.class).hasMessageContaining("article 2 is broken");
        assertThat(gate.asked.get(gate.asked.size() - 1)).containsExactly(1L);
        gate.broken.clear();
        gated.export(articles(texts), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
        gated.export(articles(texts), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
        assertThat(gate.asked.get(gate.asked.size() - 1)).containsExactly(1L, 2L);
    }

    @Test
    void anErrorTiedToNoArticleMakesTheNextExportCheckEverything() throws IOException {
        Exporter gated = new Exporter(() -> List.of("the site has no name"));
        Path out = dir.resolve("site");
        gated.export(site(), out, Exporter.Options.INCREMENTAL.withForce(true), Exporter.Progress.NONE);
        assertThat(ExportManifest.parse(Files.readAllBytes(out.resolve(".masthead-manifest.json"))).checked().everything()).isTrue();
    }

    @Test
    void aManifestOfFormatOneIsReadAndRecordsNoChecks() {
        String v1 = "{\"format\":\"masthead-export-manifest\",\"formatVersion\":1,\"pages\":{\"a.html\":{\"input\":\"x\",\"sha256\":\"y\",\"size\":3}}}";
        ExportManifest m = ExportManifest.parse(v1.getBytes());
        assertThat(m.pages()).containsKey("a.html");
        assertThat(m.checked()).isNull();
    }

    @Test
    void theManifestIsJacksonsTreeWithOnePageALine() throws IOException {
        SitePage.Deps deps = new SitePage.Deps(new long[] {5, 2}, new long[] {1}, "1/2");
        java.util.SortedMap<String, ExportManifest.Entry> pages = new TreeMap<>(Map.of("a/b.html", new ExportManifest.Entry("i1", "s1", 12),
                "index.html", new ExportManifest.Entry("i2", "s2", 3, deps)));
        SiteStamps stamps = new SiteStamps("g", new TreeMap<>(Map.of(2L, "x", 5L, "y")), new TreeMap<>(Map.of(1L, "z")));
        ExportManifest m = new ExportManifest(pages, new ExportManifest.Checked(new TreeSet<>(Set.of(4L, 9L))), stamps);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = mapper.createObjectNode().put("format", "masthead-export-manifest").put("formatVersion", 3);
        root.putObject("preflight").putArray("overridden").add(4L).add(9L);
        var ps = root.putObject("pages");
        pages.forEach((k, e) -> {
            var o = ps.putObject(k).put("input", e.inputHash()).put("sha256", e.sha256()).put("size", e.size());
            if (e.deps() != null) o.put("deps", "5,2|1|1/2");
        });
        var st = root.putObject("stamps").put("global", "g");
        st.putObject("articles").put("2", "x").put("5", "y");
        st.putObject("series").put("1", "z");
        String text = new String(m.toBytes(), StandardCharsets.UTF_8);
        assertThat(text.replace("\n", "")).isEqualTo(mapper.writeValueAsString(root));
        assertThat(text).endsWith("}\n").doesNotContain("  ");
        assertThat(text.lines()).hasSize(pages.size() + 1).element(1).asString().startsWith(",\"index.html\":{");
        assertThat(ExportManifest.parse(m.toBytes())).isEqualTo(m);
    }
}
