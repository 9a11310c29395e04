package org.masthead.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.masthead.model.PlannedTime;
import org.masthead.model.Publication;
import org.masthead.planning.Conflicts;
import org.masthead.planning.Piece;
import org.masthead.planning.Plan;
import org.masthead.planning.Schedule;
import org.masthead.planning.Slots;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.ui.editor.ArticleEditor;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.FxDialogService;
import org.masthead.ui.shell.FxTaskRunner;
import org.masthead.ui.shell.MainWindow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The planner benchmark with 500 series and 5,000 parts: (a) in the real main window, from
 * firing the Series button in the sidebar to the first layout pulse after the planner has
 * shown what it read (board and calendar drawn), switching Home and Series back and forth;
 * (b) the logic alone of one reschedule: the schedule with one piece moved and its conflicts
 * checked, without the rendering pulse.
 */
@Command(name = "planner", description = "Open the planner over 500 series and 5,000 parts; recompute conflicts after a reschedule.",
        mixinStandardHelpOptions = true)
final class PlannerBench implements Callable<Integer> {

    private static final double OPEN_BUDGET_MS = 500;
    private static final double CONFLICTS_BUDGET_MS = 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--series", defaultValue = "500", description = "Series (default ${DEFAULT-VALUE}).")
    int seriesCount;

    @Option(names = "--parts", defaultValue = "5000", description = "Parts in all (default ${DEFAULT-VALUE}).")
    int parts;

    @Option(names = "--switches", defaultValue = "15", description = "Times to open the planner (default ${DEFAULT-VALUE}).")
    int switches;

    @Option(names = "--runs", defaultValue = "200", description = "Conflict checks timed (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--keep", description = "Build the database at this path and keep it (to look at it in the app).")
    Path keep;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    private Scene scene;
    private MainWindow window;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (!BenchSupport.hasDisplay(err, "planner")) return 1;
        Path dir = Files.createTempDirectory("masthead-bench-");
        Path file = keep != null ? keep : dir.resolve("bench.db");
        Database db = Database.open(file);
        FxTaskRunner tasks = new FxTaskRunner();
        try {
            ArticleStore articles = new ArticleStore(db);
            SeriesStore series = new SeriesStore(db, articles);
            ZoneId zone = Publication.DEFAULT.defaultZone();
            Instant now = Instant.now();
            long t0 = System.nanoTime();
            PlannerBenchCorpus.Made made = new PlannerBenchCorpus(11).fill(series, articles, seriesCount, parts, now, zone);
            err.printf("Made %d series with %,d parts and %,d articles in %.1f s%n", made.series(), made.parts(), made.articles(),
                    (System.nanoTime() - t0) / 1e9);

            List<Long> checkNs = conflictChecks(series, zone, now, err);

            BenchSupport.Fx fx = BenchSupport.startFx(db, articles, series, tasks);
            BenchSupport.onFx(() -> {
                window = new MainWindow();
                scene = fx.scene(window.root());
                window.attach(fx.ctx(), new ArticleEditor(fx.ctx()), List.of(), List.of(), List.of());
                fx.stage().show();
                return null;
            });
            Thread.sleep(1000);
            // As the app does a few seconds after start, while Home is shown.
            CompletableFuture<Void> warmed = new CompletableFuture<>();
            BenchSupport.onFx(() -> {
                window.warmPlanner(() -> warmed.complete(null));
                return null;
            });
            warmed.get(60, TimeUnit.SECONDS);
            List<Long> openNs = new ArrayList<>();
            long firstNs = 0;
            for (int i = 0; i < switches + 2; i++) {
                long ns = openPlanner();
                if (i == 0) firstNs = ns; // the first after start: classes loaded, nothing compiled yet
                if (i >= 2) openNs.add(ns); // the first two warm the JIT and the caches
            }
            double first = firstNs / 1e6;
            err.println("Series button to drawn (ms): " + BenchSupport.ms(openNs));

            double open = BenchSupport.median(openNs) / 1e6;
            double openMin = openNs.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6;
            double check = BenchSupport.median(checkNs) / 1e6;
            var out = spec.commandLine().getOut();
            if (json) {
                out.printf("{\"series\":%d,\"parts\":%d,\"openFirstMs\":%.1f,\"openMedianMs\":%.1f,\"openMinMs\":%.1f,\"openBudgetMs\":%.0f,\"openRatio\":%.2f,"
                                + "\"conflictsMedianMs\":%.2f,\"conflictsBudgetMs\":%.0f,\"conflictsRatio\":%.2f}%n", made.series(), made.parts(),
                        first, open, openMin, OPEN_BUDGET_MS, open / OPEN_BUDGET_MS, check, CONFLICTS_BUDGET_MS, check / CONFLICTS_BUDGET_MS);
            } else {
                out.printf("planner: %d series, %,d parts%n", made.series(), made.parts());
                out.printf("(a) Series button to board and calendar drawn: median %.1f ms, min %.1f ms of %d (reference 500 ms, ratio %.2f)%n",
                        open, openMin, openNs.size(), open / OPEN_BUDGET_MS);
                out.printf("    the first time after start (after the warm-up the app does while Home shows; not in the median): %.1f ms%n", first);
                out.printf("(b) conflicts after one reschedule, logic only: median %.2f ms of %d (reference 20 ms, ratio %.2f)%n",
                        check, checkNs.size(), check / CONFLICTS_BUDGET_MS);
            }
            out.flush();
            return open <= OPEN_BUDGET_MS && check <= CONFLICTS_BUDGET_MS ? 0 : 1;
        } finally {
            tasks.close();
            db.close();
            Platform.exit();
            BenchSupport.deleteTree(dir);
        }
    }

    /** (b): one piece moved a day and the whole schedule checked again, as PlannerModel.reschedule does. */
    private List<Long> conflictChecks(SeriesStore series, ZoneId zone, Instant now, java.io.PrintWriter err) {
        List<Plan> plans = series.allPlans().stream().map(Plan::of).toList();
        Schedule schedule = Schedule.build(plans, series.standaloneArticles(), zone);
        Slots slots = new Slots(Slots.DEFAULT_TIMES, zone);
        List<Piece> movable = schedule.scheduled().stream().filter(p -> !p.locked()).toList();
        err.printf("%,d pieces, %,d scheduled, %,d in the pool, %,d conflicts%n", schedule.pieces().size(), schedule.scheduled().size(),
                schedule.unscheduled().size(), Conflicts.check(schedule, slots, now).all().size());
        Random random = new Random(3);
        List<Long> ns = new ArrayList<>(runs);
        long sink = 0;
        for (int i = 0; i < runs + 50; i++) {
            Piece p = movable.get(random.nextInt(movable.size()));
            PlannedTime moved = new PlannedTime(p.time().local().plusDays(1), p.time().zone());
            long t = System.nanoTime();
            Conflicts.Report r = Conflicts.check(schedule.with(p.key(), moved), slots, now);
            long d = System.nanoTime() - t;
            sink += r.all().size();
            if (i >= 50) ns.add(d);
        }
        if (sink < 0) err.println(sink); // keeps the work from being optimised away
        return ns;
    }

    /** Home, then Series: nanoseconds from firing the button to the first layout pulse after the planner showed its read. */
    private long openPlanner() throws Exception {
        long ns = BenchSupport.openSection(scene, "#nav-series", drawn -> window.planner().setAfterLoad(drawn));
        BenchSupport.onFx(() -> {
            window.planner().setAfterLoad(() -> { });
            return null;
        });
        return ns;
    }
}
