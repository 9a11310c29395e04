package org.masthead.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The team benchmark's few reads and its clean-up, which no store offers (SQL stays in the
 * store layer): every id of a table, note texts, dropping a login, a failure's SQLSTATE.
 */
public final class TeamBenchQueries {

    private TeamBenchQueries() {
    }

    /** Every article's id, trashed ones included, in id order. */
    public static List<Long> articleIds(Database db) {
        return ids(db, "SELECT id FROM article ORDER BY id");
    }

    /** Every submission's id (not other mail), in id order. */
    public static List<Long> submissionIds(Database db) {
        return ids(db, "SELECT id FROM submission WHERE kind = 'submission' ORDER BY id");
    }

    private static List<Long> ids(Database db, String sql) {
        return db.read(c -> {
            List<Long> l = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) l.add(rs.getLong(1));
            }
            return l;
        });
    }

    /** The text of every note that starts with {@code prefix}. */
    public static List<String> noteTexts(Database db, String prefix) {
        return db.read(c -> {
            List<String> l = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT text FROM submission_note WHERE text LIKE ? ESCAPE '\\'")) {
                ps.setString(1, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) l.add(rs.getString(1));
                }
            }
            return l;
        });
    }

    /** Drops a login of the server (its rows keep its name as text). */
    public static void dropLogin(Database db, String login) {
        db.read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DROP ROLE IF EXISTS " + TeamSetup.ident(login));
            }
            return null;
        });
    }

    /** The SQLSTATE of the first SQL failure among {@code e} and its causes, or null. */
    public static String sqlState(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && s.getSQLState() != null) return s.getSQLState();
        }
        return null;
    }
}
