package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.store.ChildJvm;

/**
 * "A crash or kill mid-export leaves every page whole (old or new) and the next export completes
 * the rest." A child JVM exports large pages and is killed with SIGKILL just as it writes one;
 * then every file must hold one version entirely, and an export in this JVM must finish the job
 * so that the folder equals a fresh full export.
 */
class ExportKillTest {

    private static final int PAGES = 40;

    @TempDir
    Path dir;

    @Test
    void killingAnExportLeavesEveryFileWholeAndTheNextExportCompletesIt() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path fresh = dir.resolve("fresh");
        new Exporter().export(ExportChild.site(3, PAGES, false), fresh, Exporter.Options.INCREMENTAL.withFull(true), Exporter.Progress.NONE);
        // Round 1 kills the very first export into an empty folder; rounds 2 and 3 kill an update of version 1 to 2, then to 3.
        Path out = dir.resolve("site");
        for (int round = 1; round <= 3; round++) {
            int version = round;
            if (round == 2) new Exporter().export(ExportChild.site(1, PAGES, false), out, Exporter.Options.INCREMENTAL, Exporter.Progress.NONE);
            int killAt = 3 + random.nextInt(PAGES - 10);
            String report = "round " + round + ", killed at page " + killAt + " (seed " + seed + ")";
            Process child = ChildJvm.start(ExportChild.class, out.toString(), Integer.toString(version), Integer.toString(PAGES));
            try {
                BlockingQueue<String> lines = pump(ChildJvm.stdout(child));
                while (true) {
                    String l = lines.poll(30, TimeUnit.SECONDS);
                    assertThat(l).as(report + ": child still exporting").isNotNull().isNotEqualTo("DONE");
                    if (l.equals("PAGE " + killAt)) break;
                }
                if (round == 3) Thread.sleep(random.nextInt(3));
            } finally {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }
            int old = 0;
            int updated = 0;
            for (int i = 0; i < PAGES; i++) {
                Path f = out.resolve(ExportChild.path(i));
                if (!Files.exists(f)) {
                    assertThat(round).as(report + ": only a first export leaves pages missing").isEqualTo(1);
                    continue;
                }
                byte[] b = Files.readAllBytes(f);
                boolean isNew = Arrays.equals(b, ExportChild.bytes(version, i));
                boolean isOld = round > 1 && Arrays.equals(b, ExportChild.bytes(version - 1, i));
                assertThat(isNew || isOld).as(report + ": " + f + " is whole").isTrue();
                if (isNew) updated++;
                else old++;
            }
            assertThat(updated).as(report).isGreaterThanOrEqualTo(killAt).isLessThan(PAGES);
            System.out.println(report + ": " + updated + " new, " + old + " old");

            Exporter.Report r = new Exporter().export(ExportChild.site(version, PAGES, false), out, Exporter.Options.INCREMENTAL,
                    Exporter.Progress.NONE);
            assertThat(r.written() + r.unchanged()).isEqualTo(PAGES);
            assertThat(r.written()).as(report).isEqualTo(PAGES - updated);
            for (int i = 0; i < PAGES; i++) {
                assertThat(Files.readAllBytes(out.resolve(ExportChild.path(i)))).as(report).isEqualTo(ExportChild.bytes(version, i));
            }
            try (Stream<Path> s = Files.walk(out)) {
                assertThat(s.map(Path::toString).filter(p -> p.endsWith(".masthead-tmp")).toList()).as(report + ": temporary files swept").isEmpty();
            }
        }
        assertThat(Files.readString(out.resolve(".masthead-manifest.json"))).isEqualTo(Files.readString(fresh.resolve(".masthead-manifest.json")));
    }

    private static BlockingQueue<String> pump(BufferedReader out) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try {
                for (String s; (s = out.readLine()) != null; ) lines.add(s);
            } catch (java.io.IOException ignored) {
                // killed mid-line
            }
        }, "export-child-stdout");
        t.setDaemon(true);
        t.start();
        return lines;
    }

}
