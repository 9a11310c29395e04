package org.masthead.store;

import java.sql.Connection;
import java.sql.SQLException;
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
 * <p>When the connection fails (the server restarts or goes away), {@link #failure()} says why
 * and it connects again, waiting 0.5 s doubling to 10 s between tries, as {@link TeamPresence}
 * does. Changes committed while it was away were not heard: once back it hands every subscriber
 * {@link Change#RESYNC}, which means "read again whatever you show" (decision 0020).
 */
public final class TeamEvents implements AutoCloseable {

    /** The channel the triggers notify. */
    public static final String CHANNEL = "masthead";

    /** A change another client (or this one) committed: {@code kind} is "article", "submission" or "series". */
    public record Change(String kind, long id) {

        /** Not a change but a notice: listening was interrupted and changes may have been missed, so read everything again. */
        public static final Change RESYNC = new Change("resync", 0);

        /** Whether this is {@link #RESYNC}. */
        public boolean isResync() {
            return RESYNC.equals(this);
        }

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

    private final Database db;
    private volatile Connection connection;
    private final List<Consumer<Change>> subscribers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Exception failure;

    private TeamEvents(Database db, Connection connection) {
        this.db = db;
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
        Connection c = ListenLoop.first(db, CHANNEL, "there are no other clients to hear");
        TeamEvents events = new TeamEvents(db, c);
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

    /** Listens until closed; after a failure, connects again with backoff and then hands out {@link Change#RESYNC}. */
    private void run() {
        ListenLoop.run(() -> closed, this::listen, e -> failure = e, this::reconnect, () -> {
            failure = null;
            deliver(Change.RESYNC);
        });
    }

    private void listen() throws SQLException {
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
    }

    private boolean reconnect() {
        Connection c = ListenLoop.replace(db, CHANNEL, connection, () -> closed);
        if (c == null) return false;
        connection = c;
        return true;
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
        thread.interrupt(); // ends a wait between reconnection tries at once
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
