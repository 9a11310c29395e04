package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The newest matches of an inbox search on PostgreSQL, without making the server find every match
 * to keep the newest (decision 0021). A GIN index knows which rows match but not in what order, so
 * "newest first, first 100" costs either a walk down the primary key checking each row (fast for
 * common words, slow for rare ones) or every match fetched and sorted (the other way round), and
 * the planner, which cannot tell what checking a row costs, picks badly in between. So this class
 * decides, from what it sees:
 * <ol>
 * <li>a <b>probe</b> walks the newest {@value #PROBE} rows of the table (submission_search for
 * words; submission_substrings, only the texts in Chinese, Arabic..., for substrings) and stops at
 * the matches wanted; a common term ends here;</li>
 * <li>the walk goes on while the rows left to walk, at the rate of matches seen, are few;</li>
 * <li>else, for words ({@link Mode#WINDOWS}), windows of ids sized from that rate (twice the ids
 * expected to hold the rest), each answered by the words index and the primary key together (a
 * bitmap AND: only the window's matches are fetched); for substrings
 * ({@link Mode#WALK_THEN_INDEX}), the trigram index answers for everything older at once once
 * that is expected to recheck fewer rows than walking on would (the rare terms; the planner cannot
 * AND the trigram index with a range, its estimates for LIKE being blind). A term shorter than a
 * trigram is only walked ({@link Mode#WALK}).</li>
 * </ol>
 */
final class PostgresNewestFirst {

    /** How the rows after the probe are found. */
    enum Mode { WINDOWS, WALK_THEN_INDEX, WALK }

    /** Rows the probe walks. */
    static final int PROBE = 300;
    /** Fewer rows than this left to walk for words (about 1 ms), and walking on beats asking the index for a window. */
    private static final int WALK_RATHER_THAN_WINDOW = 400;
    /** At most this many rows per later walking step, so a rate seen wrong is corrected soon. */
    private static final int STEP_MAX = 4_000;

    private final Connection c;
    private final String table;
    private final SqlDialect.SqlCondition check;
    private final SqlDialect.SqlCondition indexed;
    private final Mode mode;
    /** The table's row count as the server last estimated it, read once per search when first needed. */
    private Double tableRows;

    /**
     * {@code check}: the condition a matching row of {@code table} meets, the cheapest to test row
     * by row; {@code indexed}: the same condition as its index answers it.
     */
    PostgresNewestFirst(Connection c, String table, SqlDialect.SqlCondition check, SqlDialect.SqlCondition indexed, Mode mode) {
        this.c = c;
        this.table = table;
        this.check = check;
        this.indexed = indexed;
        this.mode = mode;
    }

    /** The ids of the newest {@code limit} matches, newest first. */
    List<Long> ids(int limit) throws SQLException {
        List<Long> out = new ArrayList<>(limit);
        long[] bounds = bounds();
        if (bounds == null) return out;
        long lowest = bounds[0];
        long top = bounds[1] + 1;
        Walk w = walk(top, PROBE, limit, out);
        long walked = w.rows;
        long hi = w.boundary; // exclusive: every id below it not yet looked at
        while (out.size() < limit && !w.end && hi > lowest) {
            int need = limit - out.size();
            double perRow = Math.max(out.size(), 0.5) / walked;
            double walkRows = need / perRow;
            boolean walkOn = switch (mode) {
                case WALK -> true;
                case WINDOWS -> walkRows < WALK_RATHER_THAN_WINDOW;
                case WALK_THEN_INDEX -> walkRows < perRow * rowsBelow(hi, lowest, bounds[1]) * 1.5;
            };
            if (walkOn) {
                w = walk(hi, (int) Math.min(STEP_MAX, Math.max(PROBE, Math.ceil(walkRows * 1.5))), need, out);
                walked += w.rows;
                hi = w.boundary;
            } else if (mode == Mode.WALK_THEN_INDEX) {
                window(lowest, hi, need, out);
                break;
            } else {
                double perId = Math.max(out.size(), 0.5) / (top - hi);
                long lo = Math.max(lowest, hi - (long) Math.ceil(2 * need / perId));
                window(lo, hi, need, out);
                hi = lo;
            }
        }
        return out;
    }

    /** The lowest and highest id, or null when the table is empty. */
    private long[] bounds() throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT min(id), max(id) FROM " + table)) {
            if (!rs.next() || rs.getObject(2) == null) return null;
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** Rows walked, the lowest id among them, and whether the table ended there. */
    private record Walk(long rows, long boundary, boolean end) {
    }

    /**
     * The next {@code rows} rows below {@code hi}, newest first: their matches, up to {@code need}
     * (where the walk stops), added to {@code out}; and, in the same statement, where those rows end.
     */
    private Walk walk(long hi, int rows, int need, List<Long> out) throws SQLException {
        String column = table.equals("submission_search") ? "words" : "text";
        String sql = "(SELECT id, 1 AS kind, 0 AS n FROM (SELECT id, " + column + " FROM " + table + " WHERE id < ? ORDER BY id DESC LIMIT ?) w"
                + " WHERE " + check.sql() + " LIMIT ?) UNION ALL (SELECT min(id), 2, count(*) FROM (SELECT id FROM " + table
                + " WHERE id < ? ORDER BY id DESC LIMIT ?) b)";
        List<Object> params = new ArrayList<>(List.of(hi, rows));
        params.addAll(check.params());
        params.addAll(List.of(need, hi, rows));
        List<Long> hits = new ArrayList<>();
        long seen = 0;
        long boundary = hi;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SubmissionRows.bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(2) == 1) {
                        hits.add(rs.getLong(1));
                    } else if ((seen = rs.getLong(3)) > 0) {
                        boundary = rs.getLong(1);
                    }
                }
            }
        }
        hits.sort(Comparator.reverseOrder());
        out.addAll(hits);
        return new Walk(seen, boundary, seen < rows);
    }

    /** Rows of the table with ids in [lowest, hi), estimated from its row count and the id range. */
    private double rowsBelow(long hi, long lowest, long highest) throws SQLException {
        if (tableRows == null) {
            tableRows = 0.0;
            try (PreparedStatement ps = c.prepareStatement("SELECT reltuples FROM pg_class WHERE oid = ?::regclass")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) tableRows = rs.getDouble(1);
                }
            }
        }
        double all = tableRows;
        if (all <= 0) return Double.MAX_VALUE; // never analysed (a new database, still small): walk it
        return all * (hi - lowest) / Math.max(1, highest - lowest + 1);
    }

    /**
     * The newest {@code need} matches with ids in [lo, hi), the planner told to use bitmaps (the
     * match's index ANDed with the primary key's range, where it can) rather than walk the primary key.
     */
    private void window(long lo, long hi, int need, List<Long> out) throws SQLException {
        String sql = "SELECT id FROM " + table + " WHERE " + indexed.sql() + " AND id >= ? AND id < ? ORDER BY id DESC LIMIT ?";
        List<Object> params = new ArrayList<>(indexed.params());
        params.addAll(List.of(lo, hi, need));
        try (Statement st = c.createStatement()) {
            st.execute("SET enable_indexscan = off");
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SubmissionRows.bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("RESET enable_indexscan");
            }
        }
    }
}
