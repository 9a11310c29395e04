package org.masthead.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * An open Masthead database: inspected, migrated, with one connection that every store
 * shares. All access goes through {@link #read} and {@link #tx}, which serialise callers, so
 * the UI's background tasks and autosave never interleave half-done writes.
 *
 * <p>Opening inspects the file first, read-only: a file that is not SQLite, is damaged, is
 * some other program's database, or was written by a newer Masthead is refused with a
 * {@link DatabaseException} and left untouched. A database on a PostgreSQL server (team mode,
 * {@link #open(DatabaseLocation)}) is inspected the same way by {@link PostgresConnector}.
 */
public final class Database implements AutoCloseable {

    /** The highest schema version this build knows; equals the newest migration's number. */
    public static final int SCHEMA_VERSION = 7;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final DatabaseLocation location;
    private final SqlDialect dialect;
    /** The one connection; replaced (PostgreSQL only) after it was lost. Guarded by {@link #lock}. */
    private Connection connection;
    /** The connection failed: the next read or write connects again first (decision 0018). */
    private boolean lost;
    /** Opens further connections to a PostgreSQL database (TeamEvents listens on one); null for SQLite. */
    private final PostgresConnector connector;
    private final ReentrantLock lock = new ReentrantLock();

    /** The file's quick check: done before {@link #open} returns, or still running after {@link #openCheckingAlongside}. */
    private final CompletableFuture<Void> checked;

    /** Where SQLite files' checks are remembered (decision 0023); null: every open checks. */
    private static volatile CheckRecords checkRecords;
    /** Quick checks run, for tests. */
    static final java.util.concurrent.atomic.AtomicInteger QUICK_CHECKS = new java.util.concurrent.atomic.AtomicInteger();
    /** Where this file's check is remembered when it is closed, or null. */
    private CheckRecords records;
    /**
     * How the SQLite file looked after its opening or this connection's last commit, while nobody
     * else is seen to have changed it; null once someone has (or when nothing is remembered).
     * Guarded by {@link #lock}.
     */
    private CheckRecords.Look known;

    private Database(DatabaseLocation location, SqlDialect dialect, Connection connection, CompletableFuture<Void> checked,
                     PostgresConnector connector) {
        this.connector = connector;
        this.location = location;
        this.dialect = dialect;
        this.connection = connection;
        this.checked = checked;
    }

    /** Opens (creating if absent) and migrates an SQLite database file. */
    public static Database open(Path file) {
        return open(file, false);
    }

    /**
     * Opens and migrates the database at a location: an SQLite file as {@link #open(Path)}, or a
     * database on a PostgreSQL server with the password {@link PgPassword#system()} finds.
     */
    public static Database open(DatabaseLocation where) {
        return open(where, PgPassword.system());
    }

    /** As {@link #open(DatabaseLocation)}, the password of a PostgreSQL database found by {@code passwords}. */
    public static Database open(DatabaseLocation where, PgPassword passwords) {
        if (where instanceof DatabaseLocation.SqliteFile f) return open(f.file());
        DatabaseLocation.Postgres pg = (DatabaseLocation.Postgres) where;
        return open(pg, passwords.find(pg).orElse(""));
    }

    /** Opens and migrates a database on a PostgreSQL server (it must exist; an empty one gets Masthead's schema). */
    public static Database open(DatabaseLocation.Postgres where, String password) {
        PostgresDialect dialect = new PostgresDialect();
        PostgresConnector connector = new PostgresConnector(where, password);
        Connection c = connector.open(dialect);
        return new Database(where, dialect, c, CompletableFuture.completedFuture(null), connector);
    }

    /**
     * As {@link #open}, for a command that reads much before it writes anything (an export):
     * when the file needs no migration, its quick check (which reads the whole file) runs on
     * another core while the command reads. The first write, and {@link #awaitCheck}, wait for
     * it, so a damaged file is still refused before anything is written into it or out of it.
     */
    public static Database openCheckingAlongside(Path file) {
        return open(file, true);
    }

    /**
     * Remembers, in {@code cacheFolder}, how each SQLite file looked when Masthead closed it after
     * checking it; an open that finds a file looking exactly so skips the quick check (decision
     * 0023). Null forgets nothing and checks every file again.
     */
    public static void rememberChecksIn(Path cacheFolder) {
        checkRecords = cacheFolder == null ? null : CheckRecords.in(cacheFolder);
    }

    private static Database open(Path file, boolean alongside) {
        SqliteNative.awaitCachedCopy();
        SqliteDialect dialect = new SqliteDialect();
        CheckRecords records = checkRecords;
        // How the file looked before anything here touched it: only what this open does may change it before it is watched.
        CheckRecords.Look before = records == null ? null : CheckRecords.Look.of(file);
        // Left by a Masthead that checked it (or trusted it) and saw no change but its own since.
        int recorded = records == null ? -1 : records.schemaIfUnchanged(file);
        boolean trusted = recorded >= 0;
        // Left at this schema by a Masthead that vouched for it: what inspect would find out (a Masthead file, its version) is known.
        int found = recorded == SCHEMA_VERSION ? SCHEMA_VERSION : inspect(file, !alongside && !trusted);
        CompletableFuture<Void> checked = CompletableFuture.completedFuture(null);
        if (alongside && found != SCHEMA_VERSION) {
            // a migration is due: the file is checked before Flyway may write to it
            if (found != 0 && !trusted) quickCheck(file);
        } else if (alongside && !trusted) {
            checked = CompletableFuture.runAsync(() -> quickCheck(file), r -> {
                Thread t = new Thread(r, "masthead-quick-check");
                t.setDaemon(true);
                t.start();
            });
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.IO, "Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        String url = SqliteDialect.url(file);
        // Flyway costs a few hundred milliseconds of start-up; a file already at this schema
        // with no failed migration (checked read-only by inspect) does not need it.
        if (found != SCHEMA_VERSION) migrate(file, dialect, url);
        try {
            Connection c = DriverManager.getConnection(url);
            dialect.configure(c);
            Database db = new Database(new DatabaseLocation.SqliteFile(file), dialect, c, checked, null);
            if (records != null) {
                db.records = records;
                CheckRecords.Look now = CheckRecords.Look.of(file);
                // A migration, or anyone writing while this opened, leaves the file unvouched for until it is checked again.
                db.known = now != null && now.openedFrom(before) ? now : null;
            }
            return db;
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Reason.IO, "Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(Path file, SqlDialect dialect, String url) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(url, null, null)
                    .locations(dialect.migrationLocation())
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new DatabaseException(DatabaseException.Reason.IO, "Cannot prepare the database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a file Masthead must not touch. Reads only: the header bytes, then a read-only
     * connection for the quick check and the schema version.
     *
     * @return the schema version the file is at (0 for a new or empty file), or -1 when a
     *         migration once failed in it and Flyway has to look
     */
    static int inspect(Path file) {
        return inspect(file, true);
    }

    private static int inspect(Path file, boolean check) {
        SqliteNative.awaitCachedCopy();
        if (!Files.exists(file)) return 0;
        if (Files.isDirectory(file)) {
            throw new DatabaseException(DatabaseException.Reason.NOT_SQLITE, file + " is a folder, not a Masthead database.");
        }
        try {
            if (Files.size(file) == 0) return 0;
            byte[] head = new byte[SQLITE_MAGIC.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < head.length || !java.util.Arrays.equals(head, SQLITE_MAGIC)) {
                throw new DatabaseException(DatabaseException.Reason.NOT_SQLITE,
                        file + " is not a Masthead database (it is not an SQLite file). It was left unchanged.");
            }
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.IO, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        try (Connection c = DriverManager.getConnection(readOnlyUrl(file), readOnlyConfig().toProperties());
             Statement s = c.createStatement()) {
            if (check) quickCheck(file, s);
            boolean hasHistory;
            boolean hasTables;
            boolean hasArticles;
            try (ResultSet rs = s.executeQuery("SELECT count(*), sum(name = 'flyway_schema_history'), sum(name = 'article') "
                    + "FROM sqlite_master WHERE type = 'table'")) {
                rs.next();
                hasTables = rs.getInt(1) > 0;
                hasHistory = rs.getInt(2) > 0;
                hasArticles = rs.getInt(3) > 0;
            }
            if (hasTables && !hasHistory) {
                throw new DatabaseException(DatabaseException.Reason.NOT_MASTHEAD,
                        file + " is an SQLite database of some other program, not Masthead's. It was left unchanged.");
            }
            int version = 0;
            if (hasHistory) {
                try (ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                    int max = 0;
                    boolean unknownLabel = false;
                    while (rs.next()) {
                        String v = rs.getString(1);
                        try {
                            max = Math.max(max, Integer.parseInt(v.split("\\.")[0]));
                        } catch (NumberFormatException e) {
                            // not a number at all: flagged below with any other label we did not write
                        }
                        // "1.1" or a label we never wrote: let Flyway judge the file, don't skip it.
                        if (!v.matches("\\d+")) unknownLabel = true;
                    }
                    if (max > SCHEMA_VERSION) {
                        throw new DatabaseException(DatabaseException.Reason.NEWER_SCHEMA,
                                file + " was written by a newer Masthead (schema " + max + "; this one knows up to "
                                        + SCHEMA_VERSION + "). Update Masthead to open it; the file was left unchanged.");
                    }
                    if (max >= 1 && !hasArticles) {
                        // Flyway keeps the same history table for every program that uses it.
                        throw new DatabaseException(DatabaseException.Reason.NOT_MASTHEAD,
                                file + " is a database of some other program (it has a migration history but no Masthead "
                                        + "tables). It was left unchanged.");
                    }
                    version = unknownLabel ? -1 : max;
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 0")) {
                    if (rs.next() && rs.getInt(1) > 0) version = -1;
                }
            }
            return version;
        } catch (SQLiteException e) {
            throw refusal(file, e);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Reason.IO,
                    "Cannot read " + file + " (" + e.getMessage() + "). Masthead did not change it.", e);
        }
    }

    private static void quickCheck(Path file, Statement s) throws SQLException {
        QUICK_CHECKS.incrementAndGet();
        try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String first = rs.next() ? rs.getString(1) : "ok";
            if (!"ok".equals(first)) {
                throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                        file + " is damaged (" + first + "). Masthead did not change it; restore it from a backup.");
            }
        }
    }

    /** The quick check on a connection of its own that leaves no trace (see {@link #readOnlyUrl}). */
    private static void quickCheck(Path file) {
        try (Connection c = DriverManager.getConnection(readOnlyUrl(file), readOnlyConfig().toProperties());
             Statement s = c.createStatement()) {
            quickCheck(file, s);
        } catch (SQLiteException e) {
            throw refusal(file, e);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Reason.IO,
                    "Cannot read " + file + " (" + e.getMessage() + "). Masthead did not change it.", e);
        }
    }

    /**
     * Waits for the file's quick check (at once after {@link #open}); a damaged file throws
     * the {@link DatabaseException} that {@link #open} would have thrown.
     */
    public void awaitCheck() {
        try {
            checked.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof DatabaseException d) throw d;
            throw e;
        }
    }

    /**
     * Any failure while inspecting refuses the file: handing a file SQLite could not read to
     * Flyway would let a migration write into something we do not understand.
     */
    private static DatabaseException refusal(Path file, SQLiteException e) {
        int primary = e.getResultCode().code & 0xFF;
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new DatabaseException(DatabaseException.Reason.NOT_SQLITE,
                    file + " is not a Masthead database (SQLite cannot read it: " + e.getMessage() + "). It was left unchanged.", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new DatabaseException(DatabaseException.Reason.LOCKED,
                    file + " is in use by another program. Close it there and try again.", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code || primary == SQLiteErrorCode.SQLITE_PERM.code
                || primary == SQLiteErrorCode.SQLITE_IOERR.code || primary == SQLiteErrorCode.SQLITE_AUTH.code) {
            return new DatabaseException(DatabaseException.Reason.IO,
                    "Cannot read " + file + " (" + e.getMessage() + "). Masthead did not change it.", e);
        }
        return new DatabaseException(DatabaseException.Reason.CORRUPT,
                file + " is damaged (" + e.getMessage() + "). Masthead did not change it; restore it from a backup.", e);
    }

    /**
     * A read-only connection that leaves no trace. A read-only open of a WAL database still
     * creates {@code -wal} and {@code -shm} files beside it and leaves them; {@code immutable=1}
     * reads the main file alone and creates nothing. When both files already exist (a
     * process died with the database open) the WAL holds the latest commits, so it is read
     * the ordinary way; nothing new is created then either.
     */
    private static String readOnlyUrl(Path file) {
        Path abs = file.toAbsolutePath();
        boolean walPresent = Files.exists(abs.resolveSibling(abs.getFileName() + "-wal"))
                && Files.exists(abs.resolveSibling(abs.getFileName() + "-shm"));
        return "jdbc:sqlite:" + abs.toUri() + (walPresent ? "?mode=ro" : "?immutable=1");
    }

    private static SQLiteConfig readOnlyConfig() {
        SQLiteConfig ro = new SQLiteConfig();
        ro.resetOpenMode(SQLiteOpenMode.READWRITE);
        ro.resetOpenMode(SQLiteOpenMode.CREATE);
        ro.setOpenMode(SQLiteOpenMode.READONLY);
        ro.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return ro;
    }

    /** A second connection to the same PostgreSQL database, as the same login, for the caller to close. */
    Connection anotherConnection() {
        if (connector == null) throw new IllegalStateException(location.describe() + " is an SQLite file: only a PostgreSQL database has other clients");
        return connector.connect();
    }

    /** The SQLite file, or {@code null} for a database on a PostgreSQL server. */
    public Path file() {
        return location instanceof DatabaseLocation.SqliteFile f ? f.file() : null;
    }

    public DatabaseLocation location() {
        return location;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** Work that reads or writes; runs under the database lock. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(live());
        } catch (SQLException e) {
            throw failure("Database read failed: ", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Work that only reads, run on a read-only connection of its own when the database lets
     * readers work beside the one connection (an SQLite file: WAL mode), so that it does not
     * wait for the lock while another thread reads (an export reads the plans while it reads the
     * articles). Each call sees the database as committed when it starts, as {@link #read} does.
     * A database on a PostgreSQL server: as {@link #read}.
     */
    public <T> T readAlongside(Work<T> work) {
        if (!(location instanceof DatabaseLocation.SqliteFile f)) return read(work);
        SQLiteConfig ro = readOnlyConfig();
        ro.setBusyTimeout(SqliteDialect.BUSY_TIMEOUT_MS);
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + f.file().toAbsolutePath().toUri() + "?mode=ro", ro.toProperties());
        } catch (SQLException e) {
            return read(work); // no second connection here (a folder it cannot share memory in, say): after the others, then
        }
        try (c) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure("Database read failed: ", e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none. */
    public <T> T tx(Work<T> work) {
        awaitCheck();
        lock.lock();
        try {
            Connection connection = live();
            if (known != null && !known.equals(CheckRecords.Look.of(file()))) known = null; // someone else wrote
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                if (known != null) known = CheckRecords.Look.of(file());
                return result;
            } catch (Throwable e) {
                // Also on an Error (out of memory): the finally below would otherwise commit half the work.
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("Database write failed: ", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The connection, connected again first if it was lost (a team database whose server restarted
     * or was out of reach). Under the lock. A server still out of reach is a {@link ConnectionLostException}.
     */
    private Connection live() {
        if (!lost) return connection;
        Connection fresh;
        try {
            fresh = connector.connect();
            dialect.configure(fresh);
        } catch (SQLException | RuntimeException e) {
            throw new ConnectionLostException(location, e);
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the old one is broken: closing it only frees what is left of it
        }
        connection = fresh;
        lost = false;
        return connection;
    }

    /** A refusal by a team database's roles is said as such ({@link NotAllowedException}); any other failure as what failed. */
    private StoreException failure(String what, SQLException e) {
        if (connector != null && ConnectionLostException.isConnectionFailure(e)) {
            lost = true;
            return new ConnectionLostException(location, e);
        }
        if (NotAllowedException.SQL_STATE.equals(e.getSQLState()) && location instanceof DatabaseLocation.Postgres pg) {
            return new NotAllowedException(pg.user(), e);
        }
        return new StoreException(what + e.getMessage(), e);
    }

    public String integrityCheck() {
        return read(dialect::integrityCheck);
    }

    /** The applied schema version. */
    public int schemaVersion() {
        return read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            // Remembered as checked only if the check passed and the file is as this connection left it.
            boolean remember = records != null && known != null && checked.isDone() && !checked.isCompletedExceptionally()
                    && known.equals(CheckRecords.Look.of(file()));
            connection.close();
            if (remember) records.record(file(), SCHEMA_VERSION);
        } catch (SQLException e) {
            throw new StoreException("Closing the database failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
