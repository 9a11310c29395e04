package org.masthead.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 7, item 2: cold start of the packaged app (its own trimmed runtime and class-data archive,
 * started by the jpackage launcher) against {@code java -jar masthead.jar} on the system JDK, both
 * with {@code --smoke} on the same 1,000-article database, alternating in one session: process
 * spawn to the first frame, and to the article list filled.
 */
@Command(name = "packaged", description = "Start-up of the packaged app vs java -jar (build it with mvn -Pdist first).",
        mixinStandardHelpOptions = true)
final class PackagedStartupBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--image", defaultValue = "target/dist/masthead", description = "The app image (default ${DEFAULT-VALUE}).")
    Path image;

    @Option(names = "--jar", defaultValue = "target/masthead.jar", description = "The jar (default ${DEFAULT-VALUE}).")
    Path jar;

    @Option(names = "--runs", defaultValue = "10", description = "Runs of each (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--articles", defaultValue = "1000", description = "Articles in the database (default ${DEFAULT-VALUE}).")
    int articles;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (!BenchSupport.hasDisplay(err, "packaged start-up")) return 1;
        Path launcher = image.resolve("bin/masthead");
        if (!Files.isExecutable(launcher) || !Files.isRegularFile(jar)) {
            err.println("masthead: needs " + launcher + " and " + jar + ": build them with mvn -Pdist -DskipTests package");
            return 1;
        }
        Path dir = Files.createTempDirectory("masthead-bench-");
        try {
            Path db = dir.resolve("bench.db");
            try (Database d = Database.open(db)) {
                new BenchCorpus(42).fill(new ArticleStore(d), articles, 600);
            }
            List<String> packaged = List.of(launcher.toAbsolutePath().toString(), Launcher.SMOKE, "--db", db.toString());
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> plain = List.of(java, "-jar", jar.toAbsolutePath().toString(), Launcher.SMOKE, "--db", db.toString());
            StartupBench.time(packaged, dir); // warm the OS file cache once for each
            StartupBench.time(plain, dir);
            List<Long> pf = new ArrayList<>(), pr = new ArrayList<>(), jf = new ArrayList<>(), jr = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                boolean packagedFirst = i % 2 == 0; // alternate, so drift on a shared machine hits both alike
                StartupBench.Timing a = StartupBench.time(packagedFirst ? packaged : plain, dir);
                StartupBench.Timing b = StartupBench.time(packagedFirst ? plain : packaged, dir);
                StartupBench.Timing p = packagedFirst ? a : b, j = packagedFirst ? b : a;
                pf.add(p.firstFrame());
                pr.add(p.ready());
                jf.add(j.firstFrame());
                jr.add(j.ready());
                err.printf("run %d: packaged %d ms (list %d ms), java -jar %d ms (list %d ms)%n", i + 1, p.firstFrame(), p.ready(),
                        j.firstFrame(), j.ready());
            }
            var out = spec.commandLine().getOut();
            out.printf("median of %d, %d articles: first frame packaged %.0f ms vs java -jar %.0f ms; list filled packaged %.0f ms vs "
                    + "java -jar %.0f ms%n", runs, articles, BenchSupport.median(pf), BenchSupport.median(jf), BenchSupport.median(pr),
                    BenchSupport.median(jr));
            out.flush();
            return 0;
        } finally {
            BenchSupport.deleteTree(dir);
        }
    }
}
