package org.masthead.store;

import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The loop a listening connection runs on its own thread (changes in {@link TeamEvents}, who
 * edits what in {@link TeamPresence}): listen until closed; when the connection fails, say so,
 * then connect again, waiting 0.5 s doubling to 10 s between tries, and say when it is back.
 */
final class ListenLoop {

    static final long FIRST_WAIT_MS = 500;
    static final long LONGEST_WAIT_MS = 10_000;

    /** Listens until the connection fails (throws) or the listener is closed (returns). */
    @FunctionalInterface
    interface Listening {
        void listen() throws SQLException;
    }

    private ListenLoop() {
    }

    /**
     * Runs until {@code closed}: {@code listen}; on a failure {@code failed}, then tries
     * {@code reconnect} with backoff until it answers true, then {@code back}, and listens again.
     */
    static void run(BooleanSupplier closed, Listening listening, Consumer<SQLException> failed, BooleanSupplier reconnect, Runnable back) {
        long wait = FIRST_WAIT_MS;
        while (!closed.getAsBoolean()) {
            try {
                listening.listen();
                return;
            } catch (SQLException e) {
                if (closed.getAsBoolean()) return;
                failed.accept(e);
            }
            while (!closed.getAsBoolean()) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = Math.min(LONGEST_WAIT_MS, wait * 2);
                if (reconnect.getAsBoolean()) {
                    wait = FIRST_WAIT_MS;
                    back.run();
                    break;
                }
            }
        }
    }
}
