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
            List<Long> bare = new ArrayList<>();
            firstFrame(java, cp, dir, "org.masthead.app.BareWindow$Main", List.of()); // warm the OS file cache once
            firstFrame(java, cp, dir, "org.masthead.app.Launcher", List.of("--db", db.toString()));
            for (int i = 0; i < runs; i++) {
                // Alternate which goes first, so drift on a shared machine hits both alike.
                if (i % 2 == 0) {
                    bare.add(firstFrame(java, cp, dir, "org.masthead.app.BareWindow$Main", List.of()));
                    app.add(firstFrame(java, cp, dir, "org.masthead.app.Launcher", List.of("--db", db.toString())));
                } else {
                    app.add(firstFrame(java, cp, dir, "org.masthead.app.Launcher", List.of("--db", db.toString())));
                    bare.add(firstFrame(java, cp, dir, "org.masthead.app.BareWindow$Main", List.of()));
                }
                err.printf("run %d: masthead %d ms, bare %d ms%n", i + 1, app.get(i), bare.get(i));
            }
            long ma = Math.round(BenchSupport.median(app)), mb = Math.round(BenchSupport.median(bare));
            double ratio = (double) ma / mb;
            var out = spec.commandLine().getOut();
            if (json) {
                out.printf("{\"runs\":%d,\"articles\":%d,\"mastheadMedianMs\":%d,\"bareMedianMs\":%d,\"ratio\":%.2f,\"limit\":1.5}%n",
                        runs, articles, ma, mb, ratio);
            } else {
                out.printf("first frame, median of %d: masthead %d ms, bare JavaFX window %d ms, ratio %.2f (limit 1.5)%n",
                        runs, ma, mb, ratio);
            }
            out.flush();
            return ratio <= 1.5 ? 0 : 1;
        } finally {
            BenchSupport.deleteTree(dir);
        }
    }

    private static long firstFrame(String java, String cp, Path dir, String main, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java, "-D" + MastheadApp.BENCH_FIRST_FRAME + "=true", "-cp", cp, main));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("MASTHEAD_CONFIG_DIR", dir.resolve("config").toString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        long t1 = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (t1 < 0 && line.startsWith("MASTHEAD_FIRST_FRAME")) t1 = System.nanoTime();
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        if (t1 < 0) throw new IllegalStateException(main + " exited without drawing a frame (exit " + p.exitValue() + ")");
        return (t1 - t0) / 1_000_000;
    }
}
