package org.masthead.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.masthead.ingest.mailbox.PasswordStore;
import org.masthead.model.InboxQuery;
import org.masthead.model.SearchOrder;
import org.masthead.model.SubmissionRow;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.store.SubmissionStore;
import org.masthead.ui.editor.ArticleEditor;
import org.masthead.ui.inbox.InboxModel;
import org.masthead.ui.inbox.InboxScreen;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.FxDialogService;
import org.masthead.ui.shell.FxTaskRunner;
import org.masthead.ui.shell.MainWindow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 5's inbox benchmark over 100,000 submissions, in one process with default JVM settings:
 * (a) in the real main window, from firing the Inbox button to the first layout pulse after the
 * list shows its first rows; (b) a mix of 20 searches through the store against the bare SQL it
 * issues; (c) resident memory with the inbox open after a search and a scroll to the end.
 */
@Command(name = "inbox", description = "Open an inbox of 100,000 submissions, search it, measure its memory.", mixinStandardHelpOptions = true)
final class InboxBench implements Callable<Integer> {

    private static final double OPEN_BUDGET_MS = 500;
    private static final double SEARCH_P95_BUDGET_MS = 30;
    private static final double SEARCH_RAW_RATIO = 2;
    private static final double RSS_BUDGET_MB = 400;
    /** What the inbox screen shows of a search first, and then at most. */
    private static final int FIRST_HITS = InboxModel.SEARCH_FIRST_PAGE;
    private static final int ALL_HITS = InboxModel.SEARCH_LIMIT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--submissions", defaultValue = "100000", description = "Submissions (default ${DEFAULT-VALUE}).")
    int submissions;

    @Option(names = "--switches", defaultValue = "10", description = "Times Home → Inbox is timed (default ${DEFAULT-VALUE}).")
    int switches;

    @Option(names = "--rounds", defaultValue = "5", description = "Rounds of the 20 searches (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--keep", description = "Build the database at this path and keep it; reused when it already holds the submissions.")
    Path keep;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    private Scene scene;
    private InboxScreen inbox;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!BenchSupport.hasDisplay(err, "inbox")) return 1;
        Path dir = Files.createTempDirectory("masthead-bench-");
        Path file = keep != null ? keep : dir.resolve("bench.db");
        Database db = Database.open(file);
        FxTaskRunner tasks = new FxTaskRunner();
        try {
            SubmissionStore store = new SubmissionStore(db);
            InboxBenchCorpus corpus = new InboxBenchCorpus(5);
            fill(corpus, store, err);

            InboxSearchBench searches = new InboxSearchBench(db, store);
            List<String> queries = InboxSearchBench.queries(corpus);
            searches.describe(queries, err);
            InboxSearchBench.Timings newest = searches.run(queries, SearchOrder.NEWEST, FIRST_HITS, rounds, err);
            InboxSearchBench.Timings relevance = searches.run(queries, SearchOrder.RELEVANCE, FIRST_HITS, rounds, err);
            InboxSearchBench.Timings newestAll = searches.run(queries, SearchOrder.NEWEST, ALL_HITS, rounds, err);

            startWindow(db, store, tasks, dir);
            long firstNs = openInbox();
            awaitComplete();
            List<Long> openNs = new ArrayList<>();
            for (int i = 0; i < switches + 2; i++) {
                long ns = openInbox();
                awaitComplete();
                if (i >= 2) openNs.add(ns); // two more to warm the JIT
            }
            err.println("Inbox button to first rows drawn (ms): " + BenchSupport.ms(openNs));
            long rss = memoryAfterSearchAndScroll(queries.get(0));

            report(newest, relevance, newestAll, firstNs / 1e6, BenchSupport.median(openNs) / 1e6, openNs.size(), rss / 1024.0);
            double open = BenchSupport.median(openNs) / 1e6;
            boolean ok = open <= OPEN_BUDGET_MS && newest.storeP95() <= SEARCH_P95_BUDGET_MS
                    && newest.storeP95() <= SEARCH_RAW_RATIO * newest.rawP95() && rss / 1024.0 <= RSS_BUDGET_MB;
            return ok ? 0 : 1;
        } finally {
            tasks.close();
            db.close();
            Platform.exit();
            BenchSupport.deleteTree(dir);
        }
    }

    private void fill(InboxBenchCorpus corpus, SubmissionStore store, PrintWriter err) {
        int have = store.count(InboxQuery.SUBMISSIONS);
        if (have >= submissions) {
            err.printf("Reusing %,d submissions in %s%n", have, keep);
            return;
        }
        if (have > 0) throw new CommandLine.ParameterException(spec.commandLine(), keep + " holds " + have + " submissions, fewer than "
                + submissions + "; give a new path to --keep");
        long t0 = System.nanoTime();
        int made = corpus.fill(store, submissions, 2000, i -> {
            if (i % 20000 == 0) err.printf("  %,d stored (%.0f s)%n", i, (System.nanoTime() - t0) / 1e9);
        });
        err.printf("Made %,d submissions in %.1f s%n", made, (System.nanoTime() - t0) / 1e9);
    }

    private void startWindow(Database db, SubmissionStore store, FxTaskRunner tasks, Path dir) throws Exception {
        org.masthead.cli.HeapPolicy.apply(); // as the launcher does before it opens the window
        ArticleStore articles = new ArticleStore(db);
        BenchSupport.Fx fx = BenchSupport.startFx(db, articles, new SeriesStore(db, articles), tasks);
        BenchSupport.onFx(() -> {
            MainWindow window = new MainWindow();
            // As MastheadApp builds it, the passwords in the bench's own folder.
            inbox = new InboxScreen(fx.ctx(), store, InboxMail.create(fx.ctx(), store), new PasswordStore(dir), fx::stage);
            window.setInbox(inbox);
            scene = fx.scene(window.root());
            window.attach(fx.ctx(), new ArticleEditor(fx.ctx()), List.of(), List.of(), List.of());
            fx.stage().show();
            return null;
        });
        Thread.sleep(1000);
    }

    /** Home, then Inbox: nanoseconds from firing the button to the first layout pulse after the list got its first rows. */
    private long openInbox() throws Exception {
        return BenchSupport.openSection(scene, "#nav-inbox", drawn -> inbox.model().rows().addListener(new ListChangeListener<SubmissionRow>() {
            @Override
            public void onChanged(Change<? extends SubmissionRow> c) {
                if (c.getList().isEmpty()) return;
                inbox.model().rows().removeListener(this);
                drawn.run();
            }
        }));
    }

    /** Waits until the whole list (not only its first page) is shown. */
    private void awaitComplete() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        BenchSupport.onFx(() -> {
            if (inbox.model().completeProperty().get()) {
                done.complete(null);
            } else {
                inbox.model().completeProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean b) {
                        if (!b) return;
                        o.removeListener(this);
                        done.complete(null);
                    }
                });
            }
            return null;
        });
        done.get(120, TimeUnit.SECONDS);
    }

    /** (c): a search in the screen, back to the whole list, scrolled to its end; then a GC, a pause, and VmRSS in kB. */
    private long memoryAfterSearchAndScroll(String query) throws Exception {
        loadAndWait(() -> inbox.model().searchProperty().set(query));
        loadAndWait(() -> inbox.model().searchProperty().set(""));
        BenchSupport.onFx(() -> {
            var table = inbox.view().table();
            table.scrollTo(table.getItems().size() - 1);
            return null;
        });
        Thread.sleep(500);
        BenchSupport.onFx(() -> null); // a pulse has drawn the end of the list
        long before = vmRssKb();
        System.gc();
        Thread.sleep(2000);
        long rss = vmRssKb();
        var heap = java.lang.management.ManagementFactory.getMemoryMXBean();
        spec.commandLine().getErr().printf("Resident %,d MB before the GC, %,d MB after; heap %,d MB used of %,d MB committed, non-heap %,d MB%n",
                before / 1024, rss / 1024, heap.getHeapMemoryUsage().getUsed() >> 20, heap.getHeapMemoryUsage().getCommitted() >> 20,
                heap.getNonHeapMemoryUsage().getCommitted() >> 20);
        return rss;
    }

    private void loadAndWait(Runnable change) throws Exception {
        BenchSupport.onFx(() -> {
            change.run();
            inbox.model().reload();
            return null;
        });
        Thread.sleep(50);
        awaitComplete();
    }

    private static long vmRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        return -1;
    }

    private void report(InboxSearchBench.Timings newest, InboxSearchBench.Timings relevance, InboxSearchBench.Timings all, double first, double open, int n, double rssMb) {
        PrintWriter out = spec.commandLine().getOut();
        double ratio = newest.storeP95() / newest.rawP95();
        if (json) {
            out.printf("{\"submissions\":%d,\"openFirstMs\":%.1f,\"openMedianMs\":%.1f,\"openBudgetMs\":%.0f,\"openRatio\":%.2f,"
                            + "\"searchP95Ms\":%.2f,\"searchMedianMs\":%.2f,\"searchBudgetMs\":%.0f,\"searchRawP95Ms\":%.2f,\"searchRawMedianMs\":%.2f,"
                            + "\"searchStoreToRaw\":%.2f,\"relevanceP95Ms\":%.2f,\"relevanceMedianMs\":%.2f,\"relevanceRawP95Ms\":%.2f,"
                            + "\"allP95Ms\":%.2f,\"allMedianMs\":%.2f,\"allRawP95Ms\":%.2f,"
                            + "\"rssMb\":%.0f,\"rssBudgetMb\":%.0f,\"searchFirstPage\":%d,\"searchLimit\":%d}%n",
                    submissions, first, open, OPEN_BUDGET_MS, open / OPEN_BUDGET_MS, newest.storeP95(), newest.storeMedian(), SEARCH_P95_BUDGET_MS,
                    newest.rawP95(), newest.rawMedian(), ratio, relevance.storeP95(), relevance.storeMedian(), relevance.rawP95(),
                    all.storeP95(), all.storeMedian(), all.rawP95(), rssMb, RSS_BUDGET_MB, FIRST_HITS, ALL_HITS);
        } else {
            out.printf("inbox: %,d submissions%n", submissions);
            out.printf("(a) Inbox button to the list's first rows drawn: median %.1f ms of %d (reference 500 ms, ratio %.2f)%n", open, n,
                    open / OPEN_BUDGET_MS);
            out.printf("    the first time after start (not in the median): %.1f ms%n", first);
            out.printf("(b) 20 searches x %d rounds, the screen's first %d results, newest first: p95 %.1f ms, median %.1f ms (reference p95 30 ms, ratio %.2f)%n",
                    rounds, FIRST_HITS, newest.storeP95(), newest.storeMedian(), newest.storeP95() / SEARCH_P95_BUDGET_MS);
            out.printf("    the same SQL alone: p95 %.1f ms, median %.1f ms; store/SQL p95 %.2f (reference <= 2)%n", newest.rawP95(), newest.rawMedian(),
                    ratio);
            out.printf("    by relevance: p95 %.1f ms, median %.1f ms; its SQL alone p95 %.1f ms, median %.1f ms (no reference)%n",
                    relevance.storeP95(), relevance.storeMedian(), relevance.rawP95(), relevance.rawMedian());
            out.printf("    all %d results the screen then shows, newest first: p95 %.1f ms, median %.1f ms; its SQL alone p95 %.1f ms (no reference)%n",
                    ALL_HITS, all.storeP95(), all.storeMedian(), all.rawP95());
            out.printf("(c) resident memory, inbox open after a search and a scroll to the end: %.0f MB (reference 400 MB, ratio %.2f)%n", rssMb,
                    rssMb / RSS_BUDGET_MB);
        }
        out.flush();
    }
}
