package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * PostgreSQL (team mode): PostgreSQL's own text search with the 'simple' configuration over
 * words Java folded ({@link TextFolding}), and pg_trgm for substrings in scripts written without
 * spaces between words (decision 0016). The inbox's index is in {@link PostgresSubmissionIndex}.
 */
public final class PostgresDialect implements SqlDialect {

    /** Tables whose id is an identity column a restore may fill with explicit values. */
    private static final List<String> IDENTITY_TABLES = List.of("article", "revision", "series", "series_part", "plan_log", "person",
            "submission", "submission_version", "mail_message", "submission_attachment", "review", "submission_note", "activity",
            "failed_import", "reply", "saved_filter");

    private final PostgresSubmissionIndex submissions = new PostgresSubmissionIndex();

    @Override
    public String migrationLocation() {
        return "classpath:org/masthead/db/migration/postgresql";
    }

    @Override
    public void configure(Connection c) throws SQLException {
        // Nothing per connection: the server keeps its own settings, and instants are stored as numbers, not in its time zone.
    }

    @Override
    public void keepRecordedActors(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL masthead.restoring = 'on'");
        }
    }

    @Override
    public void index(Connection c, long articleId, String headline, String body, String byline) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_search (article_id, words, folded) VALUES (?, "
                + "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B') "
                + "|| setweight(to_tsvector('simple', ?), 'D'), ?) "
                + "ON CONFLICT (article_id) DO UPDATE SET words = excluded.words, folded = excluded.folded")) {
            ps.setLong(1, articleId);
            ps.setString(2, TextFolding.wordText(headline));
            ps.setString(3, TextFolding.wordText(byline));
            ps.setString(4, TextFolding.wordText(body));
            ps.setString(5, TextFolding.fold(headline + ' ' + body + ' ' + byline));
            ps.executeUpdate();
        }
    }

    @Override
    public void unindex(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article_search WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    @Override
    public void clearIndex(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM article_search");
        }
    }

    @Override
    public List<Long> search(Connection c, String query, int limit) throws SQLException {
        List<String> terms = SearchQuery.terms(query);
        List<Long> ids = new ArrayList<>();
        if (terms.isEmpty()) return ids;
        String sql;
        List<Object> params = new ArrayList<>();
        if (SearchQuery.needsSubstring(query)) {
            StringBuilder where = new StringBuilder("SELECT article_id FROM article_search WHERE TRUE");
            for (String t : terms) {
                where.append(" AND folded LIKE ? ESCAPE '\\'");
                params.add(TextFolding.likeAnywhere(t));
            }
            sql = where.append(" ORDER BY article_id LIMIT ?").toString();
        } else {
            // As on SQLite: the last term also matches as a prefix, for search-as-you-type.
            String q = TextFolding.tsquery(terms, true);
            if (q.isEmpty()) return ids;
            sql = "SELECT article_id FROM article_search WHERE words @@ to_tsquery('simple', ?) "
                    + "ORDER BY ts_rank(words, to_tsquery('simple', ?)) DESC, article_id LIMIT ?";
            params.add(q);
            params.add(q);
        }
        params.add(limit);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SubmissionRows.bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    @Override
    public void indexSubmissions(Connection c, Collection<SubmissionText> entries) throws SQLException {
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

    /** Moves each id sequence past the table's highest id, after rows were inserted with ids of their own. */
    @Override
    public void syncIds(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : IDENTITY_TABLES) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce((SELECT max(id) FROM " + table + "), 0) + 1, false)");
            }
        }
    }

    /**
     * There is no counterpart of SQLite's integrity check a client may run: the server checks its
     * pages itself (checksums, WAL), and amcheck needs an administrator.
     */
    @Override
    public String integrityCheck(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            return rs.next() ? "ok" : "no answer from the server";
        }
    }
}
