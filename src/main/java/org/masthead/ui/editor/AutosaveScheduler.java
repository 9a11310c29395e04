package org.masthead.ui.editor;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Decides when to autosave: {@link #IDLE} after the last edit, and at the latest
 * {@link #MAX_DELAY} after the first unsaved edit, so continuous typing is still saved.
 * {@link #touch()} is all an edit costs: two field writes, no timers rescheduled.
 * A ticker checks the deadlines and asks for a save through {@code uiExecutor} (the FX
 * thread in the app, where the document is snapshotted before it is written elsewhere).
 * No JavaFX here, so the policy can be tested and driven without a display.
 */
public final class AutosaveScheduler implements AutoCloseable {

    public static final Duration IDLE = Duration.ofSeconds(2);
    public static final Duration MAX_DELAY = Duration.ofMillis(4000);
    static final long TICK_MS = 100;

    private final Executor uiExecutor;
    private final Runnable save;
    private final LongSupplier clock;
    private final ScheduledFuture<?> ticker;

    private volatile long firstDirty = -1;
    private volatile long lastEdit = -1;
    private volatile boolean requested;

    public AutosaveScheduler(ScheduledExecutorService timer, Executor uiExecutor, Runnable save, LongSupplier clockMillis) {
        this.uiExecutor = uiExecutor;
        this.save = save;
        this.clock = clockMillis;
        this.ticker = timer.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    /** An edit happened. Cheap enough to call on every keystroke. */
    public void touch() {
        long now = clock.getAsLong();
        if (firstDirty < 0) firstDirty = now;
        lastEdit = now;
    }

    /** The document was saved by other means (Ctrl+S): nothing is pending. */
    public void clear() {
        firstDirty = -1;
        lastEdit = -1;
    }

    public boolean isPending() {
        return firstDirty >= 0;
    }

    void tick() {
        long fd = firstDirty;
        if (fd < 0 || requested) return;
        long now = clock.getAsLong();
        if (now - lastEdit >= IDLE.toMillis() || now - fd >= MAX_DELAY.toMillis()) {
            firstDirty = -1;
            requested = true;
            uiExecutor.execute(() -> {
                try {
                    save.run();
                } finally {
                    requested = false;
                }
            });
        }
    }

    @Override
    public void close() {
        ticker.cancel(false);
    }
}
