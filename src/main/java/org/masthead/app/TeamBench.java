package org.masthead.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.model.InboxQuery;
import org.masthead.model.SearchOrder;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.SubmissionStore;
import org.masthead.store.TeamBenchQueries;
import org.masthead.store.TeamSetup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 6, item 8: 20 simulated users of one PostgreSQL database, each a thread with its own
 * connection as its own login (10 reviewers, 10 editors), triaging and editing for 60 s against
 * 100,000 submissions and 10,000 articles; save latency, conflicts, deadlocks and a count of lost
 * updates ({@link TeamCheck}); then the inbox benchmark's search mix on PostgreSQL and on an SQLite
 * file with the same generated submissions. See bench/README.md and decision 0019.
 */
@Command(name = "team", description = "20 users on one PostgreSQL database: saves, conflicts, lost updates, search against SQLite.",
        mixinStandardHelpOptions = true)
final class TeamBench implements Callable<Integer> {

    private static final double SAVE_P95_BUDGET_MS = 50;
    private static final double SEARCH_RATIO_BUDGET = 2;
    private static final int SEARCH_HITS = org.masthead.ui.inbox.InboxModel.SEARCH_FIRST_PAGE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--submissions", defaultValue = "100000", description = "Submissions (default ${DEFAULT-VALUE}).")
    int submissions;

    @Option(names = "--articles", defaultValue = "10000", description = "Articles (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--words", defaultValue = "600", description = "Words of a generated article (default ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--seconds", defaultValue = "60", description = "How long the users work (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--reviewers", defaultValue = "10", description = "Reviewers (default ${DEFAULT-VALUE}).")
    int reviewers;

    @Option(names = "--editors", defaultValue = "10", description = "Editors (default ${DEFAULT-VALUE}).")
    int editors;

    @Option(names = "--hot", defaultValue = "50", description = "Hot articles (default ${DEFAULT-VALUE}).")
    int hot;

    @Option(names = "--hot-share", defaultValue = "0.2", description = "Share of saves that go to a hot article (default ${DEFAULT-VALUE}).")
    double hotShare;

    @Option(names = "--think-ms", defaultValue = "100", description = "Mean pause between one user's actions, uniform 0..2× (default ${DEFAULT-VALUE}).")
    int thinkMs;

    @Option(names = "--rounds", defaultValue = "5", description = "Rounds of the 20 searches on each backend, taking turns (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed rounds of the 20 searches on each backend first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--sqlite", description = "The SQLite copy to compare with: reused when it holds the submissions (e.g. one `bench inbox --keep`"
            + " made with the same count), else made here; default a temporary file.")
    Path sqlite;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // --db is the command line's own (masthead --db ... bench team, or after "team"): the database's owner, who may create roles
        CommandLine.Model.OptionSpec option = spec.findOption("--db");
        String db = option == null ? null : option.getValue();
        if (db == null || db.isBlank()) db = System.getenv("MASTHEAD_DB");
        if (db == null || db.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Name the PostgreSQL database with --db postgresql://OWNER@HOST:PORT/DB");
        }
        DatabaseLocation parsed = DatabaseLocation.parse(db, System.getProperty("user.name"));
        if (!(parsed instanceof DatabaseLocation.Postgres where)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db must be a postgresql:// address, not " + db);
        }
        InboxBenchCorpus corpus = new InboxBenchCorpus(5); // the inbox benchmark's seed: the same submissions
        String run = HexFormat.of().formatHex(new SecureRandom().generateSeed(2));
        List<String> logins = new ArrayList<>();
        List<TeamLoad.User> users = new ArrayList<>();
        try (Database owner = Database.open(where)) {
            fill(owner, corpus, err);
            TeamSetup team = new TeamSetup(owner);
            team.init();
            TeamLoad.Plan plan = new TeamLoad.Plan(TeamBenchQueries.articleIds(owner),
                    TeamBenchQueries.submissionIds(owner), hot, hotShare, thinkMs, 7);
            SubmissionStore ownerInbox = new SubmissionStore(owner);
            try {
                for (int i = 1; i <= reviewers + editors; i++) {
                    boolean editor = i > reviewers;
                    String login = (editor ? "bench_ed_" : "bench_rev_") + run + "_" + String.format("%02d", editor ? i - reviewers : i);
                    String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
                    team.addUser(login, editor ? TeamSetup.Role.EDITOR : TeamSetup.Role.REVIEWER, password.toCharArray());
                    logins.add(login);
                    long person = editor ? 0 : ownerInbox.addPerson("Reviewer " + login, login + "@example.org").id();
                    users.add(new TeamLoad.User(login, Database.open(new DatabaseLocation.Postgres(login, where.host(), where.port(), where.database()),
                            password), editor, person));
                }
                err.printf("%d reviewers and %d editors, each on a connection of their own as their own login; %d s, think time %d ms on average,"
                        + " %.0f%% of saves to %d hot articles%n", reviewers, editors, seconds, thinkMs, hotShare * 100, hot);
                TeamLoad.Outcome out = TeamLoad.run(users, plan, seconds);
                TeamCheck check = TeamCheck.of(owner, out);
                Searches s = searches(owner, corpus, err);
                return summary(out, check, s, err) ? 0 : 1;
            } finally {
                for (TeamLoad.User u : users) u.db().close();
                dropLogins(owner, logins, err);
            }
        }
    }

    private void fill(Database owner, InboxBenchCorpus corpus, PrintWriter err) {
        SubmissionStore inbox = new SubmissionStore(owner);
        ArticleStore store = new ArticleStore(owner);
        int haveSubs = inbox.count(InboxQuery.SUBMISSIONS);
        int haveArticles = TeamBenchQueries.articleIds(owner).size();
        if (haveSubs == submissions && haveArticles == articles) {
            err.printf("Reusing %,d submissions and %,d articles in %s%n", haveSubs, haveArticles, owner.location().describe());
            return;
        }
        if (haveSubs > 0 || haveArticles > 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), owner.location().describe() + " holds " + haveSubs + " submissions and "
                    + haveArticles + " articles, not " + submissions + " and " + articles + "; name an empty database");
        }
        long t0 = System.nanoTime();
        corpus.fill(inbox, submissions, 2000, i -> {
            if (i % 20000 == 0) err.printf("  %,d submissions stored (%.0f s)%n", i, (System.nanoTime() - t0) / 1e9);
        });
        long t1 = System.nanoTime();
        err.printf("Made %,d submissions in %.1f s%n", submissions, (t1 - t0) / 1e9);
        new BenchCorpus(11).fill(store, articles, words);
        err.printf("Made %,d articles of about %d words in %.1f s%n", articles, words, (System.nanoTime() - t1) / 1e9);
    }

    /** The p95 of the inbox benchmark's search mix on each backend, newest first and by relevance, first page of hits. */
    record Searches(double pgNewest, double sqliteNewest, double pgRelevance, double sqliteRelevance) {
    }

    private Searches searches(Database owner, InboxBenchCorpus corpus, PrintWriter err) throws java.io.IOException {
        List<String> queries = InboxSearchBench.queries(corpus);
        SubmissionStore pg = new SubmissionStore(owner);
        new InboxSearchBench(owner, pg).describe(queries, err);
        Path dir = sqlite == null ? Files.createTempDirectory("masthead-team-bench-") : null;
        Path file = sqlite != null ? sqlite : dir.resolve("copy.db");
        try (Database solo = Database.open(file)) {
            SubmissionStore lite = new SubmissionStore(solo);
            int have = lite.count(InboxQuery.SUBMISSIONS);
            if (have != submissions) {
                if (have > 0) throw new CommandLine.ParameterException(spec.commandLine(), file + " holds " + have + " submissions, not " + submissions);
                long t0 = System.nanoTime();
                corpus.fill(lite, submissions, 2000, i -> { });
                err.printf("Made the SQLite copy (%,d submissions) in %.1f s%n", submissions, (System.nanoTime() - t0) / 1e9);
            }
            List<List<Long>> newest = InboxSearchBench.alternating(List.of(pg, lite), queries, SearchOrder.NEWEST, SEARCH_HITS, warmup, rounds);
            List<List<Long>> relevance = InboxSearchBench.alternating(List.of(pg, lite), queries, SearchOrder.RELEVANCE, SEARCH_HITS, warmup, rounds);
            err.printf("Slowest newest-first queries by median: PostgreSQL %s; SQLite %s%n", slowest(queries, newest.get(0)), slowest(queries, newest.get(1)));
            return new Searches(InboxSearchBench.percentile(newest.get(0), 0.95), InboxSearchBench.percentile(newest.get(1), 0.95),
                    InboxSearchBench.percentile(relevance.get(0), 0.95), InboxSearchBench.percentile(relevance.get(1), 0.95));
        } finally {
            if (dir != null) BenchSupport.deleteTree(dir);
        }
    }

    /** The three queries with the highest median time, with it. */
    private static String slowest(List<String> queries, List<Long> ns) {
        List<String> out = new ArrayList<>();
        List<double[]> medians = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            List<Long> mine = new ArrayList<>();
            for (int i = q; i < ns.size(); i += queries.size()) mine.add(ns.get(i));
            medians.add(new double[] {InboxSearchBench.percentile(mine, 0.5), q});
        }
        medians.sort((a, b) -> Double.compare(b[0], a[0]));
        for (double[] m : medians.subList(0, Math.min(3, medians.size()))) out.add(String.format("%s %.1f ms", queries.get((int) m[1]), m[0]));
        return String.join(", ", out);
    }

    private boolean summary(TeamLoad.Outcome out, TeamCheck check, Searches s, PrintWriter err) {
        PrintWriter o = spec.commandLine().getOut();
        List<Long> all = new ArrayList<>(out.editorSaveNs);
        all.addAll(out.triageNs);
        double p95 = TeamLoad.percentile(all, 0.95);
        long surfaced = out.deadlocks.get();
        double ratio = s.pgNewest() / s.sqliteNewest();
        o.printf("Team benchmark: %d reviewers + %d editors for %d s; %,d submissions, %,d articles%n", reviewers, editors, seconds, submissions, articles);
        o.printf("  editor saves: %,d acknowledged, %,d refused as conflicts (%.1f%%); p50 %.1f ms, p95 %.1f ms%n", out.editorSaves.get(),
                out.editorConflicts.get(), 100.0 * out.editorConflicts.get() / Math.max(1, out.editorSaves.get() + out.editorConflicts.get()),
                TeamLoad.percentile(out.editorSaveNs, 0.5), TeamLoad.percentile(out.editorSaveNs, 0.95));
        o.printf("  triage writes: %,d acknowledged, %,d refused as conflicts; p50 %.1f ms, p95 %.1f ms%n", out.triageWrites.get(),
                out.triageConflicts.get(), TeamLoad.percentile(out.triageNs, 0.5), TeamLoad.percentile(out.triageNs, 0.95));
        o.printf("  other failures: %d serialization (40001), %d other%s%n", out.serialization.get(), out.otherFailures.get(),
                out.failureSamples.isEmpty() ? "" : "; e.g. " + String.join(" | ", out.failureSamples));
        o.printf("  lost-update check: %,d tokens of acknowledged saves over %,d articles, %d missing; %d refused saves' tokens stored;"
                        + " %,d notes, %d missing, %d twice; %,d reviewers' last scores, %d not as acknowledged%n", check.tokensExpected(),
                check.articlesChecked(), check.lostArticleSaves(), check.refusedButStored(), check.notesExpected(), check.lostNotes(),
                check.duplicatedNotes(), check.scoresExpected(), check.lostScores());
        o.printf("  search mix p95 (first %d hits, %d rounds each after %d untimed, the backends taking turns): newest first PostgreSQL %.1f ms"
                + " vs SQLite %.1f ms (ratio %.2f); by relevance %.1f ms vs %.1f ms (ratio %.2f)%n", SEARCH_HITS, rounds, warmup, s.pgNewest(), s.sqliteNewest(), ratio, s.pgRelevance(),
                s.sqliteRelevance(), s.pgRelevance() / s.sqliteRelevance());
        boolean saveOk = p95 <= SAVE_P95_BUDGET_MS;
        boolean lostOk = check.lost() == 0 && out.otherFailures.get() == 0;
        boolean deadlockOk = surfaced == 0;
        boolean searchOk = ratio <= SEARCH_RATIO_BUDGET;
        o.printf("Goals:%n");
        o.printf("  p95 save latency (all %,d writes) %.1f ms <= %.0f ms: %s%n", all.size(), p95, SAVE_P95_BUDGET_MS, saveOk ? "met" : "MISSED");
        o.printf("  lost updates %d (and %d failures of another kind) = 0: %s%n", check.lost(), out.otherFailures.get(), lostOk ? "met" : "MISSED");
        o.printf("  deadlocks surfacing (40P01) %d = 0: %s%n", surfaced, deadlockOk ? "met" : "MISSED");
        o.printf("  search p95 within %.0f× SQLite: %.2f×: %s%n", SEARCH_RATIO_BUDGET, ratio, searchOk ? "met" : "MISSED");
        o.flush();
        return saveOk && lostOk && deadlockOk && searchOk;
    }

    /** The run's logins go again; their rows (notes, activity) keep their names as text. */
    private static void dropLogins(Database owner, List<String> logins, PrintWriter err) {
        for (String login : logins) {
            try {
                TeamBenchQueries.dropLogin(owner, login);
            } catch (RuntimeException e) {
                err.println("Could not drop the login " + login + ": " + e.getMessage());
            }
        }
    }
}
