package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.masthead.model.SearchHit;
import org.masthead.store.SqlDialect.SqlCondition;
import org.masthead.store.SqlDialect.TextMatch;

/**
 * The inbox's two FTS5 indexes (schema 5). {@code submission_fts} tokenises with
 * {@code unicode61 remove_diacritics 2}, so "cafe" finds "Café"; it cannot split Chinese or
 * Japanese into words, nor find an Arabic word behind its attached article, so queries in those
 * scripts go to {@code submission_trigram}, which matches any substring of three or more
 * characters. It holds only submissions with text in those scripts (the only ones such a query
 * can match). A term of one or two characters is matched with LIKE over that smaller table.
 *
 * <p>rowid is the submission id, so newest first is {@code ORDER BY rowid DESC LIMIT n}, which
 * FTS5 answers by walking its doclists backwards and stopping after n rows: no sort of every
 * match, however common the word.
 */
final class SqliteSubmissionIndex {

    private static final String OPEN = SearchHit.OPEN;
    private static final String CLOSE = SearchHit.CLOSE;
    private static final int SNIPPET_TOKENS = 16;
    private static final int LIKE_SNIPPET_CHARS = 40;

    /** Deletes and inserts in batches: one prepare per statement however many entries. */
    void index(Connection c, Collection<SqlDialect.SubmissionText> entries) throws SQLException {
        if (entries.isEmpty()) return;
        for (String table : new String[] {"submission_fts", "submission_trigram"}) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE rowid = ?")) {
                for (SqlDialect.SubmissionText e : entries) {
                    ps.setLong(1, e.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement fts = c.prepareStatement("INSERT INTO submission_fts (rowid, title, body, author, attachments) VALUES (?,?,?,?,?)");
             PreparedStatement tri = c.prepareStatement("INSERT INTO submission_trigram (rowid, text) VALUES (?,?)")) {
            boolean anyTrigram = false;
            for (SqlDialect.SubmissionText e : entries) {
                fts.setLong(1, e.id());
                fts.setString(2, e.title());
                fts.setString(3, e.body());
                fts.setString(4, e.author());
                fts.setString(5, e.attachments());
                fts.addBatch();
                String all = e.title() + '\n' + e.author() + '\n' + e.body() + '\n' + e.attachments();
                if (SearchQuery.needsSubstring(all)) {
                    tri.setLong(1, e.id());
                    tri.setString(2, all);
                    tri.addBatch();
                    anyTrigram = true;
                }
            }
            fts.executeBatch();
            if (anyTrigram) tri.executeBatch();
        }
    }

    void unindex(Connection c, long id) throws SQLException {
        for (String table : new String[] {"submission_fts", "submission_trigram"}) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE rowid = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM submission_fts");
            s.execute("DELETE FROM submission_trigram");
        }
    }

    /** A query taken apart: which index, the MATCH expression (null: none) and the LIKE patterns. */
    private record Plan(boolean trigram, String match, List<String> likes, List<String> terms) {
        boolean empty() {
            return terms.isEmpty();
        }
    }

    private static Plan plan(String query) {
        List<String> terms = new ArrayList<>();
        for (String t : SearchQuery.terms(query)) {
            // "*", "(" or "-" alone tokenise to nothing; FTS5 would read an empty phrase as a syntax error.
            if (t.codePoints().anyMatch(Character::isLetterOrDigit)) terms.add(t);
        }
        if (!SearchQuery.needsSubstring(query)) {
            StringBuilder m = new StringBuilder();
            for (String t : terms) m.append(m.length() == 0 ? "" : " ").append('"').append(t).append('"');
            return new Plan(false, terms.isEmpty() ? null : m.toString(), List.of(), terms);
        }
        StringBuilder m = new StringBuilder();
        List<String> likes = new ArrayList<>();
        for (String t : terms) {
            if (t.codePointCount(0, t.length()) >= 3) {
                m.append(m.length() == 0 ? "" : " ").append('"').append(t).append('"');
            } else {
                likes.add("%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return new Plan(true, m.length() == 0 ? null : m.toString(), likes, terms);
    }

    SqlCondition condition(String query) {
        Plan p = plan(query);
        if (p.empty()) return new SqlCondition("1 = 0", List.of());
        String table = p.trigram() ? "submission_trigram" : "submission_fts";
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("s.id IN (SELECT rowid FROM " + table + " WHERE 1 = 1");
        if (p.match() != null) {
            sql.append(" AND ").append(table).append(" MATCH ?");
            params.add(p.match());
        }
        for (String like : p.likes()) {
            sql.append(" AND text LIKE ? ESCAPE '\\'");
            params.add(like);
        }
        return new SqlCondition(sql.append(')').toString(), params);
    }

    /** The statement a search runs: its SQL, the values of its placeholders, and how to read a result's snippet. */
    record SearchSql(String sql, List<Object> params, boolean snippetInSql, List<String> terms) {
    }

    /** The SQL of {@link #search}, or {@code null} when the query has no words to look for. */
    static SearchSql searchSql(String query, boolean byRelevance, int limit) {
        Plan p = plan(query);
        if (p.empty()) return null;
        String table = p.trigram() ? "submission_trigram" : "submission_fts";
        boolean snippetInSql = p.match() != null;
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT rowid, ");
        if (snippetInSql) {
            sql.append("snippet(").append(table).append(", -1, ?, ?, '\u2026', ").append(SNIPPET_TOKENS).append(')');
            params.add(OPEN);
            params.add(CLOSE);
        } else {
            sql.append("text");
        }
        sql.append(" FROM ").append(table).append(" WHERE 1 = 1");
        if (p.match() != null) {
            sql.append(" AND ").append(table).append(" MATCH ?");
            params.add(p.match());
        }
        for (String like : p.likes()) {
            sql.append(" AND text LIKE ? ESCAPE '\\'");
            params.add(like);
        }
        if (byRelevance && p.match() != null) {
            sql.append(p.trigram() ? " ORDER BY rank" : " ORDER BY bm25(submission_fts, 10.0, 1.0, 3.0, 1.0)");
        } else {
            sql.append(" ORDER BY rowid DESC");
        }
        sql.append(" LIMIT ?");
        params.add(limit);
        return new SearchSql(sql.toString(), params, snippetInSql, p.terms());
    }

    List<TextMatch> search(Connection c, String query, boolean byRelevance, int limit) throws SQLException {
        List<TextMatch> out = new ArrayList<>();
        SearchSql q = searchSql(query, byRelevance, limit);
        if (q == null) return out;
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            SubmissionRows.bindAll(ps, q.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(2);
                    out.add(new TextMatch(rs.getLong(1), q.snippetInSql() ? text : likeSnippet(text, q.terms())));
                }
            }
        }
        return out;
    }

    /**
     * The snippet of a match found by LIKE alone (only one- and two-character terms), which
     * FTS5's snippet() cannot mark: the text around the first term, every term in it marked.
     */
    static String likeSnippet(String text, List<String> terms) {
        String flat = text.replace('\n', ' ');
        String folded = flat.toLowerCase(Locale.ROOT);
        // Lower-casing can change the length (İ): then match as written, so positions agree.
        String lower = folded.length() == flat.length() ? folded : flat;
        int at = lower.indexOf(terms.get(0).toLowerCase(Locale.ROOT));
        if (at < 0) at = 0;
        int from = Math.max(0, at - LIKE_SNIPPET_CHARS);
        int to = Math.min(flat.length(), at + LIKE_SNIPPET_CHARS);
        if (from > 0 && Character.isLowSurrogate(flat.charAt(from))) from--;
        if (to < flat.length() && Character.isLowSurrogate(flat.charAt(to))) to++;
        String window = flat.substring(from, to);
        String windowLower = lower.substring(from, to);
        StringBuilder sb = new StringBuilder(from > 0 ? "\u2026" : "");
        int i = 0;
        while (i < window.length()) {
            int best = -1;
            int len = 0;
            for (String t : terms) {
                int k = windowLower.indexOf(t.toLowerCase(Locale.ROOT), i);
                if (k >= 0 && (best < 0 || k < best)) {
                    best = k;
                    len = t.length();
                }
            }
            if (best < 0 || len == 0) break;
            sb.append(window, i, best).append(OPEN).append(window, best, best + len).append(CLOSE);
            i = best + len;
        }
        sb.append(window.substring(i));
        if (to < flat.length()) sb.append('\u2026');
        return sb.toString();
    }
}
