package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Who has which article open, on a team database (decision 0018). Each client announces on the
 * {@value #CHANNEL} channel {@code editing:<article>:<client>:<login>} when it opens an article
 * and every {@code heartbeat} while it stays open, and {@code closed:<article>:<client>:<login>}
 * when it closes it. A claim not renewed within {@code expiry} lapses, so a client that crashed
 * or lost its connection stops being shown. A client that hears another open the article it has
 * open answers at once with its own claim, so both know without waiting for a heartbeat.
 *
 * <p>The login is the server's {@code session_user}, read at start, not a name the user typed.
 * All I/O happens on this object's own connection and daemon thread; {@link #editing} from any
 * thread only records what to announce. Subscribers are called on that thread.
 * Notifications are not stored: nothing of this is in the database. When the connection is
 * lost it connects again (see {@link #run}); meanwhile no one else is shown.
 */
public final class TeamPresence implements AutoCloseable {

    public static final String CHANNEL = "masthead_presence";
    public static final Duration HEARTBEAT = Duration.ofSeconds(15);
    public static final Duration EXPIRY = Duration.ofSeconds(45);

    private record Claim(long article, String login, long seenAt) {
    }

    private final Database db;
    /** Replaced by the presence thread when the connection was lost and came back. */
    private volatile Connection connection;
    private final String client = UUID.randomUUID().toString();
    private final String login;
    private final long heartbeatMs;
    private final long expiryMs;
    private final Map<String, Claim> others = new ConcurrentHashMap<>();
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile long wanted;
    private volatile boolean answerNow;
    private long announced;
    private long lastSent;
    private volatile boolean closed;
    private volatile Exception failure;

    private TeamPresence(Database db, Connection connection, String login, Duration heartbeat, Duration expiry) {
        this.db = db;
        this.connection = connection;
        this.login = login;
        this.heartbeatMs = heartbeat.toMillis();
        this.expiryMs = expiry.toMillis();
        this.thread = new Thread(this::run, "masthead-team-presence");
        thread.setDaemon(true);
    }

    /** Starts on a PostgreSQL database with the usual heartbeat and expiry. */
    public static TeamPresence start(Database db) {
        return start(db, HEARTBEAT, EXPIRY);
    }

    /**
     * Starts announcing and listening, on a new connection as the same login.
     *
     * @throws IllegalArgumentException for an SQLite database, which one person uses alone
     */
    public static TeamPresence start(Database db, Duration heartbeat, Duration expiry) {
        Connection c = ListenLoop.first(db, CHANNEL, "no one else can have an article open");
        try (Statement s = c.createStatement()) {
            String login;
            try (ResultSet rs = s.executeQuery("SELECT session_user")) {
                rs.next();
                login = rs.getString(1);
            }
            TeamPresence p = new TeamPresence(db, c, login, heartbeat, expiry);
            p.thread.start();
            return p;
        } catch (SQLException e) {
            ListenLoop.closeQuietly(c);
            throw new StoreException("Cannot listen to " + db.location().describe() + ": " + e.getMessage(), e);
        }
    }

    /** This client's login, as the server knows it. */
    public String login() {
        return login;
    }

    /** This client now has {@code articleId} open (0: none). Announced by the presence thread within a moment. */
    public void editing(long articleId) {
        wanted = articleId;
    }

    /** The logins of the other clients that have {@code articleId} open now, sorted, each once. */
    public List<String> othersEditing(long articleId) {
        long now = System.currentTimeMillis();
        TreeSet<String> names = new TreeSet<>();
        for (Claim c : others.values()) {
            if (c.article() == articleId && now - c.seenAt() < expiryMs) names.add(c.login());
        }
        return new ArrayList<>(names);
    }

    /** Calls {@code changed} (on the presence thread) whenever who edits what may have changed, until the handle is closed. */
    public AutoCloseable subscribe(Runnable changed) {
        subscribers.add(changed);
        return () -> subscribers.remove(changed);
    }

    /** Why announcing and listening stopped, if it failed. */
    public Optional<Exception> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Listens and announces until closed. When the connection fails, the others' claims are
     * dropped (they cannot be heard) and it connects again, waiting 0.5 s doubling to 10 s between
     * tries; once back it announces the open article again at once.
     */
    private void run() {
        ListenLoop.run(() -> closed, this::listen, e -> {
            failure = e;
            announced = 0;
            others.clear();
            fire();
        }, this::reconnect, () -> failure = null);
    }

    private void listen() throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (!closed) {
            announce();
            PGNotification[] got = pg.getNotifications((int) Math.min(250, Math.max(10, heartbeatMs / 2)));
            boolean changed = expire();
            if (got != null) {
                for (PGNotification n : got) {
                    if (CHANNEL.equals(n.getName())) changed |= heard(n.getParameter());
                }
            }
            if (changed) fire();
        }
        if (announced != 0) send("closed", announced);
    }

    private boolean reconnect() {
        Connection c = ListenLoop.replace(db, CHANNEL, connection, () -> closed);
        if (c == null) return false;
        connection = c;
        return true;
    }

    private void announce() throws SQLException {
        long want = wanted;
        long now = System.currentTimeMillis();
        if (want != announced) {
            if (announced != 0) send("closed", announced);
            if (want != 0) send("editing", want);
            announced = want;
            lastSent = now;
        } else if (want != 0 && (answerNow || now - lastSent >= heartbeatMs)) {
            send("editing", want);
            lastSent = now;
        }
        answerNow = false;
    }

    private void send(String what, long article) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, CHANNEL);
            ps.setString(2, what + ":" + article + ":" + client + ":" + login);
            ps.execute();
        }
    }

    /** Takes in one announcement; true when who edits what changed. */
    private boolean heard(String payload) {
        String[] p = payload == null ? new String[0] : payload.split(":", 4);
        if (p.length != 4 || p[2].equals(client)) return false;
        long article;
        try {
            article = Long.parseLong(p[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        if ("closed".equals(p[0])) {
            Claim gone = others.get(p[2]);
            if (gone == null || gone.article() != article) return false;
            others.remove(p[2]);
            return true;
        }
        if (!"editing".equals(p[0])) return false;
        Claim before = others.put(p[2], new Claim(article, p[3], System.currentTimeMillis()));
        boolean isNew = before == null || before.article() != article;
        // someone just opened what this client has open: tell them at once rather than at the next heartbeat
        if (isNew && article == announced && article != 0) answerNow = true;
        return isNew;
    }

    private boolean expire() {
        long now = System.currentTimeMillis();
        return others.values().removeIf(c -> now - c.seenAt() >= expiryMs);
    }

    private void fire() {
        for (Runnable r : subscribers) {
            try {
                r.run();
            } catch (RuntimeException e) {
                System.getLogger(TeamPresence.class.getName()).log(System.Logger.Level.WARNING, "a presence subscriber failed", e);
            }
        }
    }

    /** Says "closed" for the open article (so others stop showing it at once), stops, and closes the connection. */
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

    /** Stops without saying "closed", as a crashed client would (tests of expiry). */
    void vanish() {
        try {
            connection.close();
        } catch (SQLException e) {
            // gone either way
        }
        closed = true;
    }
}
