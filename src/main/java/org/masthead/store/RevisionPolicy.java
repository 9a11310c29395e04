package org.masthead.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.masthead.model.Revision;

/**
 * When a revision is kept, and which are pruned.
 *
 * <p>Kept: on every explicit save, publish and restore; during autosave at most once per
 * {@link #AUTOSAVE_INTERVAL}. A save whose content equals the newest revision keeps none
 * (publishing still marks it).
 *
 * <p>Pruning, after each new revision: the newest {@link #KEEP_NEWEST} revisions and every
 * published version are always kept. Of the older ones, the newest revision of each calendar
 * day (UTC) is kept and the rest are dropped. So a long history thins to one a day but the
 * recent past stays complete.
 */
public final class RevisionPolicy {

    public static final int KEEP_NEWEST = 50;
    public static final Duration AUTOSAVE_INTERVAL = Duration.ofMinutes(1);

    void keep(Connection c, long articleId, ArticleStore.SaveKind kind, String json, int words, boolean published, Instant at)
            throws SQLException {
        String sha = sha256(json);
        Instant now = at == null ? Instant.now() : at;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, content_sha, created_at, kind FROM revision WHERE article_id = ? ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (rs.getString(2).equals(sha)) {
                        if (published) markPublished(c, rs.getLong(1));
                        return;
                    }
                    if (kind == ArticleStore.SaveKind.AUTOSAVE) {
                        Instant last = lastAutosave(c, articleId);
                        if (last != null && Duration.between(last, now).compareTo(AUTOSAVE_INTERVAL) < 0) return;
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO revision (article_id, created_at, kind, word_count, published, content_sha, content) VALUES (?,?,?,?,?,?,?)")) {
            ps.setLong(1, articleId);
            ps.setLong(2, now.toEpochMilli());
            ps.setString(3, kind.key);
            ps.setInt(4, words);
            ps.setInt(5, published ? 1 : 0);
            ps.setString(6, sha);
            ps.setString(7, json);
            ps.executeUpdate();
        }
        prune(c, articleId);
    }

    private static Instant lastAutosave(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT max(created_at) FROM revision WHERE article_id = ? AND kind = 'autosave'")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                long v = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() ? null : Instant.ofEpochMilli(v);
            }
        }
    }

    private static void markPublished(Connection c, long revisionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE revision SET published = 1, kind = 'publish' WHERE id = ?")) {
            ps.setLong(1, revisionId);
            ps.executeUpdate();
        }
    }

    /** Applies the pruning rule of this class to one article. */
    void prune(Connection c, long articleId) throws SQLException {
        List<long[]> rows = new ArrayList<>(); // id, created_at, published
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, created_at, published FROM revision WHERE article_id = ? ORDER BY created_at DESC, id DESC")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            }
        }
        if (rows.size() <= KEEP_NEWEST) return;
        Set<Long> daysSeen = new HashSet<>();
        List<Long> drop = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long[] r = rows.get(i);
            long day = Instant.ofEpochMilli(r[1]).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
            boolean keep = i < KEEP_NEWEST || r[2] == 1 || daysSeen.add(day) && i >= KEEP_NEWEST;
            if (i < KEEP_NEWEST) daysSeen.add(day);
            if (!keep) drop.add(r[0]);
        }
        if (drop.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM revision WHERE id = ?")) {
            for (long id : drop) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<Revision> list(Connection c, long articleId) throws SQLException {
        List<Revision> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, created_at, kind, word_count, published FROM revision WHERE article_id = ? ORDER BY created_at DESC, id DESC")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Revision(rs.getLong(1), articleId, Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                            rs.getInt(4), rs.getInt(5) == 1));
                }
            }
        }
        return out;
    }

    String content(Connection c, long revisionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM revision WHERE id = ?")) {
            ps.setLong(1, revisionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no revision " + revisionId);
                return rs.getString(1);
            }
        }
    }

    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
