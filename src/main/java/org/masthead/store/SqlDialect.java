package org.masthead.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * The store's seam for SQL that only one database understands: connection settings,
 * migrations and full-text search. SQLite ({@link SqliteDialect}) is the embedded default;
 * {@link PostgresDialect} serves team mode.
 */
public interface SqlDialect {

    /** Flyway location of this dialect's migrations. */
    String migrationLocation();

    /** Per-connection settings, run on every new connection. */
    void configure(Connection c) throws SQLException;

    /** Replaces an article's entry in the full-text index. */
    void index(Connection c, long articleId, String headline, String body, String byline) throws SQLException;

    void unindex(Connection c, long articleId) throws SQLException;

    /** Ids of articles matching a user's query, best first. */
    List<Long> search(Connection c, String query, int limit) throws SQLException;

    /** Drops everything in the full-text index (used before a restore). */
    void clearIndex(Connection c) throws SQLException;

    /** Replaces a submission's entry in the inbox's full-text index (rowid = submission id). */
    default void indexSubmission(Connection c, long id, String title, String body, String author, String attachments) throws SQLException {
        indexSubmissions(c, List.of(new SubmissionText(id, title, body, author, attachments)));
    }

    /** Replaces the entries of many submissions at once (an import batch, a restore). */
    void indexSubmissions(Connection c, Collection<SubmissionText> entries) throws SQLException;

    /** What the inbox's index holds of a submission. */
    record SubmissionText(long id, String title, String body, String author, String attachments) {
    }

    void unindexSubmission(Connection c, long id) throws SQLException;

    /**
     * Submissions matching a user's query (its characters are never read as query syntax), with
     * a snippet whose matches are enclosed in {@code SearchHit.OPEN} / {@code CLOSE}: newest (highest
     * id) first, or best first when {@code byRelevance}.
     */
    List<TextMatch> searchSubmissions(Connection c, String query, boolean byRelevance, int limit) throws SQLException;

    /** A condition for a WHERE clause keeping the rows of {@code submission s} that match the query. */
    SqlCondition submissionMatch(String query);

    /** Drops everything in the inbox's full-text indexes (before a restore rebuilds them). */
    void clearSubmissionIndex(Connection c) throws SQLException;

    /** A search result: the submission's id and its highlighted snippet. */
    record TextMatch(long id, String snippet) {
    }

    /** A piece of SQL and the values of its {@code ?} placeholders, in order. */
    record SqlCondition(String sql, List<Object> params) {
        public SqlCondition {
            params = List.copyOf(params);
        }
    }

    /**
     * Sizes the connection's page cache for a bulk write (an import: inserts all over the indexes)
     * or back to the everyday size, giving the memory back. Does nothing where the database
     * manages its own cache.
     */
    default void bulk(Connection c, boolean on) throws SQLException {
    }

    /**
     * After rows were inserted with ids of their own (a restore): makes the table's next
     * generated id follow the highest. SQLite needs nothing (INTEGER PRIMARY KEY takes max + 1).
     */
    default void syncIds(Connection c) throws SQLException {
    }

    /**
     * For the rest of the caller's transaction, "who did it" columns (activity actor, note author,
     * reply actor) keep the names written into them: a restore brings its history along. Without
     * this, PostgreSQL writes the session's login there (decision 0017); SQLite always keeps them.
     */
    default void keepRecordedActors(Connection c) throws SQLException {
    }

    /** Whether {@code ResultSet.getBytes} on a text column gives the text's UTF-8 bytes (no String between). */
    default boolean textAsUtf8Bytes(Connection c) throws SQLException {
        return false;
    }

    /** "ok", or what the database's own check found. */
    String integrityCheck(Connection c) throws SQLException;
}
