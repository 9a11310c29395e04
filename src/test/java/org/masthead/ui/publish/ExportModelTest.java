package org.masthead.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.publish.ExportGate;
import org.masthead.publish.Exporter;
import org.masthead.publish.SitePage;
import org.masthead.publish.SiteSource;

/** The window's export model, without a display: callbacks run on the export thread here. */
class ExportModelTest {

    @TempDir
    Path dir;

    private final List<String> told = new CopyOnWriteArrayList<>();
    private volatile ExportGate gate = ExportGate.NONE;
    private volatile String folder = "";
    private volatile CountDownLatch release = new CountDownLatch(0);
    private final CountDownLatch rendering = new CountDownLatch(1);

    private SiteSource site(int pages) {
        return () -> java.util.stream.IntStream.range(0, pages).mapToObj(i -> new SitePage("p" + i + ".html", "v1", () -> {
            rendering.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ("page " + i).getBytes(StandardCharsets.UTF_8);
        })).toList();
    }

    private ExportModel model(int pages) {
        return new ExportModel(() -> site(pages), () -> gate, () -> folder, Runnable::run, told::add);
    }

    /** Records what the window is told. */
    private static final class Recorder implements ExportModel.Listener {
        final CountDownLatch finished = new CountDownLatch(1);
        final AtomicReference<Exporter.Report> report = new AtomicReference<>();
        final AtomicReference<List<String>> blocked = new AtomicReference<>();
        final AtomicReference<String> failed = new AtomicReference<>();
        final List<Integer> progress = new CopyOnWriteArrayList<>();

        @Override
        public void progress(int done, int total) {
            progress.add(done);
        }

        @Override
        public void done(Exporter.Report r) {
            report.set(r);
            finished.countDown();
        }

        @Override
        public void blocked(List<String> errors) {
            blocked.set(errors);
            finished.countDown();
        }

        @Override
        public void failed(String message) {
            failed.set(message);
            finished.countDown();
        }

        Recorder await() throws InterruptedException {
            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            return this;
        }
    }

    @Test
    void anExportReportsProgressAndItsSummaryAndOnlyOneRunsAtATime() throws Exception {
        release = new CountDownLatch(1);
        try (ExportModel m = model(3)) {
            Recorder r = new Recorder();
            assertThat(m.start(dir.resolve("site"), false, r)).isTrue();
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(m.running()).isTrue();
            assertThat(m.start(dir.resolve("other"), false, new Recorder())).isFalse();
            release.countDown();
            r.await();
            assertThat(r.report.get().summary()).isEqualTo("3 pages written, 0 unchanged, 0 removed");
            assertThat(r.progress).containsExactly(1, 2, 3);
            assertThat(m.running()).isFalse();
            assertThat(dir.resolve("other")).doesNotExist();
        }
    }

    @Test
    void cancellingStopsTheRunAndSaysSo() throws Exception {
        release = new CountDownLatch(1);
        try (ExportModel m = model(5)) {
            Recorder r = new Recorder();
            m.start(dir.resolve("site"), false, r);
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
            m.cancel();
            release.countDown();
            r.await();
            assertThat(r.report.get().cancelled()).isTrue();
            assertThat(r.report.get().written()).isEqualTo(1);
            assertThat(ExportAction.summary(r.report.get(), dir)).contains("1 page written").contains("next time");
        }
    }

    @Test
    void preflightErrorsBlockUntilTheEditorOverridesThem() throws Exception {
        gate = () -> List.of("Article 3: a caption is printed twice");
        try (ExportModel m = model(2)) {
            Recorder r = new Recorder();
            m.start(dir.resolve("site"), false, r);
            assertThat(r.await().blocked.get()).containsExactly("Article 3: a caption is printed twice");
            assertThat(dir.resolve("site")).doesNotExist();
            Recorder forced = new Recorder();
            m.start(dir.resolve("site"), true, forced);
            assertThat(forced.await().report.get().written()).isEqualTo(2);
            assertThat(ExportAction.summary(forced.report.get(), dir)).contains("despite 1 preflight error");
        }
    }

    @Test
    void theExportAfterScheduledPublishingNeedsAFolderAndSaysEachFailureOnce() throws Exception {
        try (ExportModel m = model(2)) {
            m.autoExport(); // no folder chosen: nothing
            waitIdle(m);
            assertThat(told).isEmpty();

            folder = dir.resolve("site").toString();
            m.autoExport();
            waitIdle(m);
            assertThat(Files.readString(dir.resolve("site/p1.html"))).isEqualTo("page 1");
            assertThat(told).isEmpty();

            Path foreign = Files.createDirectories(dir.resolve("photos"));
            Files.writeString(foreign.resolve("holiday.jpg"), "jpeg");
            folder = foreign.toString();
            m.autoExport();
            waitIdle(m);
            m.autoExport();
            waitIdle(m);
            assertThat(told).hasSize(1);
            assertThat(told.get(0)).contains("could not be exported after scheduled publishing").contains("not empty");
        }
    }

    @Test
    void anAutomaticExportAskedForDuringAnotherRunFollowsIt() throws Exception {
        release = new CountDownLatch(1);
        folder = dir.resolve("auto").toString();
        try (ExportModel m = model(2)) {
            Recorder r = new Recorder();
            m.start(dir.resolve("manual"), false, r);
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
            m.autoExport();
            release.countDown();
            r.await();
            waitIdle(m);
            assertThat(dir.resolve("auto/p0.html")).exists();
            assertThat(dir.resolve("manual/p1.html")).exists();
        }
    }

    private static void waitIdle(ExportModel m) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        Thread.sleep(20);
        while (m.running() && System.currentTimeMillis() < until) Thread.sleep(10);
        assertThat(m.running()).isFalse();
    }
}
