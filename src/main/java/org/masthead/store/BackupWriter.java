package org.masthead.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.masthead.model.Article;
import org.masthead.model.Correction;
import org.masthead.model.Publication;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.Stamp;

/**
 * Writes the backup format of {@link Backup} as a stream: one article with its revisions, or
 * one picture, is held in memory at a time, so a database with many pictures backs up in
 * little memory. Everything is read in one transaction, a consistent snapshot. Series are small
 * (a few rows each) and are written after the articles their parts refer to.
 */
final class BackupWriter {

    private final Database db;
    private final ArticleStore articles;
    private final PublicationStore publication;
    private final ContentCodec codec;
    private final ObjectMapper mapper;
    private final InboxBackup inbox;

    BackupWriter(Database db, ArticleStore articles, PublicationStore publication, ObjectMapper mapper, InboxBackup inbox) {
        this.db = db;
        this.articles = articles;
        this.publication = publication;
        this.codec = articles.codec();
        this.mapper = mapper;
        this.inbox = inbox;
    }

    Backup.Counts write(OutputStream out) throws IOException {
        try {
            return db.tx(c -> {
                try (JsonGenerator g = mapper.getFactory().createGenerator(new NonClosing(out))) {
                    g.useDefaultPrettyPrinter();
                    Backup.Counts counts = writeAll(c, g);
                    g.flush();
                    return counts;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Backup.Counts writeAll(Connection c, JsonGenerator g) throws IOException, SQLException {
        g.writeStartObject();
        g.writeStringField("format", Backup.FORMAT);
        g.writeNumberField("formatVersion", Backup.FORMAT_VERSION);
        g.writeNumberField("schemaVersion", db.schemaVersion());
        g.writeFieldName("publication");
        Publication p = publication.find().orElse(null);
        if (p == null) {
            g.writeNull();
        } else {
            ObjectNode po = mapper.createObjectNode();
            po.put("name", p.name());
            po.put("defaultZone", p.defaultZone().getId());
            ObjectNode labels = po.putObject("zoneLabels");
            p.zoneLabels().forEach(labels::put);
            mapper.writeTree(g, po);
        }
        g.writeObjectFieldStart("settings");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM setting ORDER BY key")) {
            while (rs.next()) g.writeStringField(rs.getString(1), rs.getString(2));
        }
        g.writeEndObject();

        int articleCount = 0;
        int revisionCount = 0;
        Map<Long, String> slugs = ArticleSlugs.all(c);
        g.writeArrayFieldStart("articles");
        for (long id : articleIds(c)) {
            Article a = articles.load(id);
            ObjectNode o = article(a, slugs.get(id));
            revisionCount += revisions(c, id, o.putArray("revisions"));
            mapper.writeTree(g, o);
            articleCount++;
        }
        g.writeEndArray();

        int seriesCount = writeSeries(c, g);

        int imageCount = 0;
        g.writeArrayFieldStart("images");
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sha256, mime, width, height, created_at, bytes FROM image ORDER BY sha256")) {
            while (rs.next()) {
                g.writeStartObject();
                g.writeStringField("sha256", rs.getString(1));
                g.writeStringField("mime", rs.getString(2));
                g.writeNumberField("width", rs.getInt(3));
                g.writeNumberField("height", rs.getInt(4));
                g.writeStringField("createdAt", Instant.ofEpochMilli(rs.getLong(5)).toString());
                g.writeStringField("data", Base64.getEncoder().encodeToString(rs.getBytes(6)));
                g.writeEndObject();
                imageCount++;
            }
        }
        g.writeEndArray();
        int submissions = inbox.write(c, g);
        g.writeEndObject();
        return new Backup.Counts(articleCount, revisionCount, imageCount, seriesCount, submissions);
    }

    /** Every series in ascending id, each with its parts (by position) and its plan log (by id). */
    private int writeSeries(Connection c, JsonGenerator g) throws IOException, SQLException {
        List<Series> all = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + SeriesStore.SERIES_COLUMNS + " FROM series ORDER BY id")) {
            while (rs.next()) all.add(SeriesStore.readSeries(rs));
        }
        g.writeArrayFieldStart("series");
        for (Series s : all) {
            ObjectNode o = series(s);
            ArrayNode parts = o.putArray("parts");
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SeriesStore.PART_COLUMNS
                    + " FROM series_part WHERE series_id = ? ORDER BY position, id")) {
                ps.setLong(1, s.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) part(parts.addObject(), SeriesStore.readPart(rs));
                }
            }
            ArrayNode log = o.putArray("log");
            try (PreparedStatement ps = c.prepareStatement("SELECT id, article_id, at, message FROM plan_log WHERE series_id = ? ORDER BY id")) {
                ps.setLong(1, s.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObjectNode e = log.addObject();
                        e.put("id", rs.getLong(1));
                        long article = rs.getLong(2);
                        if (rs.wasNull()) e.putNull("articleId"); else e.put("articleId", article);
                        e.put("at", Instant.ofEpochMilli(rs.getLong(3)).toString());
                        e.put("message", rs.getString(4));
                    }
                }
            }
            mapper.writeTree(g, o);
        }
        g.writeEndArray();
        return all.size();
    }

    private ObjectNode series(Series s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("topic", s.topic());
        o.put("description", s.description());
        o.put("status", s.status().key());
        o.put("plannedParts", s.plannedParts());
        ObjectNode cad = o.putObject("cadence");
        cad.put("unit", s.cadence().unit().name().toLowerCase());
        cad.put("interval", s.cadence().interval());
        cad.put("day", s.cadence().day().name().toLowerCase());
        cad.put("time", s.cadence().time().toString());
        cad.put("zone", s.cadence().zone().getId());
        o.put("owner", s.owner());
        o.put("noteTemplate", s.noteTemplate());
        putInstant(o, "createdAt", s.createdAt());
        putInstant(o, "modifiedAt", s.modifiedAt());
        return o;
    }

    private static void part(ObjectNode o, SeriesPart p) {
        o.put("id", p.id());
        o.put("position", p.position());
        o.put("workingTitle", p.workingTitle());
        o.put("author", p.author());
        if (p.hasArticle()) o.put("articleId", p.articleId()); else o.putNull("articleId");
        o.put("stage", p.stage().key());
        putDate(o, "pitchDue", p.pitchDue());
        putDate(o, "draftDue", p.draftDue());
        putDate(o, "editDue", p.editDue());
        if (p.planned() == null) {
            o.putNull("plannedLocal");
            o.putNull("plannedZone");
        } else {
            o.put("plannedLocal", p.planned().local().toString());
            o.put("plannedZone", p.planned().zone().getId());
        }
    }

    private static void putDate(ObjectNode o, String k, LocalDate d) {
        if (d == null) o.putNull(k); else o.put(k, d.toString());
    }

    private static List<Long> articleIds(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM article ORDER BY id")) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        return ids;
    }

    private ObjectNode article(Article a, String slug) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", a.id());
        o.put("status", a.status().key());
        if (slug == null) o.putNull("slug"); else o.put("slug", slug);
        o.set("content", codec.toJson(a.content()));
        if (a.published() == null) o.putNull("published"); else o.set("published", codec.toJson(a.published()));
        putInstant(o, "embargo", a.embargo());
        putInstant(o, "scheduledAt", a.scheduledAt());
        putStamp(o, "firstPublished", a.firstPublished());
        putStamp(o, "lastUpdated", a.lastUpdated());
        ArrayNode cs = o.putArray("corrections");
        for (Correction k : a.corrections()) {
            ObjectNode co = cs.addObject();
            putStamp(co, "at", k.at());
            co.put("text", k.text());
        }
        o.put("withdrawalNotice", a.withdrawalNotice());
        putInstant(o, "createdAt", a.createdAt());
        putInstant(o, "modifiedAt", a.modifiedAt());
        putInstant(o, "trashedAt", a.trashedAt());
        return o;
    }

    private int revisions(Connection c, long articleId, ArrayNode revs) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, created_at, kind, word_count, published, content FROM revision WHERE article_id = ? ORDER BY id")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode r = revs.addObject();
                    r.put("id", rs.getLong(1));
                    r.put("createdAt", Instant.ofEpochMilli(rs.getLong(2)).toString());
                    r.put("kind", rs.getString(3));
                    r.put("words", rs.getInt(4));
                    r.put("published", rs.getInt(5) == 1);
                    // Through the codec, as restore reads it: the same bytes after a round trip.
                    r.set("content", codec.toJson(codec.read(rs.getString(6))));
                    n++;
                }
            }
        }
        return n;
    }

    private static void putInstant(ObjectNode o, String k, Instant t) {
        if (t == null) o.putNull(k); else o.put(k, t.toString());
    }

    private static void putStamp(ObjectNode o, String k, Stamp s) {
        if (s == null) {
            o.putNull(k);
        } else {
            ObjectNode so = o.putObject(k);
            so.put("instant", s.instant().toString());
            so.put("zone", s.zone().getId());
        }
    }

    /** Lets the generator write to System.out or a file stream without closing it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
