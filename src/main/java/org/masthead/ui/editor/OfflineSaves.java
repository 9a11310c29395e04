package org.masthead.ui.editor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.masthead.store.ConnectionLostException;

/**
 * A save that failed because the team database could not be reached (decision 0018): says so in
 * a bar above the text (the text stays in the editor, and in a recovery file), and tries again
 * after 1, 2, 4 ... up to 30 seconds. One retry waits at a time; it saves the text as it is then.
 * When a save goes through, the bar goes and the delay starts again from the first.
 */
final class OfflineSaves implements SaveController.OfflineHandler, AutoCloseable {

    static final String KEY = "offline";

    private final EditorNotices notices;
    private final Executor fx;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;
    private Duration first = Duration.ofSeconds(1);
    private Duration max = Duration.ofSeconds(30);
    private Duration next = first;

    OfflineSaves(EditorNotices notices, Executor fx) {
        this.notices = notices;
        this.fx = fx;
    }

    /** The first delay and the longest (tests shorten them). */
    void setBackoff(Duration firstDelay, Duration longest) {
        first = firstDelay;
        max = longest;
        next = first;
    }

    @Override
    public void offline(ConnectionLostException e, Path recoveryFile, Runnable retry) {
        boolean waiting = pending != null && !pending.isDone();
        Duration delay = waiting ? null : next;
        String kept = recoveryFile == null ? "Your text is kept in the editor" : "Your text is kept in the editor and in " + recoveryFile;
        notices.show(KEY, "Not saved: the team database cannot be reached. " + kept + "; Masthead keeps trying"
                + (delay == null ? "" : " (next in " + Math.max(1, delay.toSeconds()) + " s)") + ".", true);
        if (waiting) return;
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "masthead-save-retry");
                t.setDaemon(true);
                return t;
            });
        }
        pending = timer.schedule(() -> fx.execute(retry), delay.toMillis(), TimeUnit.MILLISECONDS);
        long doubled = Math.min(max.toMillis(), delay.toMillis() * 2);
        next = Duration.ofMillis(doubled);
    }

    @Override
    public void online() {
        if (pending != null) pending.cancel(false);
        pending = null;
        next = first;
        notices.clear(KEY);
    }

    @Override
    public void close() {
        if (pending != null) pending.cancel(false);
        pending = null;
        if (timer != null) timer.shutdownNow();
        timer = null;
    }
}
