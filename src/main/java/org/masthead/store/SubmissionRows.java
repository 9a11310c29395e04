package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.masthead.model.InboxQuery;
import org.masthead.model.LengthUnit;
import org.masthead.model.MessageKind;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionRow;
import org.masthead.model.SubmissionStatus;

/**
 * The submission table's rows: a {@link Submission} read and written, and the light
 * {@link SubmissionRow}s of the inbox list, filtered, sorted and paged in SQL. Tags and average
 * scores are read for all listed rows at once, not a query per row.
 */
final class SubmissionRows {

    static final String COLUMNS = "id, kind, status, title, from_name, from_email, claimed_title, title_verified, verified_by, bio, "
            + "conflict_note, language, length, length_unit, received_at, pitch, exclusive, exclusive_until, answer_due, news_peg_expiry, "
            + "duplicate_of, assignee_id, article_id, modified_at";
    private static final String ROW_COLUMNS = "s.id, s.status, s.kind, s.title, s.from_name, s.from_email, s.received_at, s.language, "
            + "s.length, s.length_unit, s.pitch, s.answer_due, s.exclusive, s.exclusive_until, s.duplicate_of, p.name";
    private static final String ROW_FROM = " FROM submission s LEFT JOIN person p ON p.id = s.assignee_id";
    /** Above this many rows, tags and scores are read whole rather than for a list of ids. */
    private static final int BULK = 500;

    private SubmissionRows() {
    }

    static Optional<Submission> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM submission WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(read(rs).withTags(tags(c, id)));
            }
        }
    }

    static Submission require(Connection c, long id) throws SQLException {
        return find(c, id).orElseThrow(() -> new IllegalArgumentException("no submission with id " + id));
    }

    static Submission read(ResultSet rs) throws SQLException {
        return new Submission(rs.getLong(1), MessageKind.ofKey(rs.getString(2)), SubmissionStatus.ofKey(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8) == 1, rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getInt(13), LengthUnit.ofKey(rs.getString(14)), instant(rs, 15), rs.getInt(16) == 1, rs.getInt(17) == 1,
                instant(rs, 18), instant(rs, 19), date(rs.getString(20)), longOrNull(rs, 21), longOrNull(rs, 22), List.of(),
                longOrNull(rs, 23), instant(rs, 24));
    }

    private static final String INSERT_ROW = "INSERT INTO submission (kind, status, title, from_name, from_email, claimed_title, "
            + "title_verified, verified_by, bio, conflict_note, language, length, length_unit, received_at, pitch, exclusive, exclusive_until, "
            + "answer_due, news_peg_expiry, duplicate_of, assignee_id, article_id, modified_at, title_key, sender_key, created_at) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    /** The insert of a new row, whose id the database gives. */
    static final String INSERT = InsertId.sql(INSERT_ROW, false);

    /** Inserts the row, keeping {@code s.id()} when it is set (a restore); returns the id. */
    static long insert(Connection c, Submission s, Instant createdAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(InsertId.sql(INSERT_ROW, s.id() > 0))) {
            int i = bind(ps, s);
            ps.setLong(i++, createdAt.toEpochMilli());
            return InsertId.run(ps, i, s.id());
        }
    }

    /** Inserts a new row (no id yet) through a statement of {@link #INSERT}, e.g. a cached one. */
    static long insert(PreparedStatement ps, Submission s, Instant createdAt) throws SQLException {
        if (s.id() > 0) throw new IllegalArgumentException("submission " + s.id() + " already has an id");
        int i = bind(ps, s);
        ps.setLong(i, createdAt.toEpochMilli());
        return returnedId(ps);
    }

    /**
     * Runs an {@code INSERT ... RETURNING id} and gives the id. Through executeQuery, because the
     * driver's executeUpdate follows every INSERT with a second statement of its own
     * ({@code SELECT last_insert_rowid()}), prepared anew each time: half the cost of an import.
     */
    static long returnedId(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Writes every column of the row but its id and creation time. */
    static void update(Connection c, Submission s) throws SQLException {
        update(c, s, null);
    }

    /**
     * Writes the row if it is still at version {@code expected} (its modified_at in epoch
     * milliseconds; null: whatever it is). A row another connection wrote since this transaction
     * read it is left alone: {@link ConflictException} (decision 0017).
     */
    static void update(Connection c, Submission s, Instant expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE submission SET kind=?, status=?, title=?, from_name=?, from_email=?, "
                + "claimed_title=?, title_verified=?, verified_by=?, bio=?, conflict_note=?, language=?, length=?, length_unit=?, "
                + "received_at=?, pitch=?, exclusive=?, exclusive_until=?, answer_due=?, news_peg_expiry=?, duplicate_of=?, assignee_id=?, "
                + "article_id=?, modified_at=?, title_key=?, sender_key=? WHERE id=?" + (expected == null ? "" : " AND modified_at=?"))) {
            int i = bind(ps, s);
            ps.setLong(i, s.id());
            if (expected != null) ps.setLong(i + 1, expected.toEpochMilli());
            if (ps.executeUpdate() == 0 && expected != null) {
                long now = version(c, s.id());
                throw new ConflictException("submission", s.id(), s.title(), expected.toEpochMilli(), now, null, null);
            }
        }
    }

    private static int bind(PreparedStatement ps, Submission s) throws SQLException {
        int i = 1;
        ps.setString(i++, s.kind().key());
        ps.setString(i++, s.status().key());
        ps.setString(i++, s.title());
        ps.setString(i++, s.fromName());
        ps.setString(i++, s.fromEmail());
        ps.setString(i++, s.claimedTitle());
        ps.setInt(i++, s.titleVerified() ? 1 : 0);
        ps.setString(i++, s.verifiedBy());
        ps.setString(i++, s.bio());
        ps.setString(i++, s.conflictNote());
        ps.setString(i++, s.language());
        ps.setInt(i++, s.length());
        ps.setString(i++, s.lengthUnit().key());
        ArticleStore.setInstant(ps, i++, s.receivedAt());
        ps.setInt(i++, s.pitch() ? 1 : 0);
        ps.setInt(i++, s.exclusive() ? 1 : 0);
        ArticleStore.setInstant(ps, i++, s.exclusiveUntil());
        ArticleStore.setInstant(ps, i++, s.answerDue());
        ps.setString(i++, s.newsPegExpiry() == null ? null : s.newsPegExpiry().toString());
        setLong(ps, i++, s.duplicateOf());
        setLong(ps, i++, s.assigneeId());
        setLong(ps, i++, s.articleId());
        ps.setLong(i++, s.modifiedAt().toEpochMilli());
        ps.setString(i++, TitleKey.of(s.title()));
        ps.setString(i++, TitleKey.sender(s.fromEmail()));
        return i;
    }

    /** The stored version (modified_at) of a submission. */
    static long version(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT modified_at FROM submission WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no submission with id " + id);
                return rs.getLong(1);
            }
        }
    }

    /** A version after {@code stored} and no earlier than {@code now}: every write moves it on. */
    static Instant next(long stored, Instant now) {
        return Instant.ofEpochMilli(Math.max(now.toEpochMilli(), stored + 1));
    }

    static List<String> tags(Connection c, long id) throws SQLException {
        List<String> l = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tag FROM submission_tag WHERE submission_id = ? ORDER BY tag")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) l.add(rs.getString(1));
            }
        }
        return l;
    }

    // ---- the list ----

    /** The WHERE clause of a query and its values. */
    private record Where(String sql, List<Object> params) {
    }

    private static Where where(InboxQuery q, Instant now, SqlDialect dialect) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        in(sql, params, "s.status", q.statuses(), SubmissionStatus::key);
        in(sql, params, "s.kind", q.kinds(), MessageKind::key);
        if (q.assigneeId() != null) {
            sql.append(" AND s.assignee_id = ?");
            params.add(q.assigneeId());
        }
        if (!q.tag().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM submission_tag t WHERE t.submission_id = s.id AND t.tag = ?)");
            params.add(q.tag());
        }
        if (!q.language().isEmpty()) {
            sql.append(" AND s.language = ?");
            params.add(q.language());
        }
        if (q.dueWithinHours() != null) {
            long until = now.plusSeconds(3600L * q.dueWithinHours()).toEpochMilli();
            appendDue(sql, params, until);
        }
        if (q.exclusiveOnly()) sql.append(" AND s.exclusive = 1");
        if (!q.text().isEmpty()) {
            SqlDialect.SqlCondition m = dialect.submissionMatch(q.text());
            sql.append(" AND ").append(m.sql());
            params.addAll(m.params());
        }
        return new Where(sql.toString(), params);
    }

    /** Open items whose answer due or exclusive offer falls before {@code until}, overdue ones included. */
    private static void appendDue(StringBuilder sql, List<Object> params, long until) {
        List<SubmissionStatus> open = java.util.Arrays.stream(SubmissionStatus.values()).filter(SubmissionStatus::isOpen).toList();
        in(sql, params, "s.status", open, SubmissionStatus::key);
        sql.append(" AND (s.answer_due <= ? OR (s.exclusive = 1 AND s.exclusive_until <= ?))");
        params.add(until);
        params.add(until);
    }

    private static <T> void in(StringBuilder sql, List<Object> params, String column, Collection<T> values, Function<T, String> key) {
        if (values.isEmpty()) return;
        sql.append(" AND ").append(column).append(" IN (");
        int n = 0;
        for (T v : values) {
            sql.append(n++ == 0 ? "?" : ",?");
            params.add(key.apply(v));
        }
        sql.append(')');
    }

    static List<SubmissionRow> list(Connection c, InboxQuery q, Instant now, SqlDialect dialect) throws SQLException {
        Where w = where(q, now, dialect);
        String order = q.sort() == InboxQuery.Sort.RECEIVED_NEWEST
                ? " ORDER BY s.received_at DESC NULLS LAST, s.id DESC"
                : " ORDER BY s.answer_due ASC NULLS LAST, s.received_at DESC NULLS LAST, s.id DESC";
        String page = q.limit() > 0 ? " LIMIT " + q.limit() + " OFFSET " + q.offset() : (q.offset() > 0 ? " LIMIT -1 OFFSET " + q.offset() : "");
        return rows(c, "SELECT " + ROW_COLUMNS + ROW_FROM + w.sql() + order + page, w.params());
    }

    static int count(Connection c, InboxQuery q, Instant now, SqlDialect dialect) throws SQLException {
        Where w = where(q, now, dialect);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM submission s" + w.sql())) {
            bindAll(ps, w.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Open submissions due before {@code until}, soonest deadline first. */
    static List<SubmissionRow> due(Connection c, Instant until) throws SQLException {
        StringBuilder sql = new StringBuilder(" WHERE s.kind = ?");
        List<Object> params = new ArrayList<>(List.of(MessageKind.SUBMISSION.key()));
        appendDue(sql, params, until.toEpochMilli());
        List<SubmissionRow> rows = new ArrayList<>(rows(c, "SELECT " + ROW_COLUMNS + ROW_FROM + sql, params));
        rows.sort(java.util.Comparator.comparing(SubmissionRow::nextDeadline).thenComparing(SubmissionRow::id));
        return rows;
    }

    /** The rows of these ids, in the order given (ids that no longer exist are left out). */
    static List<SubmissionRow> byIds(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) return List.of();
        StringBuilder sql = new StringBuilder("SELECT " + ROW_COLUMNS + ROW_FROM + " WHERE s.id IN (");
        for (int i = 0; i < ids.size(); i++) sql.append(i == 0 ? "?" : ",?");
        Map<Long, SubmissionRow> byId = new HashMap<>();
        for (SubmissionRow r : rows(c, sql.append(')').toString(), new ArrayList<>(ids))) byId.put(r.id(), r);
        List<SubmissionRow> out = new ArrayList<>(ids.size());
        for (long id : ids) if (byId.containsKey(id)) out.add(byId.get(id));
        return out;
    }

    private static List<SubmissionRow> rows(Connection c, String sql, List<Object> params) throws SQLException {
        List<SubmissionRow> rows = new ArrayList<>();
        // Names, addresses, languages and assignees repeat across a list of 100,000: one String each, not one a row.
        Map<String, String> shared = new HashMap<>();
        Function<String, String> one = v -> v == null ? null : shared.computeIfAbsent(v, Function.identity());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String assignee = one.apply(rs.getString(16));
                    rows.add(new SubmissionRow(rs.getLong(1), SubmissionStatus.ofKey(rs.getString(2)), MessageKind.ofKey(rs.getString(3)),
                            rs.getString(4), one.apply(rs.getString(5)), one.apply(rs.getString(6)), instant(rs, 7), one.apply(rs.getString(8)), rs.getInt(9),
                            LengthUnit.ofKey(rs.getString(10)), rs.getInt(11) == 1, instant(rs, 12), rs.getInt(13) == 1, instant(rs, 14),
                            longOrNull(rs, 15), assignee, List.of(), null));
                }
            }
        }
        return withTagsAndScores(c, rows);
    }

    private static List<SubmissionRow> withTagsAndScores(Connection c, List<SubmissionRow> rows) throws SQLException {
        if (rows.isEmpty()) return rows;
        String filter = "";
        List<Object> ids = new ArrayList<>();
        if (rows.size() <= BULK) {
            StringBuilder sb = new StringBuilder(" WHERE submission_id IN (");
            for (SubmissionRow r : rows) {
                sb.append(ids.isEmpty() ? "?" : ",?");
                ids.add(r.id());
            }
            filter = sb.append(')').toString();
        }
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT submission_id, tag FROM submission_tag" + filter + " ORDER BY submission_id, tag")) {
            bindAll(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<Long, double[]> scores = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT submission_id, argument, originality, timeliness, writing FROM review" + filter)) {
            bindAll(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double[] sumAndCount = scores.computeIfAbsent(rs.getLong(1), k -> new double[2]);
                    for (int i = 2; i <= 5; i++) {
                        int v = rs.getInt(i);
                        if (!rs.wasNull()) {
                            sumAndCount[0] += v;
                            sumAndCount[1]++;
                        }
                    }
                }
            }
        }
        if (tags.isEmpty() && scores.isEmpty()) return rows;
        List<SubmissionRow> out = new ArrayList<>(rows.size());
        for (SubmissionRow r : rows) {
            List<String> t = tags.get(r.id());
            double[] s = scores.get(r.id());
            SubmissionRow x = t == null ? r : r.withTags(t);
            out.add(s == null || s[1] == 0 ? x : x.withAverageScore(s[0] / s[1]));
        }
        return out;
    }

    static void bindAll(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof Long l) ps.setLong(i++, l);
            else if (p instanceof Integer n) ps.setInt(i++, n);
            else ps.setString(i++, (String) p);
        }
    }

    static Instant instant(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static Long longOrNull(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER); else ps.setLong(i, v);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
