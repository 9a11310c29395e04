package org.masthead.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What the other clients of a team database changed, as it commits (decision 0017): the
 * schema's triggers send {@code NOTIFY masthead, '<kind>:<id>'} with every committed change
 * to an article, a submission (its triage, notes, tags, scores, replies) or a series and its
 * parts; this listens on a connection of its own ({@code LISTEN masthead}) and hands each to the
 * subscribers, on its own daemon thread: a subscriber that touches a window hands the work to
 * that window's thread. A client hears its own changes too.
 *
 * <p>When the connection fails the listener stops, and {@link #failure()} says why; it does
 * not reconnect (fault handling is for later).
 */
public final class TeamEvents implements AutoCloseable {

    /** The channel the triggers notify. */
    public static final String CHANNEL = "masthead";

    /** A change another client (or this one) committed: {@code kind} is "article", "submission" or "series". */
    public record Change(String kind, long id) {

        /** "article:12" as a change, or empty for a payload that is not one. */
        public static Optional<Change> parse(String payload) {
            int colon = payload == null ? -1 : payload.lastIndexOf(':');
            if (colon <= 0) return Optional.empty();
            try {
                return Optional.of(new Change(payload.substring(0, colon), Long.parseLong(payload.substring(colon + 1))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return kind + ":" + id;
        }
    }

    private final Connection connection;
    private final List<Consumer<Change>> subscribers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Exception failure;

    private TeamEvents(Connection connection) {
        this.connection = connection;
        this.thread = new Thread(this::run, "masthead-team-events");
        thread.setDaemon(true);
    }

    /**
     * Starts listening to a PostgreSQL database's changes, on a new connection as the same login.
     * Changes committed before this returns are not heard.
     *
     * @throws IllegalArgumentException for an SQLite database, which has no other clients
     */
    public static TeamEvents listen(Database db) {
        if (!(db.dialect() instanceof PostgresDialect)) {
            throw new IllegalArgumentException(db.location().describe() + " is an SQLite file, which one person uses alone: there are no other clients to hear");
        }
        Connection c = db.anotherConnection();
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            throw new StoreException("Cannot listen to " + db.location().describe() + ": " + e.getMessage(), e);
        }
        TeamEvents events = new TeamEvents(c);
        events.thread.start();
        return events;
    }

    /** Hands every change heard from now on to {@code subscriber}, until the returned handle is closed. */
    public AutoCloseable subscribe(Consumer<Change> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Why listening stopped, if it failed. */
    public Optional<Exception> failure() {
        return Optional.ofNullable(failure);
    }

    private void run() {
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            while (!closed) {
                // waits up to half a second on the socket, so that close() is heard soon
                PGNotification[] got = pg.getNotifications(500);
                if (got == null) continue;
                for (PGNotification n : got) {
                    if (!CHANNEL.equals(n.getName())) continue;
                    Change.parse(n.getParameter()).ifPresent(this::deliver);
                }
            }
        } catch (SQLException e) {
            if (!closed) failure = e;
        }
    }

    private void deliver(Change change) {
        for (Consumer<Change> s : subscribers) {
            try {
                s.accept(change);
            } catch (RuntimeException e) {
                // one subscriber's bug must not silence the others
                System.getLogger(TeamEvents.class.getName()).log(System.Logger.Level.WARNING, "a subscriber failed on " + change, e);
            }
        }
    }

    /** Stops listening and closes the connection. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing left to tell
        }
    }
}
