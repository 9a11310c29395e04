package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.ArticleSummary;
import org.masthead.model.Correction;
import org.masthead.model.Stamp;
import org.masthead.model.text.TextStats;

/**
 * Articles: their rows, corrections, the full-text index and revisions. Every save is one
 * transaction. See {@link RevisionPolicy} for when a revision is kept and which are pruned.
 */
public final class ArticleStore {

    /** Why a save happens; decides whether a revision is kept. */
    public enum SaveKind {
        /** The editor saved on purpose (Ctrl+S, closing, a workflow step): always a revision. */
        EXPLICIT("save"),
        /** Autosave: a revision at most once a minute. */
        AUTOSAVE("autosave"),
        /** Publishing or republishing: a revision marked published, never pruned. */
        PUBLISH("publish"),
        /** A revision was restored. */
        RESTORE("restore");

        final String key;

        SaveKind(String key) {
            this.key = key;
        }
    }

    /** How the list is sorted. */
    public enum Sort { MODIFIED, HEADLINE, STATUS, WORDS, SCHEDULED, RELEVANCE }

    /** What the article list asks for: a query, a status, the trash or not, an order. */
    public record Filter(String query, ArticleStatus status, boolean trash, Sort sort) {
        public static final Filter ALL = new Filter("", null, false, Sort.MODIFIED);

        public Filter withQuery(String q) { return new Filter(q, status, trash, sort); }
        public Filter withStatus(ArticleStatus s) { return new Filter(query, s, trash, sort); }
        public Filter withTrash(boolean t) { return new Filter(query, status, t, sort); }
        public Filter withSort(Sort s) { return new Filter(query, status, trash, s); }
    }

    private static final String COLUMNS = "id, status, content, published_content, embargo_at, scheduled_at, first_published_at, "
            + "first_published_zone, last_updated_at, last_updated_zone, withdrawal_notice, created_at, modified_at, trashed_at, version";
    /** What {@link #livePublishedVersions} reads. */
    private static final String PUBLISHED_VERSIONS =
            "SELECT id, status, published_content FROM article WHERE trashed_at IS NULL AND published_content IS NOT NULL";

    private final Database db;
    private final ContentCodec codec;
    private final RevisionPolicy revisions;

    public ArticleStore(Database db, ContentCodec codec, RevisionPolicy revisions) {
        this.db = db;
        this.codec = codec;
        this.revisions = revisions;
    }

    public ArticleStore(Database db) {
        this(db, new ContentCodec(), new RevisionPolicy());
    }

    public ContentCodec codec() {
        return codec;
    }

    /** Inserts a new article (id 0) and returns it with its id. Keeps a first revision. */
    public Article create(Article a) {
        return save(a, SaveKind.EXPLICIT);
    }

    /**
     * Writes an article and, depending on {@code kind}, keeps a revision; all in one
     * transaction. Returns the article with its id and its new version.
     *
     * @throws ConflictException when the article is stored at another version than the one
     *         {@code a} was read at (someone else saved it meanwhile); nothing is written
     */
    public Article save(Article a, SaveKind kind) {
        return db.tx(c -> save(c, a, kind));
    }

    /** {@link #save(Article, SaveKind)} inside a transaction another store opened. */
    Article save(Connection c, Article a, SaveKind kind) throws SQLException {
        String json = codec.write(a.content());
        String publishedJson = a.published() == null ? null : codec.write(a.published());
        String body = a.content().body().plainText();
        int words = TextStats.of(body).count();
        String storedStatus = a.id() == 0 ? null : storedStatus(c, a.id());
        if (a.id() != 0 && storedStatus == null) {
            // Deleted for good meanwhile: an editor's late save must not bring it back.
            throw new IllegalStateException("the article was deleted for good; this copy was not saved");
        }
        long id = upsertRow(c, a, json, publishedJson, words);
        if (id < 0) throw conflict(c, a);
        // A series part that moves along the workflow changes its series' plan: a plan read before is stale.
        if (storedStatus != null && !storedStatus.equals(a.status().key())) SeriesStore.touch(c, "article_id", id);
        writeCorrections(c, id, a.corrections());
        db.dialect().index(c, id, a.content().headline(), body, a.content().bylineText());
        revisions.keep(c, id, kind, json, words, kind == SaveKind.PUBLISH, a.modifiedAt());
        // The address is fixed at the first publication; later headline changes keep it.
        if (a.published() != null) ArticleSlugs.assignIfMissing(c, id, a.published().headline());
        return (a.id() == id ? a : a.withId(id)).withVersion(a.id() == 0 ? 1 : a.version() + 1);
    }

    /** The refusal of a save from an older version, with the article as stored now (read in the same transaction). */
    private ConflictException conflict(Connection c, Article mine) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM article WHERE id = ?")) {
            ps.setLong(1, mine.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalStateException("the article was deleted for good; this copy was not saved");
                Article stored = readArticle(c, rs);
                return new ConflictException("article", mine.id(), stored.headline().isBlank() ? "Untitled" : stored.headline(), mine.version(),
                        stored.version(), mine, stored);
            }
        }
    }

    /** For restore: the row, corrections and index of an article with a given id, no revision. */
    void saveWithoutRevision(Connection c, Article a) throws SQLException {
        String json = codec.write(a.content());
        String body = a.content().body().plainText();
        long id = writeRow(c, a, json, a.published() == null ? null : codec.write(a.published()), TextStats.of(body).count(),
                !exists(c, a.id()));
        writeCorrections(c, id, a.corrections());
        db.dialect().index(c, id, a.content().headline(), body, a.content().bylineText());
    }

    private long upsertRow(Connection c, Article a, String json, String publishedJson, int words) throws SQLException {
        return writeRow(c, a, json, publishedJson, words, a.id() == 0);
    }

    private long writeRow(Connection c, Article a, String json, String publishedJson, int words, boolean insert) throws SQLException {
        // A new article's id is the database's to give (RETURNING id: SQLite and PostgreSQL alike); a restored one keeps its own.
        boolean newId = insert && a.id() == 0;
        String sql = insert
                ? "INSERT INTO article (status, content, published_content, headline, byline, word_count, embargo_at, scheduled_at, "
                  + "first_published_at, first_published_zone, last_updated_at, last_updated_zone, withdrawal_notice, created_at, "
                  + "modified_at, published_digest, published_outline, trashed_at" + (newId ? ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"
                          : ", id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                : "UPDATE article SET status=?, content=?, published_content=?, headline=?, byline=?, word_count=?, embargo_at=?, "
                  + "scheduled_at=?, first_published_at=?, first_published_zone=?, last_updated_at=?, last_updated_zone=?, "
                  + "withdrawal_notice=?, created_at=?, modified_at=?, published_digest=?, published_outline=?, version = version + 1 "
                  + "WHERE id=? AND version=?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a.status().key());
            ps.setString(2, json);
            ps.setString(3, publishedJson);
            ps.setString(4, a.content().headline());
            ps.setString(5, a.content().bylineText());
            ps.setInt(6, words);
            setInstant(ps, 7, a.embargo());
            setInstant(ps, 8, a.scheduledAt());
            setStamp(ps, 9, a.firstPublished());
            setStamp(ps, 11, a.lastUpdated());
            ps.setString(13, a.withdrawalNotice());
            setInstant(ps, 14, a.createdAt());
            setInstant(ps, 15, a.modifiedAt());
            ps.setString(16, publishedJson == null ? null : digest(publishedJson));
            ps.setString(17, publishedJson == null ? null : codec.write(a.published().outline()));
            // The trash is set only by trash()/restoreFromTrash(): an editor's save of an article it
            // still shows must not take it out of the trash, or put it back.
            int next = 18;
            if (insert) setInstant(ps, next++, a.trashedAt());
            if (newId) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
            ps.setLong(next, a.id());
            if (insert) {
                ps.executeUpdate();
                return a.id();
            }
            ps.setLong(next + 1, a.version());
            // No row at that version: someone else saved it since it was read (the caller says so).
            return ps.executeUpdate() == 0 ? -1 : a.id();
        }
    }

    private static String storedStatus(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM article WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void writeCorrections(Connection c, long id, List<Correction> cs) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM correction WHERE article_id = ?")) {
            del.setLong(1, id);
            del.executeUpdate();
        }
        if (cs.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO correction (article_id, seq, at, zone, text) VALUES (?,?,?,?,?)")) {
            int seq = 0;
            for (Correction k : cs) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setLong(3, k.at().instant().toEpochMilli());
                ps.setString(4, k.at().zone().getId());
                ps.setString(5, k.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public Optional<Article> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.<Article>empty();
                    return Optional.of(readArticle(c, rs));
                }
            }
        });
    }

    public Article load(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no article with id " + id));
    }

    /** True for an article that exists and is not in the trash, without loading it. */
    public boolean isLive(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE id = ? AND trashed_at IS NULL")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Every article, trash included, in id order. */
    public List<Article> all() {
        return db.read(c -> {
            List<Article> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM article ORDER BY id")) {
                while (rs.next()) out.add(readArticle(c, rs));
            }
            return out;
        });
    }

    /**
     * An article's published version as stored, not yet decoded: what a bulk read hands over so
     * that the caller can decode on several threads ({@link #codec()} is safe to share).
     *
     * @param json the published version in {@link ContentCodec}'s form, as UTF-8;
     *             {@link ContentCodec#read(byte[])} decodes it
     */
    public record StoredVersion(long id, ArticleStatus status, byte[] json) {
    }

    /**
     * The published versions of the articles not in the trash that have one (whatever their
     * status now: a withdrawn article keeps its), in id order, undecoded; one query, no
     * corrections and no working copies read.
     */
    public List<StoredVersion> livePublishedVersions() {
        List<StoredVersion> out = new ArrayList<>();
        eachLivePublishedVersion(null, out::add);
        return out;
    }

    /**
     * {@link #livePublishedVersions()} for the given articles only, in id order; ids of articles
     * that do not exist, are in the trash or have no published version are left out.
     */
    public List<StoredVersion> livePublishedVersions(Collection<Long> ids) {
        List<StoredVersion> out = new ArrayList<>();
        eachLivePublishedVersion(ids, out::add);
        return out;
    }

    /**
     * {@link #livePublishedVersions()} (of the given articles, or of all for {@code null}) handed
     * to {@code each} one by one as they are read, so that the caller can start on the first
     * before the last is read. {@code each} runs under the database's lock: it must not use the
     * database, and should hand the work on rather than do it.
     */
    public void eachLivePublishedVersion(Collection<Long> ids, Consumer<StoredVersion> each) {
        List<Long> sorted = ids == null ? null : new ArrayList<>(new java.util.TreeSet<>(ids));
        if (sorted != null && sorted.isEmpty()) return;
        db.read(c -> {
            boolean utf8 = db.dialect().textAsUtf8Bytes(c);
            if (sorted == null) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(PUBLISHED_VERSIONS + " ORDER BY id")) {
                    while (rs.next()) each.accept(storedVersion(rs, utf8));
                }
                return null;
            }
            for (int from = 0; from < sorted.size(); from += 500) {
                List<Long> chunk = sorted.subList(from, Math.min(sorted.size(), from + 500));
                String sql = PUBLISHED_VERSIONS + " AND id IN (" + "?,".repeat(chunk.size() - 1) + "?) ORDER BY id";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) ps.setLong(i + 1, chunk.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) each.accept(storedVersion(rs, utf8));
                    }
                }
            }
            return null;
        });
    }

    /** A row of {@link #PUBLISHED_VERSIONS}; the text's own bytes when the file keeps text as UTF-8, without a string between. */
    private static StoredVersion storedVersion(ResultSet rs, boolean utf8) throws SQLException {
        byte[] json = utf8 ? rs.getBytes(3) : rs.getString(3).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new StoredVersion(rs.getLong(1), ArticleStatus.ofKey(rs.getString(2)), json);
    }

    private Article readArticle(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String pub = rs.getString("published_content");
        return new Article(id, ArticleStatus.ofKey(rs.getString("status")), codec.read(rs.getString("content")),
                pub == null ? null : codec.read(pub), instant(rs, "embargo_at"), instant(rs, "scheduled_at"),
                stamp(rs, "first_published_at", "first_published_zone"), stamp(rs, "last_updated_at", "last_updated_zone"),
                corrections(c, id), rs.getString("withdrawal_notice"), instant(rs, "created_at"), instant(rs, "modified_at"),
                instant(rs, "trashed_at"), rs.getLong("version"));
    }

    private static List<Correction> corrections(Connection c, long id) throws SQLException {
        List<Correction> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT at, zone, text FROM correction WHERE article_id = ? ORDER BY seq")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Correction(new Stamp(Instant.ofEpochMilli(rs.getLong(1)), ZoneId.of(rs.getString(2))), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /**
     * Every article as an export reads it (trash included, in id order): the published version
     * as its {@linkplain ArticleContent#outline() outline}, which is also given as the working
     * copy (not read), with the SHA-256 of each complete published version's stored JSON and the
     * slugs. Rows stored before outlines (or slugs) existed get theirs first, in one transaction
     * each, as {@link #assignMissingSlugs()} does. One pass over the table otherwise. Read the
     * complete version of one article with {@link #publishedContent}.
     */
    public SiteArticles forSite() {
        SiteArticles read = readForSite();
        if (read == null) {
            db.tx(c -> {
                assignMissingOutlines(c);
                return null;
            });
            read = readForSite();
        }
        if (read.slugsMissing()) {
            Map<Long, String> slugs = assignMissingSlugs();
            read = new SiteArticles(read.articles(), read.digests(), slugs, false);
        }
        return read;
    }

    /** Rows handed to the parsers at a time, while the next ones are read. */
    private static final int SITE_BATCH = 500;

    /**
     * One pass over the rows; null if a published version has no outline yet. The outlines are
     * parsed on the other cores while the rows after them are read, a batch at a time.
     */
    private SiteArticles readForSite() {
        record Row(long id, String status, byte[] outline, Instant embargo, Instant scheduled, Stamp first, Stamp updated, String notice,
                   Instant created, Instant modified, Instant trashed) {
        }
        Map<Long, String> digests = new java.util.HashMap<>();
        Map<Long, String> slugs = new java.util.HashMap<>();
        Map<Long, List<Correction>> corrections = new java.util.HashMap<>();
        boolean[] slugsMissing = {false};
        java.util.function.Function<List<Row>, List<Article>> parse = rows -> {
            List<Article> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                ArticleContent pub = r.outline() == null ? null : codec.read(r.outline());
                out.add(new Article(r.id(), ArticleStatus.ofKey(r.status()), pub, pub, r.embargo(), r.scheduled(), r.first(), r.updated(),
                        corrections.getOrDefault(r.id(), List.of()), r.notice(), r.created(), r.modified(), r.trashed()));
            }
            return out;
        };
        List<java.util.concurrent.Future<List<Article>>> batches = db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT article_id, at, zone, text FROM correction ORDER BY article_id, seq")) {
                while (rs.next()) {
                    corrections.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Correction(new Stamp(Instant.ofEpochMilli(rs.getLong(2)), zone(rs.getString(3))), rs.getString(4)));
                }
            }
            List<java.util.concurrent.Future<List<Article>>> out = new ArrayList<>();
            List<Row> batch = new ArrayList<>(SITE_BATCH);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, status, published_content IS NOT NULL AS has_published, "
                    + "published_outline, published_digest, slug, embargo_at, scheduled_at, first_published_at, first_published_zone, "
                    + "last_updated_at, last_updated_zone, withdrawal_notice, created_at, modified_at, trashed_at FROM article ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    boolean published = rs.getBoolean(3);
                    byte[] outline = rs.getBytes(4);
                    String digest = rs.getString(5);
                    if (published && (outline == null || digest == null)) {
                        out.forEach(f -> f.cancel(false));
                        return null;
                    }
                    if (published) digests.put(id, digest);
                    String slug = rs.getString(6);
                    if (slug != null) slugs.put(id, slug);
                    else if (published) slugsMissing[0] = true;
                    batch.add(new Row(id, rs.getString(2), published ? outline : null, instant(rs, 7), instant(rs, 8), stamp(rs, 9, 10),
                            stamp(rs, 11, 12), rs.getString(13), instant(rs, 14), instant(rs, 15), instant(rs, 16)));
                    if (batch.size() == SITE_BATCH) {
                        List<Row> full = batch;
                        out.add(java.util.concurrent.ForkJoinPool.commonPool().submit(() -> parse.apply(full)));
                        batch = new ArrayList<>(SITE_BATCH);
                    }
                }
            }
            List<Row> last = batch;
            out.add(java.util.concurrent.CompletableFuture.completedFuture(parse.apply(last)));
            return out;
        });
        if (batches == null) return null;
        List<Article> articles = new ArrayList<>();
        for (java.util.concurrent.Future<List<Article>> f : batches) {
            try {
                articles.addAll(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while reading the site", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new StoreException("cannot read the site: " + e.getCause(), e.getCause());
            }
        }
        return new SiteArticles(articles, digests, slugs, slugsMissing[0]);
    }

    /**
     * {@link #forSite()}'s answer: the articles, their published versions as outlines; by id the
     * SHA-256 (hex) of each complete published version's stored JSON, and every slug (as
     * {@link #slugs()}). {@code slugsMissing} is false once every published article has its slug.
     */
    public record SiteArticles(List<Article> articles, Map<Long, String> digests, Map<Long, String> slugs, boolean slugsMissing) {
        public SiteArticles {
            // Copied into hash maps, not Map.copyOf: 10,000 entries each, read on every export.
            articles = java.util.Collections.unmodifiableList(new ArrayList<>(articles));
            digests = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(digests));
            slugs = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(slugs));
        }
    }

    /** The complete published version of an article, if it has one. */
    public Optional<ArticleContent> publishedContent(long id) {
        return publishedVersion(id).map(PublishedVersion::content);
    }

    /**
     * The complete published version of an article and the digest stored with it (as
     * {@link SiteArticles#digests()} gives it), so that a reader can tell whether it is still the
     * version it read the outline of.
     */
    public record PublishedVersion(ArticleContent content, String digest) {
    }

    /** The complete published version of an article with its digest, if it has one. */
    public Optional<PublishedVersion> publishedVersion(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT published_content, published_digest FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.<PublishedVersion>empty();
                    String json = rs.getString(1);
                    String digest = rs.getString(2);
                    return Optional.ofNullable(json == null ? null : new PublishedVersion(codec.read(json), digest != null ? digest : digest(json)));
                }
            }
        });
    }

    /** Digests and outlines for published versions stored before they existed (schema 4). */
    private void assignMissingOutlines(Connection c) throws SQLException {
        record Missing(long id, String digest, String outline) {
        }
        List<Missing> missing = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, published_content FROM article WHERE published_content IS NOT NULL "
                     + "AND (published_digest IS NULL OR published_outline IS NULL)")) {
            while (rs.next()) {
                String json = rs.getString(2);
                missing.add(new Missing(rs.getLong(1), digest(json), codec.write(codec.read(json).outline())));
            }
        }
        if (missing.isEmpty()) return;
        try (PreparedStatement up = c.prepareStatement("UPDATE article SET published_digest = ?, published_outline = ? WHERE id = ?")) {
            for (Missing m : missing) {
                up.setString(1, m.digest());
                up.setString(2, m.outline());
                up.setLong(3, m.id());
                up.addBatch();
            }
            up.executeBatch();
        }
    }

    /** The SHA-256 of a stored JSON text, lower-case hex. */
    static String digest(String json) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The article list: summaries only, never bodies. */
    public List<ArticleSummary> list(Filter f) {
        return list(f, 0);
    }

    /** The first {@code limit} rows of the list (0 for all), limited in the query itself. */
    private List<ArticleSummary> list(Filter f, int limit) {
        return db.read(c -> {
            List<Long> hits = null;
            if (f.query() != null && !f.query().isBlank()) {
                hits = db.dialect().search(c, f.query(), 10_000);
                if (hits.isEmpty()) return List.<ArticleSummary>of();
            }
            StringBuilder sql = new StringBuilder("SELECT id, headline, byline, status, word_count, "
                    + "content = published_content AS same_as_published, published_content IS NOT NULL AS has_published, scheduled_at, modified_at, trashed_at FROM article WHERE trashed_at IS ").append(f.trash() ? "NOT NULL" : "NULL");
            if (f.status() != null) sql.append(" AND status = ?");
            if (hits != null) sql.append(" AND id IN (").append("?,".repeat(hits.size() - 1)).append("?)");
            sql.append(switch (f.sort()) {
                case HEADLINE -> " ORDER BY lower(headline), id";
                case STATUS -> " ORDER BY status, modified_at DESC";
                case WORDS -> " ORDER BY word_count DESC, id";
                case SCHEDULED -> " ORDER BY scheduled_at IS NULL, scheduled_at, id";
                default -> " ORDER BY modified_at DESC, id DESC";
            });
            boolean limited = limit > 0 && hits == null; // relevance is ranked after the query
            if (limited) sql.append(" LIMIT ?");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                if (f.status() != null) ps.setString(i++, f.status().key());
                if (hits != null) for (long id : hits) ps.setLong(i++, id);
                if (limited) ps.setInt(i, limit);
                List<ArticleSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(summary(rs));
                }
                if (hits != null && (f.sort() == Sort.RELEVANCE)) {
                    Map<Long, Integer> rank = new LinkedHashMap<>();
                    for (int k = 0; k < hits.size(); k++) rank.put(hits.get(k), k);
                    out.sort(java.util.Comparator.comparingInt(s -> rank.getOrDefault(s.id(), Integer.MAX_VALUE)));
                }
                return out;
            }
        });
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        ArticleStatus st = ArticleStatus.ofKey(rs.getString("status"));
        boolean pending = st == ArticleStatus.PUBLISHED && rs.getBoolean("has_published") && !rs.getBoolean("same_as_published");
        return new ArticleSummary(rs.getLong("id"), rs.getString("headline"), rs.getString("byline"), st,
                rs.getInt("word_count"), pending, instant(rs, "scheduled_at"), instant(rs, "modified_at"), instant(rs, "trashed_at"));
    }

    /** Articles not in the trash, by status. */
    public Map<ArticleStatus, Integer> countByStatus() {
        return db.read(c -> {
            Map<ArticleStatus, Integer> m = new EnumMap<>(ArticleStatus.class);
            for (ArticleStatus s : ArticleStatus.values()) m.put(s, 0);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT status, count(*) FROM article WHERE trashed_at IS NULL GROUP BY status")) {
                while (rs.next()) m.put(ArticleStatus.ofKey(rs.getString(1)), rs.getInt(2));
            }
            return m;
        });
    }

    /** Scheduled articles, soonest first. */
    public List<ArticleSummary> scheduled(int limit) {
        return list(Filter.ALL.withStatus(ArticleStatus.SCHEDULED).withSort(Sort.SCHEDULED), limit);
    }

    public List<ArticleSummary> recent(int limit) {
        return list(Filter.ALL, limit);
    }

    /** Moves an article to the trash. A published one must be withdrawn first: readers still see it. */
    public void trash(long id, Instant now) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT status, headline FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && ArticleStatus.ofKey(rs.getString(1)) == ArticleStatus.PUBLISHED) {
                        throw new IllegalStateException("\u201c" + rs.getString(2) + "\u201d is published; withdraw it before moving it to the trash");
                    }
                }
            }
            setTrashed(c, id, now);
            return null;
        });
    }

    public void restoreFromTrash(long id) {
        db.tx(c -> {
            setTrashed(c, id, null);
            return null;
        });
    }

    private static void setTrashed(Connection c, long id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET trashed_at = ? WHERE id = ?")) {
            setInstant(ps, 1, at);
            ps.setLong(2, id);
            if (ps.executeUpdate() == 0) throw new IllegalArgumentException("no article with id " + id);
        }
    }

    /** Deletes an article from the trash for good, with its revisions. */
    public void deleteForever(long id) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE id = ? AND trashed_at IS NOT NULL")) {
                ps.setLong(1, id);
                if (ps.executeUpdate() == 0) throw new IllegalStateException("only an article in the trash can be deleted");
            }
            db.dialect().unindex(c, id);
            return null;
        });
    }

    /** The slug of every article that has one, by id (docs/urls.md). */
    public Map<Long, String> slugs() {
        return db.read(ArticleSlugs::all);
    }

    /**
     * Gives every article with a published version a slug if it has none yet (articles
     * published before slugs existed), in one transaction; returns every slug, by id.
     */
    public Map<Long, String> assignMissingSlugs() {
        return db.tx(c -> {
            ArticleSlugs.assignMissing(c, codec);
            return ArticleSlugs.all(c);
        });
    }

    public int count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    // --- revisions ---

    public List<org.masthead.model.Revision> revisions(long articleId) {
        return db.read(c -> revisions.list(c, articleId));
    }

    public ArticleContent revisionContent(long revisionId) {
        return db.read(c -> codec.read(revisions.content(c, revisionId)));
    }

    /** Makes a revision the working copy again, keeping a revision of the restore. */
    public Article restoreRevision(long articleId, long revisionId, Instant now) {
        Article a = load(articleId);
        return save(a.withContent(revisionContent(revisionId), now), SaveKind.RESTORE);
    }

    // --- helpers ---

    static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) ps.setNull(i, Types.INTEGER); else ps.setLong(i, t.toEpochMilli());
    }

    private static void setStamp(PreparedStatement ps, int i, Stamp s) throws SQLException {
        if (s == null) {
            ps.setNull(i, Types.INTEGER);
            ps.setNull(i + 1, Types.VARCHAR);
        } else {
            ps.setLong(i, s.instant().toEpochMilli());
            ps.setString(i + 1, s.zone().getId());
        }
    }

    static Instant instant(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Stamp stamp(ResultSet rs, int at, int zone) throws SQLException {
        Instant i = instant(rs, at);
        String z = rs.getString(zone);
        return i == null || z == null ? null : new Stamp(i, zone(z));
    }

    /** The few zones articles are published in, each parsed once (an export reads two per article). */
    private static final Map<String, ZoneId> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    private static ZoneId zone(String id) {
        ZoneId z = ZONES.get(id);
        if (z != null) return z;
        z = ZoneId.of(id);
        if (ZONES.size() < 1_000) ZONES.put(id, z);
        return z;
    }

    private static Stamp stamp(ResultSet rs, String at, String zone) throws SQLException {
        Instant i = instant(rs, at);
        String z = rs.getString(zone);
        return i == null || z == null ? null : new Stamp(i, ZoneId.of(z));
    }
}
