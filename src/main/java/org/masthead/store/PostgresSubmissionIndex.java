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
 * The inbox's search index on PostgreSQL: {@code submission_search} (schema 5) holds a 'simple'
 * tsvector of the folded words under a GIN index and the texts snippets are cut from; for
 * submissions with Chinese, Japanese, Korean, Arabic or Hebrew text, {@code submission_substrings}
 * (schema 7) holds the folded text under a trigram index. A query in those scripts matches as
 * substrings (LIKE, which pg_trgm's index answers for terms of three or more characters); any
 * other query matches whole words. The same split as {@link SqliteSubmissionIndex}. Newest-first
 * results come from {@link PostgresNewestFirst}; by relevance, from ts_rank over every match.
 */
final class PostgresSubmissionIndex {

    private static final String WORDS = "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B') "
            + "|| setweight(to_tsvector('simple', ?), 'C') || setweight(to_tsvector('simple', ?), 'D')";

    void index(Connection c, Collection<SqlDialect.SubmissionText> entries) throws SQLException {
        if (entries.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission_search (id, words, title, body, author, attachments) "
                + "VALUES (?, " + WORDS + ", ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET words = excluded.words, "
                + "title = excluded.title, body = excluded.body, author = excluded.author, attachments = excluded.attachments");
             PreparedStatement drop = c.prepareStatement("DELETE FROM submission_substrings WHERE id = ANY (?)");
             PreparedStatement sub = c.prepareStatement("INSERT INTO submission_substrings (id, text) VALUES (?, ?) "
                     + "ON CONFLICT (id) DO UPDATE SET text = excluded.text")) {
            List<Long> wordsOnly = new ArrayList<>();
            for (SqlDialect.SubmissionText e : entries) {
                String all = all(e.title(), e.author(), e.body(), e.attachments());
                int i = 1;
                ps.setLong(i++, e.id());
                ps.setString(i++, TextFolding.wordText(e.title()));
                ps.setString(i++, TextFolding.wordText(e.author()));
                ps.setString(i++, TextFolding.wordText(e.attachments()));
                ps.setString(i++, TextFolding.wordText(e.body()));
                ps.setString(i++, e.title());
                ps.setString(i++, e.body());
                ps.setString(i++, e.author());
                ps.setString(i, e.attachments());
                ps.addBatch();
                if (SearchQuery.needsSubstring(all)) {
                    sub.setLong(1, e.id());
                    sub.setString(2, TextFolding.fold(all));
                    sub.addBatch();
                } else {
                    wordsOnly.add(e.id()); // an earlier text of it may have had some
                }
            }
            ps.executeBatch();
            if (!wordsOnly.isEmpty()) {
                drop.setArray(1, c.createArrayOf("bigint", wordsOnly.toArray()));
                drop.executeUpdate();
            }
            sub.executeBatch();
        }
    }

    private static String all(String title, String author, String body, String attachments) {
        return title + '\n' + author + '\n' + body + '\n' + attachments;
    }

    void unindex(Connection c, long id) throws SQLException {
        for (String table : List.of("submission_search", "submission_substrings")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM submission_search");
            s.execute("DELETE FROM submission_substrings");
        }
    }

    /**
     * A query taken apart: substring or word matching, its terms, and the WHERE clause over its
     * table, submission_substrings (column text) or submission_search (column words).
     */
    private record Plan(boolean substrings, List<String> terms, String where, List<Object> params) {
        String table() {
            return substrings ? "submission_substrings" : "submission_search";
        }
    }

    private static Plan plan(String query) {
        List<String> terms = new ArrayList<>();
        for (String t : SearchQuery.terms(query)) {
            if (t.codePoints().anyMatch(Character::isLetterOrDigit)) terms.add(t);
        }
        if (terms.isEmpty()) return null;
        List<Object> params = new ArrayList<>();
        if (SearchQuery.needsSubstring(query)) {
            StringBuilder where = new StringBuilder();
            for (String t : terms) {
                if (where.length() > 0) where.append(" AND ");
                where.append("text LIKE ? ESCAPE '\\'");
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
        return new SqlCondition("s.id IN (SELECT id FROM " + p.table() + " WHERE " + p.where() + ")", p.params());
    }

    List<TextMatch> search(Connection c, String query, boolean byRelevance, int limit) throws SQLException {
        Plan p = plan(query);
        if (p == null || limit <= 0) return new ArrayList<>();
        List<Long> ids;
        if (byRelevance && !p.substrings()) {
            ids = new ArrayList<>();
            String sql = "SELECT id FROM submission_search WHERE " + p.where() + " ORDER BY ts_rank(words, to_tsquery('simple', ?)) DESC, id DESC LIMIT ?";
            List<Object> params = new ArrayList<>(p.params());
            params.add(p.params().get(0));
            params.add(limit);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                SubmissionRows.bindAll(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
        } else {
            int shortest = p.terms().stream().mapToInt(t -> t.codePointCount(0, t.length())).min().orElse(0);
            SqlCondition indexed = new SqlCondition(p.where(), p.params());
            PostgresNewestFirst.Mode mode = !p.substrings() ? PostgresNewestFirst.Mode.WINDOWS
                    : shortest < 3 ? PostgresNewestFirst.Mode.WALK : PostgresNewestFirst.Mode.WALK_THEN_INDEX;
            ids = new PostgresNewestFirst(c, p.table(), p.substrings() ? strpos(p.terms()) : indexed, indexed, mode).ids(limit);
        }
        return matches(c, ids, p);
    }

    /** Every term somewhere in the folded text: what LIKE '%term%' asks, but checked faster than LIKE does. */
    private static SqlCondition strpos(List<String> terms) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (String t : terms) {
            if (sql.length() > 0) sql.append(" AND ");
            sql.append("strpos(text, ?) > 0");
            params.add(TextFolding.fold(t));
        }
        return new SqlCondition(sql.toString(), params);
    }

    /** The hits in the order of {@code ids}, each with its snippet. */
    private static List<TextMatch> matches(Connection c, List<Long> ids, Plan p) throws SQLException {
        List<TextMatch> out = new ArrayList<>(ids.size());
        if (ids.isEmpty()) return out;
        java.util.Map<Long, String> texts = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title, author, body, attachments FROM submission_search WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) texts.put(rs.getLong(1), all(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        for (long id : ids) {
            String text = texts.get(id);
            if (text != null) out.add(new TextMatch(id, TextFolding.snippet(text, p.terms(), p.substrings())));
        }
        return out;
    }
}
