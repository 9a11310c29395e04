package org.masthead.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Benchmark (a): process start to the first frame of the main window with a 1,000-article
 * database, against a bare JavaFX window with one label, alternating runs in one session on
 * the same display. Both processes use default JVM settings; the time is taken by this
 * process, from spawning the child to reading its first-frame line.
 */
@Command(name = "startup", description = "Process start to first frame: Masthead vs a bare JavaFX window.",
        mixinStandardHelpOptions = true)
final class StartupBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--runs", defaultValue = "10", description = "Runs of each (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--articles", defaultValue = "1000", description = "Articles in the database (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (!BenchSupport.hasDisplay(err, "start-up")) return 1;
        Path dir = Files.createTempDirectory("masthead-bench-");
        try {
            Path db = dir.resolve("bench.db");
            err.printf("Preparing a database with %d articles…%n", articles);
            try (Database d = Database.open(db)) {
                new BenchCorpus(42).fill(new ArticleStore(d), articles, 600);
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            String cp = System.getProperty("java.class.path");
            List<Long> app = new ArrayList<>();
            List<Long> ready = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            String bareMain = "org.masthead.app.BareWindow$Main";
            String appMain = "org.masthead.app.Launcher";
            List<String> appArgs = List.of("--db", db.toString());
            run(java, cp, dir, bareMain, List.of()); // warm the OS file cache once
            run(java, cp, dir, appMain, appArgs);
            for (int i = 0; i < runs; i++) {
                // Alternate which goes first, so drift on a shared machine hits both alike.
                Timing b;
                Timing m;
                if (i % 2 == 0) {
                    b = run(java, cp, dir, bareMain, List.of());
                    m = run(java, cp, dir, appMain, appArgs);
                } else {
                    m = run(java, cp, dir, appMain, appArgs);
                    b = run(java, cp, dir, bareMain, List.of());
                }
                bare.add(b.firstFrame());
                app.add(m.firstFrame());
                ready.add(m.ready());
                err.printf("run %d: masthead %d ms (list filled at %d ms), bare %d ms%n", i + 1, m.firstFrame(), m.ready(), b.firstFrame());
            }
            long ma = Math.round(BenchSupport.median(app)), mb = Math.round(BenchSupport.median(bare));
            long mr = Math.round(BenchSupport.median(ready));
            double ratio = (double) ma / mb;
            var out = spec.commandLine().getOut();
            if (json) {
                out.printf("{\"runs\":%d,\"articles\":%d,\"mastheadMedianMs\":%d,\"bareMedianMs\":%d,\"ratio\":%.2f,\"limit\":1.5,"
                        + "\"listFilledMedianMs\":%d}%n", runs, articles, ma, mb, ratio, mr);
            } else {
                out.printf("first frame, median of %d: masthead %d ms, bare JavaFX window %d ms, ratio %.2f (limit 1.5); "
                        + "masthead's list filled at %d ms%n", runs, ma, mb, ratio, mr);
            }
            out.flush();
            return ratio <= 1.5 ? 0 : 1;
        } finally {
            BenchSupport.deleteTree(dir);
        }
    }

    /** Milliseconds from spawning to the first frame, and to the list being filled (-1 for the bare window). */
    record Timing(long firstFrame, long ready) {
    }

    private static Timing run(String java, String cp, Path dir, String main, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java, "-D" + MastheadApp.BENCH_FIRST_FRAME + "=true", "-cp", cp, main));
        cmd.addAll(args);
        return time(cmd, dir);
    }

    /** Runs {@code cmd} (which prints the bench markers on stderr) with its settings in {@code dir}, timing it from the spawn. */
    static Timing time(List<String> cmd, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("MASTHEAD_CONFIG_DIR", dir.resolve("config").toString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        long frame = -1;
        long ready = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (frame < 0 && line.startsWith("MASTHEAD_FIRST_FRAME")) frame = System.nanoTime();
                if (ready < 0 && line.startsWith("MASTHEAD_READY")) ready = System.nanoTime();
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        if (frame < 0) throw new IllegalStateException(cmd.get(0) + " exited without drawing a frame (exit " + p.exitValue() + ")");
        return new Timing((frame - t0) / 1_000_000, ready < 0 ? -1 : (ready - t0) / 1_000_000);
    }
}
