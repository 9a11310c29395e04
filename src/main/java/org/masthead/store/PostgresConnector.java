package org.masthead.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * Opens a Masthead database on a PostgreSQL server: looks first (a database of some other
 * program, or of a newer Masthead, is refused and left alone), migrates it when needed, and
 * connects. The server does its own locking, so there is no {@link DatabaseLock} here.
 */
final class PostgresConnector {

    private final DatabaseLocation.Postgres where;
    private final String password;

    /** @param password the password, or empty when the server asks for none */
    PostgresConnector(DatabaseLocation.Postgres where, String password) {
        this.where = where;
        this.password = password == null ? "" : password;
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", where.user());
        // Always set, even empty: pgjdbc would otherwise read ~/.pgpass itself, permissions unchecked (PgPassword).
        p.setProperty("password", password);
        p.setProperty("ApplicationName", "Masthead");
        p.setProperty("connectTimeout", "10");
        return p;
    }

    Connection connect() {
        try {
            return DriverManager.getConnection(where.jdbcUrl(), properties());
        } catch (SQLException e) {
            throw cannotConnect(e);
        }
    }

    private DatabaseException cannotConnect(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String hint = state.equals("28P01") || state.equals("28000")
                ? " (the password comes from PGPASSWORD or ~/.pgpass)"
                : state.equals("3D000") ? " (an administrator creates it, e.g. createdb; Masthead fills an empty one)"
                : state.startsWith("08") ? " (is the server running, and does it accept connections from here?)" : "";
        return new DatabaseException(DatabaseException.Reason.IO, "Cannot connect to " + where.describe() + ": " + e.getMessage() + hint, e);
    }

    /** Inspects, migrates when needed, and gives the connection the stores use. */
    Connection open(SqlDialect dialect) {
        Connection c = connect();
        try {
            int found = inspect(c);
            if (found != Database.SCHEMA_VERSION) migrate(dialect);
            dialect.configure(c);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new DatabaseException(DatabaseException.Reason.IO, "Cannot read " + where.describe() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    /**
     * The schema version of the database (0: empty), or -1 when a migration once failed in it and
     * Flyway has to look; refuses a database Masthead must not touch. Reads only.
     */
    private int inspect(Connection c) throws SQLException {
        boolean hasHistory;
        boolean hasArticles;
        boolean hasTables;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL, to_regclass('article') IS NOT NULL, "
                     + "EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema())")) {
            rs.next();
            hasHistory = rs.getBoolean(1);
            hasArticles = rs.getBoolean(2);
            hasTables = rs.getBoolean(3);
        }
        if (hasTables && !hasHistory) {
            throw new DatabaseException(DatabaseException.Reason.NOT_MASTHEAD,
                    where.describe() + " holds tables of some other program, not Masthead's. It was left unchanged.");
        }
        if (!hasHistory) return 0;
        int max = 0;
        boolean unknownLabel = false;
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String v = rs.getString(1);
                try {
                    max = Math.max(max, Integer.parseInt(v.split("\\.")[0]));
                } catch (NumberFormatException e) {
                    // flagged below with any other label Masthead did not write
                }
                if (!v.matches("\\d+")) unknownLabel = true;
            }
        }
        if (max > Database.SCHEMA_VERSION) {
            throw new DatabaseException(DatabaseException.Reason.NEWER_SCHEMA, where.describe() + " was written by a newer Masthead (schema "
                    + max + "; this one knows up to " + Database.SCHEMA_VERSION + "). Update Masthead to open it; it was left unchanged.");
        }
        if (max >= 1 && !hasArticles) {
            throw new DatabaseException(DatabaseException.Reason.NOT_MASTHEAD, where.describe()
                    + " is a database of some other program (it has a migration history but no Masthead tables). It was left unchanged.");
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE NOT success")) {
            if (rs.next() && rs.getInt(1) > 0) return -1;
        }
        return unknownLabel ? -1 : max;
    }

    private void migrate(SqlDialect dialect) {
        try {
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setURL(where.jdbcUrl());
            ds.setUser(where.user());
            ds.setPassword(password);
            ds.setApplicationName("Masthead");
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(ds)
                    .locations(dialect.migrationLocation())
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new DatabaseException(DatabaseException.Reason.IO, "Cannot prepare the database " + where.describe() + ": " + e.getMessage(), e);
        }
    }
}
