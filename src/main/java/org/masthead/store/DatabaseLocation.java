package org.masthead.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a Masthead database is: an SQLite file (the default, one person) or a database on a
 * PostgreSQL server (a team), written {@code postgresql://USER@HOST[:PORT]/DB} wherever a
 * database path is accepted ({@code --db}, {@code MASTHEAD_DB}).
 */
public sealed interface DatabaseLocation {

    /** A name for titles and messages. */
    String describe();

    /** An SQLite file. */
    record SqliteFile(Path file) implements DatabaseLocation {
        @Override
        public String describe() {
            return file.toString();
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /** A database on a PostgreSQL server; the password is never part of it (see {@link PgPassword}). */
    record Postgres(String user, String host, int port, String database) implements DatabaseLocation {

        public static final int DEFAULT_PORT = 5432;

        @Override
        public String describe() {
            return "postgresql://" + user + "@" + hostForUrl() + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
        }

        @Override
        public String toString() {
            return describe();
        }

        private String hostForUrl() {
            return host.contains(":") ? "[" + host + "]" : host;
        }

        /** The JDBC URL, without user or password (they go in the connection's properties). */
        public String jdbcUrl() {
            return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + database;
        }
    }

    /** Whether the text names a PostgreSQL database rather than a file. */
    static boolean isPostgres(String text) {
        return text != null && (text.startsWith("postgresql://") || text.startsWith("postgres://"));
    }

    /**
     * A location as the user wrote it: a {@code postgresql://} URL, else a file path.
     * {@code defaultUser} stands in for a URL without {@code USER@}, as in PostgreSQL's own tools.
     *
     * @throws IllegalArgumentException with a message for the user when the URL is not one
     */
    static DatabaseLocation parse(String text, String defaultUser) {
        if (!isPostgres(text)) return new SqliteFile(Path.of(text));
        URI u;
        try {
            u = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a database address like postgresql://USER@HOST[:PORT]/DB (" + e.getReason() + ")");
        }
        String raw = u.getRawUserInfo();
        if (raw != null && raw.contains(":")) {
            throw new IllegalArgumentException("put the password in PGPASSWORD or ~/.pgpass, not in the address " + text.replaceAll(":[^:@/]*@", ":***@"));
        }
        String user = raw == null || raw.isEmpty() ? defaultUser : URLDecoder.decode(raw, StandardCharsets.UTF_8);
        String host = u.getHost();
        String path = u.getRawPath();
        if (host == null || host.isEmpty() || path == null || path.length() < 2 || path.indexOf('/', 1) >= 0 || u.getRawQuery() != null) {
            throw new IllegalArgumentException("'" + text + "' is not a database address like postgresql://USER@HOST[:PORT]/DB");
        }
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        if (user == null || user.isBlank()) throw new IllegalArgumentException("'" + text + "' names no user: postgresql://USER@HOST[:PORT]/DB");
        return new Postgres(user, host, u.getPort() < 0 ? Postgres.DEFAULT_PORT : u.getPort(),
                URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8));
    }
}
