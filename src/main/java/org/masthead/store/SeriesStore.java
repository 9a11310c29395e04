package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.model.Article;
import org.masthead.model.ArticleRef;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Cadence;
import org.masthead.model.PartStage;
import org.masthead.model.PlanLogEntry;
import org.masthead.model.PlannedTime;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.SeriesStatus;
import org.masthead.model.PlanPart;
import org.masthead.model.SeriesWithParts;

/**
 * Series, their parts and the plan log. A plan is saved whole, in one transaction, together
 * with the log entries of the published pages it changes. Reading every plan at once (the
 * planner's calendar) takes three queries, whatever the number of series.
 */
public final class SeriesStore {

    static final String SERIES_COLUMNS = "id, title, topic, description, planned_parts, cadence_unit, cadence_interval, cadence_day, "
            + "cadence_time, cadence_zone, owner, status, note_template, created_at, modified_at";
    static final String PART_COLUMNS = "id, series_id, position, working_title, author, article_id, stage, pitch_due, draft_due, "
            + "edit_due, publish_local, publish_zone";
    private static final String REF_COLUMNS = "a.id, a.status, a.headline, a.byline, a.scheduled_at, a.first_published_at, a.embargo_at, a.trashed_at";

    private final Database db;
    private final ArticleStore articles;

    public SeriesStore(Database db, ArticleStore articles) {
        this.db = db;
        this.articles = articles;
    }

    // ---- reading ----

    public List<Series> listSeries() {
        return db.read(c -> {
            List<Series> l = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + SERIES_COLUMNS + " FROM series ORDER BY lower(title), id")) {
                while (rs.next()) l.add(readSeries(rs));
            }
            return l;
        });
    }

    public Optional<SeriesWithParts> plan(long seriesId) {
        return db.read(c -> {
            Series s;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SERIES_COLUMNS + " FROM series WHERE id = ?")) {
                ps.setLong(1, seriesId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.<SeriesWithParts>empty();
                    s = readSeries(rs);
                }
            }
            List<PlanPart> parts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + partColumns("p") + ", " + REF_COLUMNS
                    + " FROM series_part p LEFT JOIN article a ON a.id = p.article_id WHERE p.series_id = ? ORDER BY p.position")) {
                ps.setLong(1, seriesId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) parts.add(new PlanPart(readPart(rs), readRef(rs, 13)));
                }
            }
            return Optional.of(new SeriesWithParts(s, parts));
        });
    }

    public SeriesWithParts load(long seriesId) {
        return plan(seriesId).orElseThrow(() -> new IllegalStateException("series " + seriesId + " does not exist"));
    }

    /** Every series with its parts, ordered by title. */
    public List<SeriesWithParts> allPlans() {
        return db.read(this::allPlans);
    }

    /** {@link #allPlans()}, read beside other readers of the database rather than after them ({@link Database#readAlongside}). */
    public List<SeriesWithParts> allPlansAlongside() {
        return db.readAlongside(this::allPlans);
    }

    private List<SeriesWithParts> allPlans(Connection c) throws SQLException {
        Map<Long, Series> series = new java.util.LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + SERIES_COLUMNS + " FROM series ORDER BY lower(title), id")) {
            while (rs.next()) {
                Series x = readSeries(rs);
                series.put(x.id(), x);
            }
        }
        Map<Long, List<PlanPart>> parts = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + partColumns("p") + ", " + REF_COLUMNS
                     + " FROM series_part p LEFT JOIN article a ON a.id = p.article_id ORDER BY p.series_id, p.position")) {
            while (rs.next()) {
                SeriesPart p = readPart(rs);
                parts.computeIfAbsent(p.seriesId(), k -> new ArrayList<>()).add(new PlanPart(p, readRef(rs, 13)));
            }
        }
        List<SeriesWithParts> out = new ArrayList<>(series.size());
        for (Series s : series.values()) out.add(new SeriesWithParts(s, parts.getOrDefault(s.id(), List.of())));
        return out;
    }

    /** The plan an article belongs to, if it is a series part. */
    public Optional<SeriesWithParts> planOfArticle(long articleId) {
        Long sid = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT series_id FROM series_part WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        });
        return sid == null ? Optional.empty() : plan(sid);
    }

    /**
     * Articles that are not series parts and belong on the calendar: ready (the pool), scheduled
     * or published.
     */
    public List<ArticleRef> standaloneArticles() {
        return db.read(c -> {
            List<ArticleRef> l = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + REF_COLUMNS + " FROM article a WHERE a.trashed_at IS NULL "
                         + "AND a.status IN ('ready', 'scheduled', 'published') "
                         + "AND NOT EXISTS (SELECT 1 FROM series_part p WHERE p.article_id = a.id)")) {
                while (rs.next()) l.add(readRef(rs, 1));
            }
            return l;
        });
    }

    /** Every article scheduled to go out, series parts or not. */
    public List<ArticleRef> scheduledArticles() {
        return db.read(c -> {
            List<ArticleRef> l = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + REF_COLUMNS + " FROM article a WHERE a.status = 'scheduled' "
                         + "AND a.trashed_at IS NULL ORDER BY a.scheduled_at")) {
                while (rs.next()) l.add(readRef(rs, 1));
            }
            return l;
        });
    }

    public List<PlanLogEntry> log(long seriesId) {
        return db.read(c -> {
            List<PlanLogEntry> l = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, series_id, article_id, at, message FROM plan_log WHERE series_id = ? ORDER BY at DESC, id DESC")) {
                ps.setLong(1, seriesId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        l.add(new PlanLogEntry(rs.getLong(1), rs.getLong(2), rs.getLong(3), Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5)));
                    }
                }
            }
            return l;
        });
    }

    /** Every series' plan log, by series id, newest first. */
    public Map<Long, List<PlanLogEntry>> logs() {
        return db.read(c -> {
            Map<Long, List<PlanLogEntry>> m = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, series_id, article_id, at, message FROM plan_log ORDER BY at DESC, id DESC")) {
                while (rs.next()) {
                    m.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new PlanLogEntry(rs.getLong(1), rs.getLong(2), rs.getLong(3), Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5)));
                }
            }
            return m;
        });
    }

    public int count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM series")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    // ---- writing ----

    /** A new series with {@code parts} planned parts. */
    public SeriesWithParts create(Series s, List<SeriesPart> parts) {
        long id = db.tx(c -> {
            long sid = insertSeries(c, s.withId(0).withPlannedParts(parts.size()));
            int position = 0;
            for (SeriesPart p : parts) writePart(c, p.withId(0).withSeriesId(sid).withPosition(++position));
            return sid;
        });
        return load(id);
    }

    /** A part to create with the article already written for it ({@code null} while there is none). */
    public record NewPart(SeriesPart part, Article article) {
    }

    /** A series to create with its parts in order. */
    public record NewPlan(Series series, List<NewPart> parts) {
        public NewPlan {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Creates many series with their parts and articles in one transaction (benchmarks and bulk
     * imports; a transaction per series would cost a disk sync each). Returns the parts created.
     */
    public int createAll(List<NewPlan> plans) {
        return db.tx(c -> {
            int n = 0;
            for (NewPlan np : plans) {
                long id = insertSeries(c, np.series().withId(0).withPlannedParts(np.parts().size()));
                int position = 0;
                for (NewPart part : np.parts()) {
                    long articleId = part.article() == null ? 0 : articles.save(c, part.article(), ArticleStore.SaveKind.EXPLICIT).id();
                    writePart(c, part.part().withId(0).withSeriesId(id).withPosition(++position).withArticleId(articleId));
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * Saves a plan whole: the series row, every part (new ones inserted, missing ones deleted),
     * and the log entries of the published pages it changes; one transaction. Returns the plan as
     * stored, with ids.
     */
    public SeriesWithParts savePlan(SeriesWithParts plan, List<PlanLogEntry> log, Instant now) {
        db.tx(c -> {
            if (plan.series().id() == 0) throw new IllegalArgumentException("save the series first");
            long stored = storedVersion(c, plan.series().id());
            if (stored != plan.series().modifiedAt().toEpochMilli()) {
                throw new StalePlanException("the plan of \"" + plan.series().title() + "\" was changed meanwhile (a part was written, "
                        + "scheduled or published); it is shown again as it is now. Nothing was changed; make the change again.");
            }
            Map<Long, String> publishedParts = publishedParts(c, plan.series().id());
            Series s = plan.series().withModifiedAt(Instant.ofEpochMilli(Math.max(now.toEpochMilli(), stored + 1)));
            updateSeries(c, s);
            Set<Long> keep = new HashSet<>();
            for (PlanPart pp : plan.parts()) {
                SeriesPart p = pp.part().withSeriesId(s.id());
                if (p.isDropped() && publishedParts.containsKey(p.id())) {
                    throw new IllegalStateException("\"" + publishedParts.get(p.id()) + "\" is published and cannot be dropped; withdraw it "
                            + "instead. Nothing was changed.");
                }
                keep.add(p.id() == 0 ? writePart(c, p.withArticleId(0)) : updatePart(c, p));
            }
            for (Map.Entry<Long, String> e : publishedParts.entrySet()) {
                if (!keep.contains(e.getKey())) {
                    throw new IllegalStateException("\"" + e.getValue() + "\" is published and cannot be removed from its series. Nothing was changed.");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM series_part WHERE series_id = ?")) {
                ps.setLong(1, s.id());
                List<Long> gone = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) if (!keep.contains(rs.getLong(1))) gone.add(rs.getLong(1));
                }
                try (PreparedStatement del = c.prepareStatement("DELETE FROM series_part WHERE id = ?")) {
                    for (long g : gone) {
                        del.setLong(1, g);
                        del.executeUpdate();
                    }
                }
            }
            for (PlanLogEntry e : log) insertLog(c, new PlanLogEntry(0, s.id(), e.articleId(), e.at() == null ? now : e.at(), e.message()));
            return null;
        });
        return load(plan.series().id());
    }

    /** A plan save refused because the plan it was made from is no longer the stored one. */
    public static final class StalePlanException extends IllegalStateException {
        StalePlanException(String message) {
            super(message);
        }
    }

    /** The series' version: its modified_at, moved on by every change to its plan or its parts' articles' status. */
    private static long storedVersion(Connection c, long seriesId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT modified_at FROM series WHERE id = ?")) {
            ps.setLong(1, seriesId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalStateException("the series was deleted meanwhile; nothing was saved");
                return rs.getLong(1);
            }
        }
    }

    /** Moves a series' version on, so a plan read before this change is refused when saved. */
    static void touch(Connection c, String where, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE series SET modified_at = modified_at + 1 WHERE id IN "
                + "(SELECT series_id FROM series_part WHERE " + where + " = ?)")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** The parts of a series whose article is published, with its headline. */
    private static Map<Long, String> publishedParts(Connection c, long seriesId) throws SQLException {
        Map<Long, String> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, a.headline FROM series_part p JOIN article a ON a.id = p.article_id "
                + "WHERE p.series_id = ? AND a.status = 'published'")) {
            ps.setLong(1, seriesId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) m.put(rs.getLong(1), rs.getString(2));
            }
        }
        return m;
    }

    /** Deletes a series and its plan; articles written for it stay, as stand-alone articles. */
    public void delete(long seriesId) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM series_part p JOIN article a ON a.id = p.article_id "
                    + "WHERE p.series_id = ? AND a.status = 'published'")) {
                ps.setLong(1, seriesId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        throw new IllegalStateException("the series has published parts, so its pages still show it; "
                                + "mark it finished or cancelled instead. Nothing was deleted.");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM series WHERE id = ?")) {
                ps.setLong(1, seriesId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Creates the draft of a planned part: the article from {@code draft}, linked to the part, in
     * one transaction. Refused when the part already has an article or no longer exists.
     */
    public Article createDraft(long partId, Article draft) {
        return db.tx(c -> {
            requireOpenPart(c, partId);
            Article a = articles.save(c, draft, ArticleStore.SaveKind.EXPLICIT);
            setArticle(c, partId, a.id());
            return a;
        });
    }

    /**
     * Links an existing article to a planned part that has none (an import placing an article
     * written elsewhere), in one transaction. Refused when the part already has an article, is
     * dropped or no longer exists, or when the article is already a part of some series.
     */
    public void linkArticle(long partId, long articleId) {
        db.tx(c -> {
            linkArticle(c, partId, articleId);
            return null;
        });
    }

    /** {@link #linkArticle(long, long)} inside a caller's transaction. */
    static void linkArticle(Connection c, long partId, long articleId) throws SQLException {
        requireOpenPart(c, partId);
        try (PreparedStatement ps = c.prepareStatement("SELECT series_id FROM series_part WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) throw new IllegalStateException("article " + articleId + " is already a part of series " + rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no article with id " + articleId);
            }
        }
        setArticle(c, partId, articleId);
    }

    /** Refuses a part that is gone, already has an article, or is dropped. */
    private static void requireOpenPart(Connection c, long partId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, stage FROM series_part WHERE id = ?")) {
            ps.setLong(1, partId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalStateException("the part was removed from its series meanwhile");
                if (rs.getObject(1) != null) throw new IllegalStateException("the part already has an article (id " + rs.getLong(1) + ")");
                if (PartStage.ofKey(rs.getString(2)) == PartStage.DROPPED) throw new IllegalStateException("the part is dropped; reinstate it first");
            }
        }
    }

    /** Links a part to its article (commissioned: someone is writing it) and moves the series' version on. */
    private static void setArticle(Connection c, long partId, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE series_part SET article_id = ?, stage = ? WHERE id = ?")) {
            ps.setLong(1, articleId);
            ps.setString(2, PartStage.COMMISSIONED.key());
            ps.setLong(3, partId);
            ps.executeUpdate();
        }
        touch(c, "id", partId);
    }

    /**
     * Saves a part's new publication time and, when its article is ready or scheduled, schedules
     * the article for the same instant — one transaction, so plan and workflow agree.
     */
    public Article reschedulePart(long partId, PlannedTime time, Article scheduledArticle) {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE series_part SET publish_local = ?, publish_zone = ?, publish_at = ? WHERE id = ?")) {
                setPlanned(ps, 1, time);
                ps.setLong(4, partId);
                if (ps.executeUpdate() == 0) throw new IllegalStateException("the part was removed from its series meanwhile");
            }
            touch(c, "id", partId);
            return scheduledArticle == null ? null : articles.save(c, scheduledArticle, ArticleStore.SaveKind.EXPLICIT);
        });
    }

    // ---- rows ----

    long insertSeries(Connection c, Series s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(InsertId.sql("INSERT INTO series (title, topic, description, planned_parts, "
                + "cadence_unit, cadence_interval, cadence_day, cadence_time, cadence_zone, owner, status, note_template, created_at, "
                + "modified_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", s.id() != 0))) {
            bindSeries(ps, s);
            return InsertId.run(ps, 15, s.id());
        }
    }

    private static void updateSeries(Connection c, Series s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE series SET title=?, topic=?, description=?, planned_parts=?, cadence_unit=?, "
                + "cadence_interval=?, cadence_day=?, cadence_time=?, cadence_zone=?, owner=?, status=?, note_template=?, created_at=?, "
                + "modified_at=? WHERE id=?")) {
            bindSeries(ps, s);
            ps.setLong(15, s.id());
            if (ps.executeUpdate() == 0) throw new IllegalStateException("the series was deleted meanwhile; nothing was saved");
        }
    }

    private static void bindSeries(PreparedStatement ps, Series s) throws SQLException {
        ps.setString(1, s.title());
        ps.setString(2, s.topic());
        ps.setString(3, s.description());
        ps.setInt(4, s.plannedParts());
        ps.setString(5, s.cadence().unit().name().toLowerCase());
        ps.setInt(6, s.cadence().interval());
        ps.setString(7, s.cadence().day().name().toLowerCase());
        ps.setString(8, s.cadence().time().toString());
        ps.setString(9, s.cadence().zone().getId());
        ps.setString(10, s.owner());
        ps.setString(11, s.status().key());
        ps.setString(12, s.noteTemplate());
        ps.setLong(13, s.createdAt().toEpochMilli());
        ps.setLong(14, s.modifiedAt().toEpochMilli());
    }

    /** Inserts a part, keeping its id when it has one (restore). */
    long writePart(Connection c, SeriesPart p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(InsertId.sql("INSERT INTO series_part (series_id, position, working_title, author, "
                + "article_id, stage, pitch_due, draft_due, edit_due, publish_local, publish_zone, publish_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                p.id() != 0))) {
            bindPart(ps, p);
            return InsertId.run(ps, 13, p.id());
        }
    }

    private static long updatePart(Connection c, SeriesPart p) throws SQLException {
        // article_id is never written from a plan: only createDraft links a part, and deleting its
        // article unlinks it; a plan read before either must not undo them.
        try (PreparedStatement ps = c.prepareStatement("UPDATE series_part SET series_id=?, position=?, working_title=?, author=?, "
                + "stage=?, pitch_due=?, draft_due=?, edit_due=?, publish_local=?, publish_zone=?, publish_at=? WHERE id=? AND series_id=?")) {
            ps.setLong(1, p.seriesId());
            ps.setInt(2, p.position());
            ps.setString(3, p.workingTitle());
            ps.setString(4, p.author());
            ps.setString(5, p.stage().key());
            setDate(ps, 6, p.pitchDue());
            setDate(ps, 7, p.draftDue());
            setDate(ps, 8, p.editDue());
            setPlanned(ps, 9, p.planned());
            ps.setLong(12, p.id());
            ps.setLong(13, p.seriesId());
            if (ps.executeUpdate() == 0) throw new IllegalStateException("a part was removed meanwhile; reload the series");
            return p.id();
        }
    }

    private static void bindPart(PreparedStatement ps, SeriesPart p) throws SQLException {
        ps.setLong(1, p.seriesId());
        ps.setInt(2, p.position());
        ps.setString(3, p.workingTitle());
        ps.setString(4, p.author());
        if (p.articleId() == 0) ps.setNull(5, Types.INTEGER); else ps.setLong(5, p.articleId());
        ps.setString(6, p.stage().key());
        setDate(ps, 7, p.pitchDue());
        setDate(ps, 8, p.draftDue());
        setDate(ps, 9, p.editDue());
        setPlanned(ps, 10, p.planned());
    }

    static void insertLog(Connection c, PlanLogEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(InsertId.sql("INSERT INTO plan_log (series_id, article_id, at, message) VALUES (?,?,?,?)",
                e.id() != 0))) {
            ps.setLong(1, e.seriesId());
            if (e.articleId() == 0) ps.setNull(2, Types.INTEGER); else ps.setLong(2, e.articleId());
            ps.setLong(3, e.at().toEpochMilli());
            ps.setString(4, e.message());
            InsertId.run(ps, 5, e.id());
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.VARCHAR); else ps.setString(i, d.toString());
    }

    private static void setPlanned(PreparedStatement ps, int i, PlannedTime t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.VARCHAR);
            ps.setNull(i + 1, Types.VARCHAR);
            ps.setNull(i + 2, Types.INTEGER);
        } else {
            ps.setString(i, t.local().toString());
            ps.setString(i + 1, t.zone().getId());
            ps.setLong(i + 2, t.instant().toEpochMilli());
        }
    }

    static Series readSeries(ResultSet rs) throws SQLException {
        Cadence cad = new Cadence(Cadence.Unit.valueOf(rs.getString(6).toUpperCase()), rs.getInt(7), DayOfWeek.valueOf(rs.getString(8).toUpperCase()),
                LocalTime.parse(rs.getString(9)), ZoneId.of(rs.getString(10)));
        return new Series(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), cad, rs.getString(11),
                SeriesStatus.ofKey(rs.getString(12)), rs.getString(13), Instant.ofEpochMilli(rs.getLong(14)), Instant.ofEpochMilli(rs.getLong(15)));
    }

    private static String partColumns(String alias) {
        return alias + "." + PART_COLUMNS.replace(", ", ", " + alias + ".");
    }

    static SeriesPart readPart(ResultSet rs) throws SQLException {
        String local = rs.getString(11);
        PlannedTime t = local == null ? null : new PlannedTime(LocalDateTime.parse(local), ZoneId.of(rs.getString(12)));
        return new SeriesPart(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                PartStage.ofKey(rs.getString(7)), date(rs.getString(8)), date(rs.getString(9)), date(rs.getString(10)), t);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** An article reference from 8 columns starting at {@code i}, or {@code null} when the join found none. */
    private static ArticleRef readRef(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong(i);
        if (rs.wasNull()) return null;
        return new ArticleRef(id, ArticleStatus.ofKey(rs.getString(i + 1)), rs.getString(i + 2), rs.getString(i + 3), instant(rs, i + 4),
                instant(rs, i + 5), instant(rs, i + 6), rs.getObject(i + 7) != null);
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
