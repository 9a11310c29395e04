package org.masthead.ui.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread: database work stays in submission order (a save is never overtaken
 * by a later load), and results come back through {@link Platform#runLater}.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "masthead-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (executor.isShutdown()) {
            LOG.debug("{} dropped: the app is closing", what);
            return;
        }
        executor.execute(() -> {
            try {
                T r = work.call();
                Platform.runLater(() -> onDone.accept(r));
            } catch (Throwable e) {
                if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
                        || e instanceof org.masthead.store.DatabaseException) {
                    LOG.info("{} refused: {}", what, e.getMessage()); // said to the editor in a dialog
                } else {
                    LOG.warn("{} failed", what, e);
                }
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    /** Waits for queued work (e.g. a last save) before the app exits. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            // The queue may hold the last save: closing the database under it would lose words.
            while (!executor.awaitTermination(10, TimeUnit.SECONDS)) LOG.warn("still waiting for background work to finish");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
