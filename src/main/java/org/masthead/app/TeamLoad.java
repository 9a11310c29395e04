package org.masthead.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.masthead.model.Article;
import org.masthead.model.Review;
import org.masthead.model.SubmissionStatus;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore;
import org.masthead.store.ConflictException;
import org.masthead.store.Database;
import org.masthead.store.SubmissionStore;
import org.masthead.store.TeamBenchQueries;

/**
 * The 20 simulated users of the team benchmark (decision 0019): each a thread with its own
 * {@link Database} (its own connection) as its own login, working until a deadline.
 * Editors load a random article, keep it open for the think time, append a paragraph holding a
 * token unique to this save and save it; a fifth of the saves go to a few hot articles so that saves race. Reviewers triage
 * random submissions: a status change, scores (their own review row) or a note holding a token.
 * Every write is timed and its outcome recorded: acknowledged (returned), refused
 * ({@link ConflictException}), a deadlock (SQLSTATE 40P01) or another failure.
 */
final class TeamLoad {

    /** One simulated user: their login's database and what they do. */
    record User(String login, Database db, boolean editor, long personId) {
    }

    /** What the run's settings are. */
    record Plan(List<Long> articleIds, List<Long> submissionIds, int hot, double hotShare, int thinkMs, long seed) {
    }

    /** Everything the users did, for the summary and the check. */
    static final class Outcome {
        final ConcurrentLinkedQueue<Long> editorSaveNs = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> triageNs = new ConcurrentLinkedQueue<>();
        final AtomicLong editorSaves = new AtomicLong();
        final AtomicLong editorConflicts = new AtomicLong();
        final AtomicLong triageWrites = new AtomicLong();
        final AtomicLong triageConflicts = new AtomicLong();
        final AtomicLong deadlocks = new AtomicLong();
        final AtomicLong serialization = new AtomicLong();
        final AtomicLong otherFailures = new AtomicLong();
        final ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();
        /** Tokens of acknowledged article saves, by article. */
        final Map<Long, List<String>> savedTokens = new java.util.concurrent.ConcurrentHashMap<>();
        /** Tokens of refused article saves, with their article: none may be stored. */
        final Map<String, Long> refusedTokens = new java.util.concurrent.ConcurrentHashMap<>();
        /** Tokens of acknowledged notes. */
        final ConcurrentLinkedQueue<String> noteTokens = new ConcurrentLinkedQueue<>();
        /** The last acknowledged scores of each reviewer, by "submission/person". */
        final Map<String, Review> lastScores = new java.util.concurrent.ConcurrentHashMap<>();
    }

    private static final SubmissionStatus[] TRIAGE = {SubmissionStatus.NEW, SubmissionStatus.IN_REVIEW, SubmissionStatus.SHORTLISTED,
        SubmissionStatus.DECLINED, SubmissionStatus.REVISE, SubmissionStatus.ACCEPTED};

    private TeamLoad() {
    }

    /** Runs every user on a thread of their own for {@code seconds} and returns what they did. */
    static Outcome run(List<User> users, Plan plan, int seconds) throws InterruptedException {
        Outcome out = new Outcome();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] deadline = new long[1];
        for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            SplittableRandom r = new SplittableRandom(plan.seed() * 31 + i);
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                int n = 0;
                while (System.nanoTime() < deadline[0]) {
                    if (u.editor()) {
                        edit(u, plan, r, ++n, out); // thinks while the article is open
                    } else {
                        triage(u, plan, r, ++n, out);
                        think(plan, r);
                    }
                }
            }, "team-bench-" + u.login());
            threads.add(t);
            t.start();
        }
        deadline[0] = System.nanoTime() + seconds * 1_000_000_000L;
        start.countDown();
        for (Thread t : threads) t.join();
        return out;
    }

    private static void think(Plan plan, SplittableRandom r) {
        if (plan.thinkMs() <= 0) return;
        try {
            Thread.sleep(r.nextInt(2 * plan.thinkMs() + 1)); // on average thinkMs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long pickArticle(Plan plan, SplittableRandom r) {
        List<Long> ids = plan.articleIds();
        int hot = Math.min(plan.hot(), ids.size());
        return r.nextDouble() < plan.hotShare() ? ids.get(r.nextInt(hot)) : ids.get(r.nextInt(ids.size()));
    }

    /** Load, append a paragraph with this save's token, save; a refused save is counted and its token remembered as refused. */
    private static void edit(User u, Plan plan, SplittableRandom r, int n, Outcome out) {
        ArticleStore store = new ArticleStore(u.db());
        long id = pickArticle(plan, r);
        String token = token(u.login(), n);
        try {
            Article a = store.load(id);
            think(plan, r); // the time the article is open: another save to it meanwhile makes this one a conflict
            List<Block> blocks = new ArrayList<>(a.content().body().blocks());
            blocks.add(Block.Paragraph.of("Edited by " + u.login() + " " + token + "."));
            Article edited = a.withContent(a.content().withBody(new Document(blocks)), Instant.now());
            long t = System.nanoTime();
            try {
                store.save(edited, ArticleStore.SaveKind.EXPLICIT);
                out.editorSaveNs.add(System.nanoTime() - t);
                out.editorSaves.incrementAndGet();
                out.savedTokens.computeIfAbsent(id, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(token);
            } catch (ConflictException e) {
                out.editorSaveNs.add(System.nanoTime() - t); // a refusal is an answer the user waits for too
                out.editorConflicts.incrementAndGet();
                out.refusedTokens.put(token, id);
            }
        } catch (RuntimeException e) {
            failed(e, out);
        }
    }

    /** A status change, the reviewer's scores, or a note with a token, on a random submission. */
    private static void triage(User u, Plan plan, SplittableRandom r, int n, Outcome out) {
        SubmissionStore store = new SubmissionStore(u.db());
        long id = plan.submissionIds().get(r.nextInt(plan.submissionIds().size()));
        int what = r.nextInt(10);
        long t = System.nanoTime();
        try {
            try {
                if (what < 4) {
                    store.get(id); // what the reviewer looks at before deciding
                    t = System.nanoTime();
                    store.setStatus(id, TRIAGE[r.nextInt(TRIAGE.length)], u.login());
                } else if (what < 8) {
                    Review review = new Review(u.personId(), u.login(), 1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5), null);
                    store.score(id, u.personId(), review);
                    out.lastScores.put(id + "/" + u.personId(), review);
                } else {
                    String token = token(u.login(), n);
                    store.addNote(id, "Checked by " + u.login() + " " + token, u.login());
                    out.noteTokens.add(token);
                }
                out.triageNs.add(System.nanoTime() - t);
                out.triageWrites.incrementAndGet();
            } catch (ConflictException e) {
                out.triageNs.add(System.nanoTime() - t);
                out.triageConflicts.incrementAndGet();
            }
        } catch (RuntimeException e) {
            failed(e, out);
        }
    }

    static String token(String login, int n) {
        return String.format("#tok-%s-%07d#", login, n);
    }

    /** Counts a failure by its SQLSTATE: 40P01 a deadlock, 40001 a serialization failure, anything else other. */
    private static void failed(RuntimeException e, Outcome out) {
        String state = TeamBenchQueries.sqlState(e);
        if ("40P01".equals(state)) out.deadlocks.incrementAndGet();
        else if ("40001".equals(state)) out.serialization.incrementAndGet();
        else out.otherFailures.incrementAndGet();
        if (out.failureSamples.size() < 5) out.failureSamples.add((state == null ? "" : state + " ") + e);
    }

    /** p-th percentile in milliseconds. */
    static double percentile(java.util.Collection<Long> ns, double p) {
        return InboxSearchBench.percentile(new ArrayList<>(ns), p);
    }
}
