package org.masthead.ui.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. The one way the UI reaches
 * the database or the disk. Tests use {@link #sameThread()}.
 */
public interface TaskRunner {

    <T> void run(String what, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Runs everything at once on the calling thread. */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(String what, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                T r;
                try {
                    r = work.call();
                } catch (Exception e) {
                    onError.accept(e);
                    return;
                }
                onDone.accept(r);
            }
        };
    }
}
