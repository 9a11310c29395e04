package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements kept for the length of one transaction, so that saving a batch of
 * 5,000 messages prepares each INSERT once, not 5,000 times (SQLite's prepare costs about as
 * much as a small insert). Statements from here are not closed by their users; closing the
 * cache closes them.
 */
final class StatementCache implements AutoCloseable {

    private final Connection c;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    StatementCache(Connection c) {
        this.c = c;
    }

    Connection connection() {
        return c;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                if (first == null) first = e;
            }
        }
        statements.clear();
        if (first != null) throw first;
    }
}
