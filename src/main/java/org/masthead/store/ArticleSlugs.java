package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.model.Slugs;

/**
 * The {@code article.slug} column: set once, from the headline of the first published
 * version, unique among articles, never changed afterwards (docs/urls.md).
 */
final class ArticleSlugs {

    private ArticleSlugs() {
    }

    /** Every article's slug that is set, by id. */
    static Map<Long, String> all(Connection c) throws SQLException {
        Map<Long, String> m = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, slug FROM article WHERE slug IS NOT NULL")) {
            while (rs.next()) m.put(rs.getLong(1), rs.getString(2));
        }
        return m;
    }

    /** Gives the article a slug from {@code headline} unless it has one. */
    static void assignIfMissing(Connection c, long id, String headline) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT slug FROM article WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) != null) return;
            }
        }
        set(c, id, Slugs.unique(Slugs.ofArticle(id, headline), s -> taken(c, s)));
    }

    /** Assigns a slug to every article with a published version and none yet. */
    static void assignMissing(Connection c, ContentCodec codec) throws SQLException {
        record Missing(long id, String publishedJson) {
        }
        List<Missing> missing = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, published_content FROM article WHERE slug IS NULL AND published_content IS NOT NULL ORDER BY id")) {
            while (rs.next()) missing.add(new Missing(rs.getLong(1), rs.getString(2)));
        }
        for (Missing m : missing) assignIfMissing(c, m.id(), codec.read(m.publishedJson()).headline());
    }

    static void set(Connection c, long id, String slug) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET slug = ? WHERE id = ?")) {
            ps.setString(1, slug);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static boolean taken(Connection c, String slug) {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("Database read failed: " + e.getMessage(), e);
        }
    }
}
