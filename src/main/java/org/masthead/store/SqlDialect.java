package org.masthead.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The store's seam for SQL that only one database understands: connection settings,
 * migrations and full-text search. SQLite is the embedded default; a PostgreSQL dialect
 * for team mode implements the same interface.
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

    /** "ok", or what the database's own check found. */
    String integrityCheck(Connection c) throws SQLException;
}
