package org.masthead.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    /** A new connection of {@code db}'s (same login) listening on {@code channel}; closed again if LISTEN fails. */
    static Connection listening(Database db, String channel) throws SQLException {
        Connection c = db.anotherConnection();
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + channel);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * The first listening connection of a team feature: refused for an SQLite file ({@code
     * whySolo} says what there is nothing of), a failure to connect or LISTEN as a StoreException.
     */
    static Connection first(Database db, String channel, String whySolo) {
        if (!(db.dialect() instanceof PostgresDialect)) {
            throw new IllegalArgumentException(db.location().describe() + " is an SQLite file, which one person uses alone: " + whySolo);
        }
        try {
            return listening(db, channel);
        } catch (SQLException e) {
            throw new StoreException("Cannot listen to " + db.location().describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A fresh listening connection in place of {@code old} (then closed), or null: the server
     * cannot be reached yet ({@code old} is left as it is), or the listener was closed meanwhile
     * (nothing is left open).
     */
    static Connection replace(Database db, String channel, Connection old, java.util.function.BooleanSupplier closed) {
        Connection c = relisten(db, channel);
        if (c == null) return null;
        closeQuietly(old);
        if (!closed.getAsBoolean()) return c;
        closeQuietly(c);
        return null;
    }

    /** A fresh listening connection to replace a lost one, or null if the server cannot be reached yet. */
    private static Connection relisten(Database db, String channel) {
        try {
            return listening(db, channel);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // broken already, or closing: nothing left to tell
        }
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
