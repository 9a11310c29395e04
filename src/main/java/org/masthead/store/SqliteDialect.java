package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQLite: WAL, foreign keys, busy timeout, and the FTS5 indexes (the inbox's in {@link SqliteSubmissionIndex}). */
public final class SqliteDialect implements SqlDialect {

    public static final int BUSY_TIMEOUT_MS = 5000;

    private final SqliteSubmissionIndex submissions = new SqliteSubmissionIndex();

    @Override
    public String migrationLocation() {
        return "classpath:org/masthead/db/migration/sqlite";
    }

    /** The JDBC URL with the pragmas that must hold on every connection. */
    public static String url(java.nio.file.Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath() + "?journal_mode=WAL&foreign_keys=on&busy_timeout=" + BUSY_TIMEOUT_MS
                + "&synchronous=NORMAL";
    }

    /** Page cache (negative: KiB) of every connection: 8 MB instead of SQLite's 2 MB. */
    static final String EVERYDAY_CACHE = "-8192";
    /** While an import writes: its inserts land all over the inbox's indexes, and each miss is a read of the file. */
    static final String BULK_CACHE = "-65536";

    @Override
    public void bulk(Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size=" + (on ? BULK_CACHE : EVERYDAY_CACHE));
            if (!on) s.execute("PRAGMA shrink_memory");
        }
    }

    @Override
    public void configure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            // WAL with synchronous=NORMAL survives a killed process; only a power cut can lose the last commits.
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA cache_size=" + EVERYDAY_CACHE);
        }
    }

    @Override
    public void index(Connection c, long articleId, String headline, String body, String byline) throws SQLException {
        unindex(c, articleId);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_fts(rowid, headline, body, byline) VALUES (?,?,?,?)")) {
            ps.setLong(1, articleId);
            ps.setString(2, headline);
            ps.setString(3, body);
            ps.setString(4, byline);
            ps.executeUpdate();
        }
    }

    @Override
    public void unindex(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article_fts WHERE rowid = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    @Override
    public void clearIndex(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM article_fts");
        }
    }

    @Override
    public List<Long> search(Connection c, String query, int limit) throws SQLException {
        List<String> terms = SearchQuery.terms(query);
        List<Long> ids = new ArrayList<>();
        if (terms.isEmpty()) return ids;
        if (SearchQuery.needsSubstring(query)) {
            // unicode61 keeps a run of Han characters, or an Arabic word with its prefixes, as one token.
            StringBuilder sql = new StringBuilder("SELECT rowid FROM article_fts WHERE 1=1");
            for (int i = 0; i < terms.size(); i++) sql.append(" AND instr(lower(headline || ' ' || body || ' ' || byline), lower(?)) > 0");
            sql.append(" LIMIT ?");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (String t : terms) ps.setString(i++, t);
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY bm25(article_fts, 5.0, 1.0, 2.0) LIMIT ?")) {
            ps.setString(1, SearchQuery.toFts5(terms));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    @Override
    public void indexSubmissions(Connection c, java.util.Collection<SubmissionText> entries) throws SQLException {
        submissions.index(c, entries);
    }

    @Override
    public void unindexSubmission(Connection c, long id) throws SQLException {
        submissions.unindex(c, id);
    }

    @Override
    public List<TextMatch> searchSubmissions(Connection c, String query, boolean byRelevance, int limit) throws SQLException {
        return submissions.search(c, query, byRelevance, limit);
    }

    @Override
    public SqlCondition submissionMatch(String query) {
        return submissions.condition(query);
    }

    @Override
    public void clearSubmissionIndex(Connection c) throws SQLException {
        submissions.clear(c);
    }

    @Override
    public boolean textAsUtf8Bytes(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA encoding")) {
            return rs.next() && "UTF-8".equalsIgnoreCase(rs.getString(1));
        }
    }

    @Override
    public String integrityCheck(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                if (sb.length() > 0) sb.append('\n');
                sb.append(rs.getString(1));
            }
            return sb.toString();
        }
    }
}
