package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.masthead.store.SqlDialect.SqlCondition;
import org.masthead.store.SqlDialect.TextMatch;

/**
 * The inbox's search index on PostgreSQL ({@code submission_search}, schema 5): a 'simple'
 * tsvector of the folded words under a GIN index, and, for submissions with Chinese, Japanese,
 * Korean, Arabic or Hebrew text, the folded text under a trigram index. A query in those scripts
 * matches as substrings (LIKE, which pg_trgm's index answers for terms of three or more
 * characters); any other query matches whole words. The same split as {@link SqliteSubmissionIndex}.
 */
final class PostgresSubmissionIndex {

    private static final String WORDS = "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B') "
            + "|| setweight(to_tsvector('simple', ?), 'C') || setweight(to_tsvector('simple', ?), 'D')";

    void index(Connection c, Collection<SqlDialect.SubmissionText> entries) throws SQLException {
        if (entries.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission_search (id, words, substrings, title, body, author, attachments) "
                + "VALUES (?, " + WORDS + ", ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET words = excluded.words, "
                + "substrings = excluded.substrings, title = excluded.title, body = excluded.body, author = excluded.author, "
                + "attachments = excluded.attachments")) {
            for (SqlDialect.SubmissionText e : entries) {
                String all = all(e.title(), e.author(), e.body(), e.attachments());
                int i = 1;
                ps.setLong(i++, e.id());
                ps.setString(i++, TextFolding.wordText(e.title()));
                ps.setString(i++, TextFolding.wordText(e.author()));
                ps.setString(i++, TextFolding.wordText(e.attachments()));
                ps.setString(i++, TextFolding.wordText(e.body()));
                ps.setString(i++, SearchQuery.needsSubstring(all) ? TextFolding.fold(all) : null);
                ps.setString(i++, e.title());
                ps.setString(i++, e.body());
                ps.setString(i++, e.author());
                ps.setString(i, e.attachments());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String all(String title, String author, String body, String attachments) {
        return title + '\n' + author + '\n' + body + '\n' + attachments;
    }

    void unindex(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM submission_search WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM submission_search");
        }
    }

    /** A query taken apart: substring or word matching, its terms, and the WHERE clause over submission_search. */
    private record Plan(boolean substrings, List<String> terms, String where, List<Object> params) {
    }

    private static Plan plan(String query) {
        List<String> terms = new ArrayList<>();
        for (String t : SearchQuery.terms(query)) {
            if (t.codePoints().anyMatch(Character::isLetterOrDigit)) terms.add(t);
        }
        if (terms.isEmpty()) return null;
        List<Object> params = new ArrayList<>();
        if (SearchQuery.needsSubstring(query)) {
            StringBuilder where = new StringBuilder("substrings IS NOT NULL");
            for (String t : terms) {
                where.append(" AND substrings LIKE ? ESCAPE '\\'");
                params.add(TextFolding.likeAnywhere(t));
            }
            return new Plan(true, terms, where.toString(), params);
        }
        params.add(TextFolding.tsquery(terms, false));
        return new Plan(false, terms, "words @@ to_tsquery('simple', ?)", params);
    }

    SqlCondition condition(String query) {
        Plan p = plan(query);
        if (p == null) return new SqlCondition("1 = 0", List.of());
        return new SqlCondition("s.id IN (SELECT id FROM submission_search WHERE " + p.where() + ")", p.params());
    }

    List<TextMatch> search(Connection c, String query, boolean byRelevance, int limit) throws SQLException {
        List<TextMatch> out = new ArrayList<>();
        Plan p = plan(query);
        if (p == null) return out;
        List<Object> params = new ArrayList<>(p.params());
        StringBuilder sql = new StringBuilder("SELECT id, title, author, body, attachments FROM submission_search WHERE ").append(p.where());
        if (byRelevance && !p.substrings()) {
            sql.append(" ORDER BY ts_rank(words, to_tsquery('simple', ?)) DESC, id DESC");
            params.add(p.params().get(0));
        } else {
            sql.append(" ORDER BY id DESC");
        }
        sql.append(" LIMIT ?");
        params.add(limit);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            SubmissionRows.bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String text = all(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                    out.add(new TextMatch(rs.getLong(1), TextFolding.snippet(text, p.terms(), p.substrings())));
                }
            }
        }
        return out;
    }
}
