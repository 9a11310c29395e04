package org.masthead.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Cadence;
import org.masthead.model.Correction;
import org.masthead.model.PartStage;
import org.masthead.model.PlanLogEntry;
import org.masthead.model.PlannedTime;
import org.masthead.model.Publication;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.SeriesStatus;
import org.masthead.model.Stamp;

/**
 * A complete JSON dump of everything stored, and its restore into an empty database.
 * The format is documented in {@code docs/backup-format.md}. The same database always gives
 * the same bytes (ids, order and timestamps are kept), so backup → restore → backup is
 * identical.
 */
public final class Backup {

    public static final String FORMAT = "masthead-backup";
    public static final int FORMAT_VERSION = 4;

    private final Database db;
    private final ArticleStore articles;
    private final PublicationStore publication;
    private final SeriesStore series;
    private final ContentCodec codec;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final InboxBackup inbox;

    public Backup(Database db, ArticleStore articles, PublicationStore publication) {
        this.db = db;
        this.articles = articles;
        this.publication = publication;
        this.series = new SeriesStore(db, articles);
        this.codec = articles.codec();
        this.inbox = new InboxBackup(codec.documents(), mapper);
    }

    /** What a backup holds, for the CLI's report. */
    public record Counts(int articles, int revisions, int images, int series, int submissions) {
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

    /**
     * Writes the backup, streaming: one article (with its revisions) or one picture is in
     * memory at a time, inside one read transaction so it is a consistent snapshot.
     */
    public Counts write(OutputStream out) throws IOException {
        return new BackupWriter(db, articles, publication, mapper, inbox).write(out);
    }

    /** A revision as read from a backup, checked and in the store's canonical JSON. */
    private record Rev(long id, Instant createdAt, String kind, int words, boolean published, String json) {
    }

    /** A picture as read from a backup, its checksum verified. */
    private record Img(String sha256, String mime, int width, int height, byte[] data, Instant createdAt) {
    }

    /** A series as read from a backup, with its parts and plan log. */
    private record Plan(Series series, List<SeriesPart> parts, List<PlanLogEntry> log) {
    }

    /** Everything in a backup, read and checked, before a single row is written. */
    private record Parsed(Publication publication, Map<String, String> settings, List<Article> articles, Map<Long, String> slugs,
                          List<List<Rev>> revisions, List<Img> images, List<Plan> plans, InboxBackup.Parsed inbox) {
    }

    /**
     * Restores a backup into this database, which must hold no articles, images or series. The
     * whole file is read and checked before anything is written; then it is written in one
     * transaction, so a failure part way leaves the database as it was.
     *
     * @throws IllegalArgumentException if the file is not a backup this Masthead can read, or is damaged
     * @throws IllegalStateException if the database is not empty
     */
    public Counts restore(InputStream in) throws IOException {
        Parsed p = parse(in);
        db.tx(c -> {
            // Checked inside the transaction so nothing can slip in between the check and the writes.
            if (!isEmpty(c)) {
                throw new IllegalStateException("restore needs an empty database; " + db.location().describe() + " already holds articles, images, "
                        + "series or inbox messages. Nothing was changed.");
            }
            db.dialect().keepRecordedActors(c);
            if (p.publication() != null) publication.save(c, p.publication());
            for (Map.Entry<String, String> e : p.settings().entrySet()) publication.putSetting(c, e.getKey(), e.getValue());
            for (int i = 0; i < p.articles().size(); i++) {
                // the row, corrections and search index through the store; revisions come from the backup
                articles.saveWithoutRevision(c, p.articles().get(i));
                String slug = p.slugs().get(p.articles().get(i).id());
                if (slug != null) ArticleSlugs.set(c, p.articles().get(i).id(), slug);
                insertRevisions(c, p.articles().get(i).id(), p.revisions().get(i));
            }
            // After the articles: a part refers to the article written for it.
            for (Plan plan : p.plans()) {
                series.insertSeries(c, plan.series());
                for (SeriesPart part : plan.parts()) series.writePart(c, part);
                for (PlanLogEntry e : plan.log()) SeriesStore.insertLog(c, e);
            }
            insertImages(c, p.images());
            // After the articles: a converted submission refers to its article.
            inbox.restore(c, p.inbox(), db.dialect());
            // Every row came with its id: the next id the database gives must follow them.
            db.dialect().syncIds(c);
            return null;
        });
        int revCount = p.revisions().stream().mapToInt(List::size).sum();
        return new Counts(p.articles().size(), revCount, p.images().size(), p.plans().size(), p.inbox().submissions());
    }

    private Parsed parse(InputStream in) throws IOException {
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
        if (v > FORMAT_VERSION) {
            throw new IllegalArgumentException("the backup has formatVersion " + v + ", written by a newer Masthead (this one reads up to "
                    + FORMAT_VERSION + "); update Masthead to restore it");
        }
        if (v < 1) throw new IllegalArgumentException("not a Masthead backup: formatVersion is missing or not a positive number");
        if (root.path("schemaVersion").asInt(0) > Database.SCHEMA_VERSION) {
            throw new IllegalArgumentException("the backup comes from a newer Masthead (schema " + root.path("schemaVersion").asInt()
                    + "); update Masthead to restore it");
        }
        Publication pub;
        try {
            pub = root.path("publication").isObject() ? readPublication(root.path("publication")) : null;
        } catch (RuntimeException e) {
            throw damaged("the publication settings", e);
        }
        Map<String, String> settings = new TreeMap<>();
        root.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));

        List<Article> arts = new ArrayList<>();
        Map<Long, String> slugs = new java.util.HashMap<>();
        java.util.Set<String> slugsSeen = new java.util.HashSet<>();
        List<List<Rev>> revs = new ArrayList<>();
        java.util.Set<Long> articleIds = new java.util.HashSet<>();
        java.util.Set<Long> revisionIds = new java.util.HashSet<>();
        int n = 0;
        for (JsonNode a : root.path("articles")) {
            n++;
            String what = "article " + a.path("id").asText("#" + n);
            Article art;
            List<Rev> r = new ArrayList<>();
            try {
                art = readArticle(a);
                for (JsonNode rv : a.path("revisions")) r.add(readRevision(rv));
            } catch (RuntimeException e) {
                throw damaged(what, e);
            }
            if (!articleIds.add(art.id())) throw new IllegalArgumentException("the backup is damaged: article id " + art.id() + " appears twice");
            // formatVersion 3 and later: the article's address, kept as it was
            String slug = a.path("slug").isTextual() ? a.path("slug").asText() : null;
            if (slug != null) {
                if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw new IllegalArgumentException("the backup is damaged: " + what + " has the slug \"" + slug + "\"");
                if (!slugsSeen.add(slug)) throw new IllegalArgumentException("the backup is damaged: the slug \"" + slug + "\" appears twice");
                slugs.put(art.id(), slug);
            }
            for (Rev rv : r) {
                if (!revisionIds.add(rv.id())) throw new IllegalArgumentException("the backup is damaged: revision id " + rv.id() + " appears twice");
            }
            arts.add(art);
            revs.add(r);
        }
        List<Img> images = new ArrayList<>();
        for (JsonNode i : root.path("images")) {
            String sha = i.path("sha256").asText();
            Img img;
            try {
                img = new Img(sha, i.path("mime").asText(), i.path("width").asInt(), i.path("height").asInt(),
                        Base64.getDecoder().decode(i.path("data").asText()), Instant.parse(i.path("createdAt").asText()));
            } catch (RuntimeException e) {
                throw damaged("image " + sha, e);
            }
            if (!RevisionPolicy.sha256(img.data()).equals(sha)) {
                throw new IllegalArgumentException("image " + sha + " in the backup is damaged (its checksum differs); nothing was restored");
            }
            images.add(img);
        }
        // formatVersion 4 and later: the submission inbox
        return new Parsed(pub, settings, arts, slugs, revs, images, readPlans(root.path("series"), articleIds), inbox.parse(root.path("inbox")));
    }

    /** The series of a backup (none in formatVersion 1), checked against each other and the articles. */
    private static List<Plan> readPlans(JsonNode all, java.util.Set<Long> articleIds) {
        List<Plan> plans = new ArrayList<>();
        java.util.Set<Long> seriesIds = new java.util.HashSet<>();
        java.util.Set<Long> partIds = new java.util.HashSet<>();
        java.util.Set<Long> logIds = new java.util.HashSet<>();
        Map<Long, Long> partOfArticle = new java.util.HashMap<>();
        int n = 0;
        for (JsonNode o : all) {
            n++;
            String what = "series " + o.path("id").asText("#" + n);
            Plan plan;
            try {
                plan = readPlan(o);
            } catch (RuntimeException e) {
                throw damaged(what, e);
            }
            if (!seriesIds.add(plan.series().id())) {
                throw new IllegalArgumentException("the backup is damaged: series id " + plan.series().id() + " appears twice; nothing was restored");
            }
            for (SeriesPart p : plan.parts()) {
                if (!partIds.add(p.id())) {
                    throw new IllegalArgumentException("the backup is damaged: series part id " + p.id() + " appears twice; nothing was restored");
                }
                if (!p.hasArticle()) continue;
                if (!articleIds.contains(p.articleId())) {
                    throw new IllegalArgumentException("the backup is damaged: part " + p.id() + " of " + what + " refers to article "
                            + p.articleId() + ", which is not in the backup; nothing was restored");
                }
                Long other = partOfArticle.put(p.articleId(), p.id());
                if (other != null) {
                    throw new IllegalArgumentException("the backup is damaged: article " + p.articleId() + " is linked to two parts ("
                            + other + " and " + p.id() + "); nothing was restored");
                }
            }
            for (PlanLogEntry e : plan.log()) {
                if (!logIds.add(e.id())) {
                    throw new IllegalArgumentException("the backup is damaged: plan log id " + e.id() + " appears twice; nothing was restored");
                }
            }
            plans.add(plan);
        }
        return plans;
    }

    private static Plan readPlan(JsonNode o) {
        long id = positiveId(o, "a series");
        JsonNode cad = o.path("cadence");
        if (!cad.isObject()) throw new IllegalArgumentException("it has no cadence");
        Cadence cadence = new Cadence(Cadence.Unit.valueOf(text(cad, "unit").toUpperCase(java.util.Locale.ROOT)),
                cad.path("interval").asInt(0), DayOfWeek.valueOf(text(cad, "day").toUpperCase(java.util.Locale.ROOT)),
                LocalTime.parse(text(cad, "time")), ZoneId.of(text(cad, "zone")));
        Series s = new Series(id, text(o, "title"), o.path("topic").asText(""), o.path("description").asText(""),
                o.path("plannedParts").asInt(-1), cadence, o.path("owner").asText(""), SeriesStatus.ofKey(text(o, "status")),
                text(o, "noteTemplate"), required(o, "createdAt"), required(o, "modifiedAt"));
        List<SeriesPart> parts = new ArrayList<>();
        for (JsonNode p : o.path("parts")) {
            String local = p.path("plannedLocal").isTextual() ? p.path("plannedLocal").asText() : null;
            PlannedTime planned = local == null ? null : new PlannedTime(LocalDateTime.parse(local), ZoneId.of(text(p, "plannedZone")));
            parts.add(new SeriesPart(positiveId(p, "a part"), id, p.path("position").asInt(0), p.path("workingTitle").asText(""),
                    p.path("author").asText(""), p.path("articleId").asLong(0), PartStage.ofKey(text(p, "stage")),
                    date(p, "pitchDue"), date(p, "draftDue"), date(p, "editDue"), planned));
        }
        List<PlanLogEntry> log = new ArrayList<>();
        for (JsonNode e : o.path("log")) {
            log.add(new PlanLogEntry(positiveId(e, "a plan log entry"), id, e.path("articleId").asLong(0), required(e, "at"), text(e, "message")));
        }
        return new Plan(s, parts, log);
    }

    private static long positiveId(JsonNode o, String what) {
        long id = o.path("id").asLong(0);
        if (id <= 0) throw new IllegalArgumentException(what + " has no id");
        return id;
    }

    private static String text(JsonNode o, String k) {
        JsonNode n = o.path(k);
        if (!n.isTextual()) throw new IllegalArgumentException("\"" + k + "\" is missing");
        return n.asText();
    }

    private static Instant required(JsonNode o, String k) {
        return Instant.parse(text(o, k));
    }

    private static LocalDate date(JsonNode o, String k) {
        JsonNode n = o.path(k);
        return n.isTextual() ? LocalDate.parse(n.asText()) : null;
    }

    private static IllegalArgumentException damaged(String what, RuntimeException e) {
        return new IllegalArgumentException("the backup is damaged: " + what + " cannot be read (" + e.getMessage()
                + "); nothing was restored", e);
    }

    private Rev readRevision(JsonNode r) {
        long id = r.path("id").asLong(0);
        if (id <= 0) throw new IllegalArgumentException("a revision has no id");
        String json = codec.write(codec.fromJson(r.path("content")));
        return new Rev(id, Instant.parse(r.path("createdAt").asText()), r.path("kind").asText(), r.path("words").asInt(),
                r.path("published").asBoolean(), json);
    }

    private static void insertRevisions(Connection c, long articleId, List<Rev> revs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revision (id, article_id, created_at, kind, word_count, "
                + "published, content_sha, content) VALUES (?,?,?,?,?,?,?,?)")) {
            for (Rev r : revs) {
                ps.setLong(1, r.id());
                ps.setLong(2, articleId);
                ps.setLong(3, r.createdAt().toEpochMilli());
                ps.setString(4, r.kind());
                ps.setInt(5, r.words());
                ps.setInt(6, r.published() ? 1 : 0);
                ps.setString(7, RevisionPolicy.sha256(r.json()));
                ps.setString(8, r.json());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertImages(Connection c, List<Img> images) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO image (sha256, mime, width, height, bytes, created_at) VALUES (?,?,?,?,?,?)")) {
            for (Img img : images) {
                ps.setString(1, img.sha256());
                ps.setString(2, img.mime());
                ps.setInt(3, img.width());
                ps.setInt(4, img.height());
                ps.setBytes(5, img.data());
                ps.setLong(6, img.createdAt().toEpochMilli());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static boolean isEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM article) + (SELECT count(*) FROM image) + (SELECT count(*) FROM series)"
                     + " + (SELECT count(*) FROM submission) + (SELECT count(*) FROM failed_import) + (SELECT count(*) FROM person)")) {
            rs.next();
            return rs.getInt(1) == 0;
        }
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

    private static Instant instant(JsonNode o, String k) {
        JsonNode n = o.path(k);
        return n.isTextual() ? Instant.parse(n.asText()) : null;
    }

    private static Stamp stamp(JsonNode n) {
        if (!n.isObject()) return null;
        return new Stamp(Instant.parse(n.path("instant").asText()), ZoneId.of(n.path("zone").asText()));
    }
}
