package org.masthead.app;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.masthead.model.Article;
import org.masthead.model.ArticleRef;
import org.masthead.planning.ScheduledPublisher;
import org.masthead.ui.shell.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While the app runs, publishes the scheduled pieces whose time has come: once at start and
 * then every {@link #PERIOD}. The decision is {@code planning.DuePublishing}'s; this class only
 * runs it on the task runner and tells the window.
 *
 * <p>Order of one run: on the worker, find what is due; if the article open in the editor is
 * among it, flush the editor's pending edits first (queued on the same worker, so they are
 * stored before the article is frozen); publish; on the worker still, hand each published
 * article to the editor so that a save queued meanwhile starts from the published state; then,
 * on the FX thread, refresh the lists and reload the editor.
 */
final class ScheduledPublishing implements AutoCloseable {

    static final Duration PERIOD = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublishing.class);

    /** What the window does around a run; the FX-thread methods are called on the FX thread. */
    interface Window {
        /** The id of the article open in the editor, or -1. FX thread. */
        long openArticle();

        /** Saves the editor's pending edits (queued on the task runner). FX thread. */
        void flushEditor();

        /** Called on the task runner's thread right after an article was published. */
        void storedElsewhere(Article published);

        /** Refreshes what shows articles and reloads the editor if it has one of them open. FX thread. */
        void published(List<Article> published);

        /** Tells the editor that an article could not go out. FX thread. */
        void failed(String message);
    }

    private final TaskRunner tasks;
    private final ScheduledPublisher publisher;
    private final Supplier<Instant> clock;
    private final Window window;
    private final Set<String> told = new HashSet<>();
    private ScheduledExecutorService timer;
    private boolean running;
    private boolean closed;

    ScheduledPublishing(TaskRunner tasks, ScheduledPublisher publisher, Supplier<Instant> clock, Window window) {
        this.tasks = tasks;
        this.publisher = publisher;
        this.clock = clock;
        this.window = window;
    }

    /** Runs now and then every {@link #PERIOD}, each run handed to {@code fx} (the FX thread). */
    void start(Executor fx) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "masthead-publish-timer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> fx.execute(this::runOnce), 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One run; on the FX thread. A run still going when the next is due is not doubled. */
    void runOnce() {
        if (closed || running) return;
        running = true;
        tasks.run("find due pieces", () -> publisher.due(clock.get()), due -> {
            if (closed || due.isEmpty()) {
                running = false;
                return;
            }
            long open = window.openArticle();
            if (due.stream().mapToLong(ArticleRef::id).anyMatch(id -> id == open)) window.flushEditor();
            publish();
        }, this::failedRun);
    }

    private void publish() {
        tasks.run("publish due pieces", () -> {
            ScheduledPublisher.Result r = publisher.publishDue(clock.get());
            for (Article a : r.published()) window.storedElsewhere(a);
            return r;
        }, r -> {
            running = false;
            if (closed) return;
            for (Article a : r.published()) LOG.info("published article {} (\"{}\") on schedule", a.id(), a.headline());
            if (!r.published().isEmpty()) window.published(r.published());
            for (String f : r.failures()) {
                LOG.warn("scheduled publishing: {}", f);
                // Said once, not every half minute while it stays unfixed.
                if (told.add(f)) window.failed("Could not publish " + f);
            }
        }, this::failedRun);
    }

    private void failedRun(Throwable e) {
        running = false;
        LOG.warn("scheduled publishing failed", e);
    }

    /** Stops the timer; a run in progress finishes on the worker but tells nobody. */
    @Override
    public void close() {
        closed = true;
        if (timer != null) timer.shutdownNow();
    }
}
