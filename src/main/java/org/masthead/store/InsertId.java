package org.masthead.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An INSERT whose id the database gives, or (a restore) the row brings. Portable: PostgreSQL's
 * identity columns refuse an explicit NULL id, which SQLite reads as "give one"; {@code RETURNING
 * id} works in both (SQLite since 3.35).
 */
final class InsertId {

    private InsertId() {
    }

    /**
     * {@code INSERT INTO t (a, b) VALUES (?,?)} as it must run: with an {@code id} column and
     * placeholder added last when the row has its own id, else followed by {@code RETURNING id}.
     */
    static String sql(String insert, boolean ownId) {
        if (!ownId) return insert + " RETURNING id";
        int cols = insert.indexOf(')');
        int values = insert.lastIndexOf(')');
        return insert.substring(0, cols) + ", id" + insert.substring(cols, values) + ",?" + insert.substring(values);
    }

    /**
     * Runs a statement made by {@link #sql}, its other placeholders bound: binds {@code id} at
     * {@code idIndex} when it is the row's own (positive), and gives the row's id.
     */
    static long run(PreparedStatement ps, int idIndex, long id) throws SQLException {
        if (id > 0) {
            ps.setLong(idIndex, id);
            ps.executeUpdate();
            return id;
        }
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
