package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** Every file below {@code root}, path → bytes as text. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
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
        assertThat(manifest).contains("\"format\" : \"masthead-export-manifest\"", "\"2026/03/rivers/index.html\"",
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
        Map<String, FileTime> after = times(out);
        after.remove(".masthead-manifest.json");
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
}
