package org.masthead.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Correction;
import org.masthead.model.Publication;
import org.masthead.model.Stamp;

/**
 * A complete JSON dump of everything stored, and its restore into an empty database.
 * The format is documented in {@code docs/backup-format.md}. The same database always gives
 * the same bytes (ids, order and timestamps are kept), so backup → restore → backup is
 * identical.
 */
public final class Backup {

    public static final String FORMAT = "masthead-backup";
    public static final int FORMAT_VERSION = 1;

    private final Database db;
    private final ArticleStore articles;
    private final PublicationStore publication;
    private final ContentCodec codec;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Backup(Database db, ArticleStore articles, PublicationStore publication) {
        this.db = db;
        this.articles = articles;
        this.publication = publication;
        this.codec = articles.codec();
    }

    /** What a backup holds, for the CLI's report. */
    public record Counts(int articles, int revisions, int images) {
    }

    /**
     * Writes a backup to {@code target} through a temporary file in the same folder, moved into
     * place when complete: a failed backup never leaves half a file or spoils an older one.
     */
    public Counts writeTo(java.nio.file.Path target) throws IOException {
        java.nio.file.Path dir = target.toAbsolutePath().getParent();
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile(dir, ".masthead-backup-", ".tmp");
        try {
            Counts c;
            try (OutputStream o = java.nio.file.Files.newOutputStream(tmp)) {
                c = write(o);
            }
            java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return c;
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    public Counts write(OutputStream out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("schemaVersion", db.schemaVersion());
        Publication p = publication.find().orElse(null);
        if (p == null) {
            root.putNull("publication");
        } else {
            ObjectNode po = root.putObject("publication");
            po.put("name", p.name());
            po.put("defaultZone", p.defaultZone().getId());
            ObjectNode labels = po.putObject("zoneLabels");
            p.zoneLabels().forEach(labels::put);
        }
        ObjectNode settings = root.putObject("settings");
        settingsMap().forEach(settings::put);
        ArrayNode arts = root.putArray("articles");
        int revCount = 0;
        for (Article a : articles.all()) {
            ObjectNode o = arts.addObject();
            o.put("id", a.id());
            o.put("status", a.status().key());
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
            ArrayNode revs = o.putArray("revisions");
            revCount += writeRevisions(a.id(), revs);
        }
        ArrayNode imgs = root.putArray("images");
        int imgCount = writeImages(imgs);
        mapper.writeValue(new NonClosing(out), root);
        return new Counts(arts.size(), revCount, imgCount);
    }

    private Map<String, String> settingsMap() {
        return db.read(c -> {
            Map<String, String> m = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM setting")) {
                while (rs.next()) m.put(rs.getString(1), rs.getString(2));
            }
            return m;
        });
    }

    private int writeRevisions(long articleId, ArrayNode revs) {
        return db.read(c -> {
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
                        try {
                            r.set("content", mapper.readTree(rs.getString(6)));
                        } catch (IOException e) {
                            throw new StoreException("revision " + rs.getLong(1) + " is not valid JSON", e);
                        }
                        n++;
                    }
                }
            }
            return n;
        });
    }

    private int writeImages(ArrayNode imgs) {
        return db.read(c -> {
            int n = 0;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT sha256, mime, width, height, created_at, bytes FROM image ORDER BY sha256")) {
                while (rs.next()) {
                    ObjectNode o = imgs.addObject();
                    o.put("sha256", rs.getString(1));
                    o.put("mime", rs.getString(2));
                    o.put("width", rs.getInt(3));
                    o.put("height", rs.getInt(4));
                    o.put("createdAt", Instant.ofEpochMilli(rs.getLong(5)).toString());
                    o.put("data", Base64.getEncoder().encodeToString(rs.getBytes(6)));
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * Restores a backup into this database, which must be empty. The whole file is read and
     * checked before anything is written; then it is written in one transaction.
     */
    public Counts restore(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a Masthead backup: the file is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a Masthead backup: \"format\" is not \"" + FORMAT + "\"");
        }
        int v = root.path("formatVersion").asInt(-1);
        if (v < 1 || v > FORMAT_VERSION) {
            throw new IllegalArgumentException("backup formatVersion " + v + " is not one this Masthead reads (1.." + FORMAT_VERSION + ")");
        }
        if (root.path("schemaVersion").asInt(0) > Database.SCHEMA_VERSION) {
            throw new IllegalArgumentException("the backup comes from a newer Masthead (schema " + root.path("schemaVersion").asInt()
                    + "); update Masthead to restore it");
        }
        Publication pub = root.path("publication").isObject() ? readPublication(root.path("publication")) : null;
        List<Article> arts = new ArrayList<>();
        List<List<JsonNode>> revs = new ArrayList<>();
        for (JsonNode a : root.path("articles")) {
            arts.add(readArticle(a));
            List<JsonNode> r = new ArrayList<>();
            a.path("revisions").forEach(r::add);
            for (JsonNode rv : r) codec.fromJson(rv.path("content")); // validates before writing
            revs.add(r);
        }
        List<JsonNode> images = new ArrayList<>();
        root.path("images").forEach(images::add);
        for (JsonNode i : images) {
            byte[] data = Base64.getDecoder().decode(i.path("data").asText());
            if (!RevisionPolicy.sha256(data).equals(i.path("sha256").asText())) {
                throw new IllegalArgumentException("image " + i.path("sha256").asText() + " in the backup is damaged (checksum differs)");
            }
        }
        if (!isEmpty()) {
            throw new IllegalStateException("restore needs an empty database; " + db.file() + " already holds articles or images");
        }
        if (pub != null) publication.save(pub);
        root.path("settings").fields().forEachRemaining(e -> publication.putSetting(e.getKey(), e.getValue().asText()));
        int revCount = 0;
        for (int i = 0; i < arts.size(); i++) {
            Article a = arts.get(i);
            List<JsonNode> r = revs.get(i);
            revCount += r.size();
            db.tx(c -> {
                insertArticle(c, a);
                insertRevisions(c, a.id(), r);
                return null;
            });
        }
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO image (sha256, mime, width, height, bytes, created_at) VALUES (?,?,?,?,?,?)")) {
                for (JsonNode img : images) {
                    ps.setString(1, img.path("sha256").asText());
                    ps.setString(2, img.path("mime").asText());
                    ps.setInt(3, img.path("width").asInt());
                    ps.setInt(4, img.path("height").asInt());
                    ps.setBytes(5, Base64.getDecoder().decode(img.path("data").asText()));
                    ps.setLong(6, Instant.parse(img.path("createdAt").asText()).toEpochMilli());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        return new Counts(arts.size(), revCount, images.size());
    }

    private void insertArticle(Connection c, Article a) throws SQLException {
        // Save through the store for the row, corrections and index; revisions come from the backup.
        articles.saveWithoutRevision(c, a);
    }

    private void insertRevisions(Connection c, long articleId, List<JsonNode> revs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revision (id, article_id, created_at, kind, word_count, "
                + "published, content_sha, content) VALUES (?,?,?,?,?,?,?,?)")) {
            for (JsonNode r : revs) {
                String json = codec.write(codec.fromJson(r.path("content")));
                ps.setLong(1, r.path("id").asLong());
                ps.setLong(2, articleId);
                ps.setLong(3, Instant.parse(r.path("createdAt").asText()).toEpochMilli());
                ps.setString(4, r.path("kind").asText());
                ps.setInt(5, r.path("words").asInt());
                ps.setInt(6, r.path("published").asBoolean() ? 1 : 0);
                ps.setString(7, RevisionPolicy.sha256(json));
                ps.setString(8, json);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private boolean isEmpty() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM article) + (SELECT count(*) FROM image)")) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        });
    }

    private static Publication readPublication(JsonNode p) {
        Map<String, String> labels = new TreeMap<>();
        p.path("zoneLabels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return new Publication(p.path("name").asText(), ZoneId.of(p.path("defaultZone").asText()), labels);
    }

    private Article readArticle(JsonNode o) {
        List<Correction> cs = new ArrayList<>();
        for (JsonNode k : o.path("corrections")) cs.add(new Correction(stamp(k.path("at")), k.path("text").asText()));
        ArticleContent pub = o.path("published").isObject() ? codec.fromJson(o.path("published")) : null;
        long id = o.path("id").asLong(0);
        if (id <= 0) throw new IllegalArgumentException("an article in the backup has no id");
        return new Article(id, ArticleStatus.ofKey(o.path("status").asText()), codec.fromJson(o.path("content")), pub,
                instant(o, "embargo"), instant(o, "scheduledAt"), stamp(o.path("firstPublished")), stamp(o.path("lastUpdated")),
                cs, o.path("withdrawalNotice").asText(""), instant(o, "createdAt"), instant(o, "modifiedAt"), instant(o, "trashedAt"));
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

    private static Instant instant(JsonNode o, String k) {
        JsonNode n = o.path(k);
        return n.isTextual() ? Instant.parse(n.asText()) : null;
    }

    private static Stamp stamp(JsonNode n) {
        if (!n.isObject()) return null;
        return new Stamp(Instant.parse(n.path("instant").asText()), ZoneId.of(n.path("zone").asText()));
    }

    /** Lets Jackson write to System.out without closing it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
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
