package org.masthead.ui.shell;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.masthead.store.Database;
import org.masthead.store.PostgresDialect;
import org.masthead.store.TeamEvents;

/**
 * Refreshes what shows a thing another client changed, on a team database, without polling
 * (decision 0019): it subscribes once to {@link TeamEvents} and, after a short quiet spell,
 * hands the window's thread the ids of the articles, submissions and series changed meanwhile,
 * each kind once. A burst of a hundred changes is one refresh: the hand-over waits until no
 * change came for {@code quiet}, but never longer than {@code atMost} after the first.
 *
 * <p>When the listening connection comes back after a failure ({@link TeamEvents.Change#RESYNC}),
 * the window is told to read {@linkplain Targets#everything() everything} again instead.
 *
 * <p>On an SQLite file there is no one else to hear: {@link #attach} gives nothing.
 */
public final class LiveRefresh implements AutoCloseable {

    /** What the window refreshes; called on the window's thread with the ids changed since the last call (never empty). */
    public interface Targets {
        void articles(Set<Long> ids);

        void submissions(Set<Long> ids);

        void series(Set<Long> ids);

        /**
         * Listening was interrupted (the server restarted or went away) and has resumed: changes
         * made meanwhile were not heard, so read again everything shown.
         */
        void everything();
    }

    /** Quiet spell before a refresh: long enough to gather one save's bursts, short enough to feel live. */
    public static final Duration QUIET = Duration.ofMillis(250);
    /** The longest a change waits while others keep coming. */
    public static final Duration AT_MOST = Duration.ofSeconds(1);

    private final Executor fx;
    private final Targets targets;
    private final long quietNanos;
    private final long atMostNanos;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "masthead-live-refresh");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private Set<Long> articles = new LinkedHashSet<>();
    private Set<Long> submissions = new LinkedHashSet<>();
    private Set<Long> series = new LinkedHashSet<>();
    private boolean everything;
    private long firstPending = -1;
    private ScheduledFuture<?> due;
    private TeamEvents events;
    private AutoCloseable subscription;

    /** For a source of changes other than a database's (tests); {@link #attach} is the usual way. */
    public LiveRefresh(Executor fx, Targets targets, Duration quiet, Duration atMost) {
        this.fx = fx;
        this.targets = targets;
        this.quietNanos = quiet.toNanos();
        this.atMostNanos = atMost.toNanos();
    }

    /**
     * Listens to a team database's changes and refreshes {@code targets} on {@code fx} (the
     * window's thread); empty for an SQLite file. Closing the result stops listening.
     */
    public static Optional<LiveRefresh> attach(Database db, Executor fx, Targets targets) {
        return attach(db, fx, targets, QUIET, AT_MOST);
    }

    /** {@link #attach(Database, Executor, Targets)} with other timings (tests). */
    public static Optional<LiveRefresh> attach(Database db, Executor fx, Targets targets, Duration quiet, Duration atMost) {
        if (!(db.dialect() instanceof PostgresDialect)) return Optional.empty();
        LiveRefresh refresh = new LiveRefresh(fx, targets, quiet, atMost);
        refresh.events = TeamEvents.listen(db);
        refresh.subscription = refresh.events.subscribe(refresh::changed);
        return Optional.of(refresh);
    }

    /** Why listening stopped, if it did. */
    public Optional<Exception> failure() {
        return events == null ? Optional.empty() : events.failure();
    }

    /** Notes a change (any thread); the refresh follows after the quiet spell. */
    public void changed(TeamEvents.Change change) {
        synchronized (lock) {
            switch (change.kind()) {
                case "resync" -> everything = true;
                case "article" -> articles.add(change.id());
                case "submission" -> submissions.add(change.id());
                case "series" -> series.add(change.id());
                default -> {
                    return; // a kind this window does not show
                }
            }
            long now = System.nanoTime();
            if (firstPending < 0) firstPending = now;
            long wait = Math.min(quietNanos, Math.max(0, firstPending + atMostNanos - now));
            if (due != null) due.cancel(false);
            if (!timer.isShutdown()) due = timer.schedule(this::handOver, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void handOver() {
        Set<Long> a;
        Set<Long> s;
        Set<Long> r;
        boolean all;
        synchronized (lock) {
            all = everything;
            everything = false;
            a = articles;
            s = submissions;
            r = series;
            articles = new LinkedHashSet<>();
            submissions = new LinkedHashSet<>();
            series = new LinkedHashSet<>();
            firstPending = -1;
            due = null;
        }
        if (all) {
            fx.execute(targets::everything);
            return;
        }
        if (a.isEmpty() && s.isEmpty() && r.isEmpty()) return;
        fx.execute(() -> {
            if (!a.isEmpty()) targets.articles(Set.copyOf(a));
            if (!s.isEmpty()) targets.submissions(Set.copyOf(s));
            if (!r.isEmpty()) targets.series(Set.copyOf(r));
        });
    }

    @Override
    public void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // removing a subscriber from a list does not fail
            }
        }
        if (events != null) events.close();
        timer.shutdownNow();
    }
}
