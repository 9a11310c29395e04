package org.masthead.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The inbox benchmark's reference: the full-text statement {@link SubmissionStore#search} issues,
 * run with plain JDBC on the same connection, reading each result's id and snippet and nothing
 * more. The store's time over this one is what its own work costs (the rows of the list, the
 * mapping into hits).
 */
public final class SubmissionSearchBench {

    private SubmissionSearchBench() {
    }

    /** Runs the search's SQL for {@code query}; returns how many rows it gave. */
    public static int rawSearch(Database db, String query, boolean byRelevance, int limit) {
        if (!(db.dialect() instanceof SqliteDialect)) throw new IllegalStateException("the raw search is SQLite's");
        SqliteSubmissionIndex.SearchSql q = SqliteSubmissionIndex.searchSql(query, byRelevance, limit);
        if (q == null) return 0;
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                SubmissionRows.bindAll(ps, q.params());
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getLong(1) > 0 && rs.getString(2) != null) n++;
                    }
                }
                return n;
            }
        });
    }
}
