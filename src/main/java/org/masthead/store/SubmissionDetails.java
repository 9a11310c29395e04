package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.masthead.model.ActivityEntry;
import org.masthead.model.AttachmentInfo;
import org.masthead.model.AttachmentOutcome;
import org.masthead.model.MailRecord;
import org.masthead.model.MessageKind;
import org.masthead.model.ReplyRecord;
import org.masthead.model.Review;
import org.masthead.model.SubmissionNote;
import org.masthead.model.SubmissionVersion;
import org.masthead.model.text.Document;

/**
 * What the detail pane reads of one submission: its versions, messages, attachments, reviews,
 * notes, replies and activity. Raw bytes are read only by id, when asked for.
 */
final class SubmissionDetails {

    /** Reads one row of a result set. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DocumentCodec codec;

    SubmissionDetails(DocumentCodec codec) {
        this.codec = codec;
    }

    private static <T> List<T> all(Connection c, String sql, long id, Mapper<T> m) throws SQLException {
        List<T> l = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) l.add(m.map(rs));
            }
        }
        return l;
    }

    /** One column of one row, or empty; for raw bytes and documents read on demand. */
    static <T> Optional<T> one(Connection c, String sql, long id, Mapper<T> m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(m.map(rs)) : Optional.empty();
            }
        }
    }

    private static final String VERSION = "SELECT id, submission_id, number, document, plain_text, source, mail_id, created_at FROM submission_version ";

    List<SubmissionVersion> versions(Connection c, long id) throws SQLException {
        return all(c, VERSION + "WHERE submission_id = ? ORDER BY number", id, this::version);
    }

    Optional<SubmissionVersion> currentVersion(Connection c, long id) throws SQLException {
        return one(c, VERSION + "WHERE submission_id = ? ORDER BY number DESC LIMIT 1", id, this::version);
    }

    private SubmissionVersion version(ResultSet rs) throws SQLException {
        return new SubmissionVersion(rs.getLong(1), rs.getLong(2), rs.getInt(3), codec.read(rs.getString(4)), rs.getString(5), rs.getString(6),
                SubmissionRows.longOrNull(rs, 7), Instant.ofEpochMilli(rs.getLong(8)));
    }

    static List<MailRecord> history(Connection c, long id) throws SQLException {
        return all(c, "SELECT id, submission_id, kind, subject, from_name, from_email, received_at, message_id, source, raw_size, links, warnings "
                + "FROM mail_message WHERE submission_id = ? ORDER BY received_at, id", id, rs -> new MailRecord(rs.getLong(1), rs.getLong(2),
                MessageKind.ofKey(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), SubmissionRows.instant(rs, 7),
                rs.getString(8), rs.getString(9), rs.getLong(10), lines(rs.getString(11)), lines(rs.getString(12))));
    }

    /** The text a follow-up brought (a revision's is a version). */
    Optional<Document> followUpBody(Connection c, long mailId) throws SQLException {
        return one(c, "SELECT body FROM mail_message WHERE id = ?", mailId, rs -> rs.getString(1) == null ? null : codec.read(rs.getString(1)));
    }

    static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    static List<AttachmentInfo> attachments(Connection c, long id) throws SQLException {
        return all(c, "SELECT id, submission_id, mail_id, file_name, content_type, size, sha256, outcome, error, document IS NOT NULL "
                + "FROM submission_attachment WHERE submission_id = ? ORDER BY id", id, rs -> new AttachmentInfo(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), AttachmentOutcome.ofKey(rs.getString(8)),
                rs.getString(9), rs.getBoolean(10)));
    }

    Optional<Document> attachmentDocument(Connection c, long attachmentId) throws SQLException {
        return one(c, "SELECT document FROM submission_attachment WHERE id = ?", attachmentId,
                rs -> rs.getString(1) == null ? null : codec.read(rs.getString(1)));
    }

    static List<ActivityEntry> activity(Connection c, long id) throws SQLException {
        return all(c, "SELECT id, submission_id, at, actor, action, detail FROM activity WHERE submission_id = ? ORDER BY at, id", id,
                rs -> new ActivityEntry(rs.getLong(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
    }

    static List<Review> reviews(Connection c, long id) throws SQLException {
        return all(c, "SELECT r.reviewer_id, p.name, r.argument, r.originality, r.timeliness, r.writing, r.at FROM review r "
                + "JOIN person p ON p.id = r.reviewer_id WHERE r.submission_id = ? ORDER BY p.name, r.id", id, rs -> new Review(rs.getLong(1),
                rs.getString(2), integer(rs, 3), integer(rs, 4), integer(rs, 5), integer(rs, 6), Instant.ofEpochMilli(rs.getLong(7))));
    }

    private static Integer integer(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static List<SubmissionNote> notes(Connection c, long id) throws SQLException {
        return all(c, "SELECT id, submission_id, author, text, at FROM submission_note WHERE submission_id = ? ORDER BY at, id", id,
                rs -> new SubmissionNote(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))));
    }

    static List<ReplyRecord> replies(Connection c, long id) throws SQLException {
        return all(c, "SELECT id, submission_id, kind, to_address, subject, body, channel, sent_at, message_id, actor FROM reply "
                + "WHERE submission_id = ? ORDER BY sent_at, id", id, rs -> new ReplyRecord(rs.getLong(1), rs.getLong(2),
                ReplyRecord.Kind.ofKey(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), ReplyRecord.Channel.ofKey(rs.getString(7)),
                Instant.ofEpochMilli(rs.getLong(8)), rs.getString(9), rs.getString(10)));
    }

    /** Submissions sharing at least one band key with these, most shared bands first. */
    static List<SubmissionStore.DuplicateCandidate> duplicateCandidates(Connection c, long[] keys) throws SQLException {
        java.util.Map<Long, Integer> shared = new java.util.HashMap<>();
        for (int from = 0; from < keys.length; from += 500) {
            int n = Math.min(500, keys.length - from);
            String marks = String.join(",", java.util.Collections.nCopies(n, "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT submission_id, count(*) FROM submission_band WHERE band_key IN (" + marks
                    + ") GROUP BY submission_id")) {
                for (int i = 0; i < n; i++) ps.setLong(i + 1, keys[from + i]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) shared.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
                }
            }
        }
        List<SubmissionStore.DuplicateCandidate> out = new ArrayList<>();
        shared.forEach((id, count) -> out.add(new SubmissionStore.DuplicateCandidate(id, count)));
        out.sort(java.util.Comparator.comparingInt(SubmissionStore.DuplicateCandidate::sharedBands).reversed()
                .thenComparing(SubmissionStore.DuplicateCandidate::submissionId));
        return out;
    }
}
