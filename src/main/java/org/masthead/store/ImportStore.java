package org.masthead.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.model.Article;
import org.masthead.model.PartStage;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;

/**
 * Bulk writes of an import from outside files: many articles in one transaction, their places
 * in series plans, and, per source file, which article or part it became and the hash of what
 * was imported, so a re-import of an unchanged file writes nothing. The record of each source
 * lives in the {@code setting} table under its key (e.g. {@code import-md:corpus/a.md}) as
 * {@code {"article":ID,"part":ID,"sha":"..."}}.
 */
public final class ImportStore {

    /** What a source file became last time: an article and/or a series part (0 for none), and the hash imported. */
    public record Source(long articleId, long partId, String sha) {
    }

    /**
     * Where an article (or a planned part without one) goes in a series plan.
     *
     * @param position     the part's place, 1-based; 0 for the first part without an article
     * @param plannedParts the number of parts the series should have at least (0 if unknown)
     */
    public record Placement(String seriesTitle, int position, int plannedParts, String workingTitle, String author) {
    }

    /**
     * One source to write.
     *
     * @param article     the article to save, or {@code null} for a planned part without one
     * @param kind        how the article is saved (decides its revision)
     * @param placement   its place in a series, or {@code null}
     * @param knownPartId the part this source made last time (0 if none)
     */
    public record Entry(String key, String sha, Article article, ArticleStore.SaveKind kind, Placement placement, long knownPartId) {
    }

    /** What an entry became; {@code warning} is {@code null} when all went as asked. */
    public record Outcome(String key, long articleId, long partId, String warning) {
    }

    private final Database db;
    private final ArticleStore articles;
    private final SeriesStore series;
    private final ObjectMapper mapper = new ObjectMapper();

    public ImportStore(Database db, ArticleStore articles) {
        this.db = db;
        this.articles = articles;
        this.series = new SeriesStore(db, articles);
    }

    /** Every source recorded under keys starting with {@code prefix}. */
    public Map<String, Source> sources(String prefix) {
        return db.read(c -> {
            Map<String, Source> m = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting WHERE key >= ? AND key < ?")) {
                ps.setString(1, prefix);
                ps.setString(2, prefix + '\uffff');
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) m.put(rs.getString(1), source(rs.getString(2)));
                }
            }
            return m;
        });
    }

    private Source source(String json) {
        try {
            JsonNode n = mapper.readTree(json);
            return new Source(n.path("article").asLong(0), n.path("part").asLong(0), n.path("sha").asText(""));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Source(0, 0, ""); // a damaged record imports the file again
        }
    }

    /** Writes every entry in one transaction, in order; all or nothing. */
    public List<Outcome> write(List<Entry> entries, Instant now) {
        return db.tx(c -> {
            Map<String, Long> seriesByTitle = seriesByTitle(c);
            List<Outcome> out = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                long articleId = e.article() == null ? 0 : articles.save(c, e.article(), e.kind()).id();
                Outcome o = e.placement() == null ? new Outcome(e.key(), articleId, 0, null)
                        : place(c, e, articleId, seriesByTitle, now);
                ObjectNode rec = mapper.createObjectNode().put("article", o.articleId()).put("part", o.partId()).put("sha", e.sha());
                PublicationStore.putSetting(c, e.key(), rec.toString());
                out.add(o);
            }
            return out;
        });
    }

    private Outcome place(Connection c, Entry e, long articleId, Map<String, Long> seriesByTitle, Instant now) throws SQLException {
        Placement p = e.placement();
        if (articleId != 0) {
            long linked = partOfArticle(c, articleId);
            if (linked != 0) return new Outcome(e.key(), articleId, linked, null); // placed before; the plan is the editors' now
        }
        if (e.knownPartId() != 0 && openPart(c, e.knownPartId())) {
            fill(c, e.knownPartId(), articleId, p);
            return new Outcome(e.key(), articleId, e.knownPartId(), null);
        }
        String titleKey = p.seriesTitle().strip().toLowerCase(Locale.ROOT);
        Long sid = seriesByTitle.get(titleKey);
        if (sid == null) {
            sid = series.insertSeries(c, Series.create(p.seriesTitle(), "", 0, null, now));
            seriesByTitle.put(titleKey, sid);
        }
        List<long[]> parts = parts(c, sid); // id, position, article id, dropped
        int wanted = Math.max(p.plannedParts(), p.position());
        for (int k = parts.size() + 1; k <= wanted; k++) {
            long id = series.writePart(c, SeriesPart.planned("Part " + k).withSeriesId(sid).withPosition(k));
            parts.add(new long[] {id, k, 0, 0});
        }
        long[] target = null;
        String warning = null;
        if (p.position() > 0) {
            target = parts.get(p.position() - 1);
            if (target[2] != 0 || target[3] != 0) {
                warning = "part " + p.position() + " of \u201c" + p.seriesTitle() + "\u201d already has "
                        + (target[3] != 0 ? "been dropped" : "an article (id " + target[2] + ")")
                        + (articleId != 0 ? "; imported as a stand-alone article" : "; no planned part was made");
                target = null;
            }
        } else {
            for (long[] part : parts) {
                if (part[2] == 0 && part[3] == 0) {
                    target = part;
                    break;
                }
            }
            if (target == null) {
                int k = parts.size() + 1;
                target = new long[] {series.writePart(c, SeriesPart.planned("Part " + k).withSeriesId(sid).withPosition(k)), k, 0, 0};
            }
        }
        if (target != null) fill(c, target[0], articleId, p);
        countParts(c, sid, now);
        return new Outcome(e.key(), articleId, target == null ? 0 : target[0], warning);
    }

    /** Gives a part its working title and author and, when there is one, its article. */
    private static void fill(Connection c, long partId, long articleId, Placement p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE series_part SET working_title = ?, author = ? WHERE id = ?")) {
            ps.setString(1, p.workingTitle());
            ps.setString(2, p.author());
            ps.setLong(3, partId);
            ps.executeUpdate();
        }
        if (articleId != 0) SeriesStore.linkArticle(c, partId, articleId);
        else SeriesStore.touch(c, "id", partId);
    }

    /** Keeps a series' planned number of parts equal to its parts not dropped, and moves its version on. */
    private static void countParts(Connection c, long seriesId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE series SET planned_parts = (SELECT count(*) FROM series_part "
                + "WHERE series_id = ? AND stage <> ?), modified_at = CASE WHEN modified_at + 1 > ? THEN modified_at + 1 ELSE ? END "
                + "WHERE id = ?")) {
            // CASE, not the two-argument max() only SQLite has (PostgreSQL calls it greatest())
            ps.setLong(1, seriesId);
            ps.setString(2, PartStage.DROPPED.key());
            ps.setLong(3, now.toEpochMilli());
            ps.setLong(4, now.toEpochMilli());
            ps.setLong(5, seriesId);
            ps.executeUpdate();
        }
    }

    private static Map<String, Long> seriesByTitle(Connection c) throws SQLException {
        Map<String, Long> m = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, title FROM series ORDER BY id DESC")) {
            while (rs.next()) m.put(rs.getString(2).strip().toLowerCase(Locale.ROOT), rs.getLong(1)); // the oldest of equal titles wins
        }
        return m;
    }

    private static List<long[]> parts(Connection c, long seriesId) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, position, article_id, stage FROM series_part WHERE series_id = ? ORDER BY position")) {
            ps.setLong(1, seriesId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new long[] {rs.getLong(1), rs.getInt(2), rs.getLong(3), PartStage.DROPPED.key().equals(rs.getString(4)) ? 1 : 0});
                }
            }
        }
        return out;
    }

    private static long partOfArticle(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM series_part WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** True when the part still exists, is not dropped and has no article. */
    private static boolean openPart(Connection c, long partId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, stage FROM series_part WHERE id = ?")) {
            ps.setLong(1, partId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getObject(1) == null && !PartStage.DROPPED.key().equals(rs.getString(2));
            }
        }
    }
}
