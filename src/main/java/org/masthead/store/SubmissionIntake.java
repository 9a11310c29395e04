package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import org.masthead.model.IncomingMessage;
import org.masthead.model.LengthUnit;
import org.masthead.model.MessageKind;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionStatus;
import org.masthead.model.text.Document;
import org.masthead.model.text.TextStats;

/**
 * Writes incoming messages: the raw message always, then a new item with its first version, or
 * a follow-up or revised version in an existing submission's history; attachments, band keys
 * and the search index with it. Also the reads the importer needs before saving: is this
 * message already here, which submission does it answer.
 */
final class SubmissionIntake {

    /** The actor of what the import does by itself. */
    static final String IMPORT_ACTOR = "Masthead";

    private final DocumentCodec codec;
    private final SqlDialect dialect;

    SubmissionIntake(DocumentCodec codec, SqlDialect dialect) {
        this.codec = codec;
        this.dialect = dialect;
    }

    DocumentCodec codec() {
        return codec;
    }

    SqlDialect dialect() {
        return dialect;
    }

    /** Message-IDs as compared: trimmed, in angle brackets. */
    static String messageId(String id) {
        if (id == null || id.isBlank()) return null;
        String s = id.strip();
        return s.startsWith("<") ? s : "<" + s + ">";
    }

    /**
     * One transaction's saving: its prepared statements, and the search entries to write at the
     * end in one batch (a submission changed twice in a batch is indexed once, as it ends up).
     */
    final class Batch implements AutoCloseable {
        private final StatementCache statements;
        private final Map<Long, SqlDialect.SubmissionText> toIndex = new LinkedHashMap<>();

        Batch(Connection c) {
            this.statements = new StatementCache(c);
        }

        /** Writes the pending search entries; call before the transaction commits. */
        void flush() throws SQLException {
            dialect.indexSubmissions(statements.connection(), toIndex.values());
            toIndex.clear();
        }

        @Override
        public void close() throws SQLException {
            statements.close();
        }
    }

    /**
     * The stored message that is the same as this one: same content hash and same Message-ID (a
     * message without one is matched by its hash alone). Returns its mail id and submission id.
     */
    private static Optional<SubmissionStore.SaveResult> existing(PreparedStatement ps, String mid, String sha256) throws SQLException {
        ps.setString(1, sha256);
        if (mid != null) ps.setString(2, mid);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return Optional.empty();
            return Optional.of(new SubmissionStore.SaveResult(rs.getLong(1), rs.getLong(2), SubmissionStore.SaveResult.Outcome.ALREADY_THERE));
        }
    }

    private static final String EXISTING = "SELECT id, submission_id FROM mail_message WHERE sha256 = ?";
    private static final String EXISTING_WITH_ID = EXISTING + " AND message_id = ? LIMIT 1";

    static boolean hasMessage(Connection c, String messageId, String sha256) throws SQLException {
        String mid = messageId(messageId);
        try (PreparedStatement ps = c.prepareStatement(mid == null ? EXISTING + " LIMIT 1" : EXISTING_WITH_ID)) {
            return existing(ps, mid, sha256).isPresent();
        }
    }

    /** Saves the messages in order, then their search entries; nothing for one already here (the result points at it). */
    List<SubmissionStore.SaveResult> saveAll(Connection c, List<IncomingMessage> messages, Instant now) throws SQLException {
        List<SubmissionStore.SaveResult> out = new ArrayList<>(messages.size());
        try (Batch b = new Batch(c)) {
            for (IncomingMessage m : messages) out.add(save(b, m, now));
            b.flush();
        }
        return out;
    }

    private SubmissionStore.SaveResult save(Batch b, IncomingMessage m, Instant now) throws SQLException {
        String sha = m.sha256() != null ? m.sha256() : RevisionPolicy.sha256(m.raw());
        String mid = messageId(m.messageId());
        Optional<SubmissionStore.SaveResult> there = existing(b.statements.get(mid == null ? EXISTING + " LIMIT 1" : EXISTING_WITH_ID), mid, sha);
        if (there.isPresent()) return there.get();
        return switch (m.kind()) {
            case FOLLOW_UP, REVISION -> join(b, m, sha, now);
            default -> newItem(b, m, sha, now);
        };
    }

    private SubmissionStore.SaveResult newItem(Batch b, IncomingMessage m, String sha, Instant now) throws SQLException {
        Connection c = b.statements.connection();
        Submission d = m.draft() != null ? m.draft() : Submission.draft(m.subject(), m.fromName(), m.fromEmail(), m.receivedAt());
        if (d.title().isEmpty()) d = d.withTitle(m.subject());
        if (d.fromEmail().isEmpty() && d.fromName().isEmpty()) d = d.withFrom(m.fromName(), m.fromEmail());
        if (d.receivedAt() == null) d = d.withReceivedAt(m.receivedAt() != null ? m.receivedAt() : now);
        if (d.length() == 0) d = withLength(d, m.plainText());
        d = d.withId(0).withKind(m.kind()).withStatus(SubmissionStatus.NEW).withModifiedAt(now).withDuplicateOf(null).withArticleId(null);
        long id = SubmissionRows.insert(b.statements.get(SubmissionRows.INSERT), d, now);
        for (String t : new LinkedHashSet<>(d.tags())) SubmissionTriage.insertTag(c, id, t);
        long mailId = insertMail(b, id, m, sha, false);
        insertVersion(b.statements.get(VERSION), id, 1, m.body(), m.plainText(), m.source(), mailId, now);
        StringBuilder attText = new StringBuilder();
        for (IncomingMessage.Attachment a : m.attachments()) {
            insertAttachment(b, id, mailId, a);
            if (!a.text().isEmpty()) attText.append(a.text()).append('\n');
        }
        insertBands(b.statements.get(BAND), id, m.bandKeys());
        b.toIndex.put(id, new SqlDialect.SubmissionText(id, d.title(), m.plainText(), author(d), attText.toString()));
        SubmissionTriage.log(b.statements.get(SubmissionTriage.LOG), id, now, IMPORT_ACTOR, "received", m.source());
        return new SubmissionStore.SaveResult(mailId, id, SubmissionStore.SaveResult.Outcome.NEW_ITEM);
    }

    private SubmissionStore.SaveResult join(Batch b, IncomingMessage m, String sha, Instant now) throws SQLException {
        Connection c = b.statements.connection();
        long target = m.targetSubmissionId();
        Submission s = SubmissionRows.find(c, target).orElseThrow(() -> new IllegalArgumentException(
                "the " + m.kind().label().toLowerCase() + " belongs to submission " + target + ", which does not exist; nothing was saved"));
        boolean revision = m.kind() == MessageKind.REVISION;
        long mailId = insertMail(b, target, m, sha, !revision);
        for (IncomingMessage.Attachment a : m.attachments()) insertAttachment(b, target, mailId, a);
        if (revision) {
            int number = lastVersion(c, target) + 1;
            insertVersion(b.statements.get(VERSION), target, number, m.body(), m.plainText(), m.source(), mailId, now);
            insertBands(b.statements.get(BAND), target, m.bandKeys());
            Submission after = withLength(s, m.plainText()).withModifiedAt(SubmissionRows.next(SubmissionRows.version(c, target), now));
            SubmissionRows.update(c, after);
            SubmissionTriage.log(c, target, now, IMPORT_ACTOR, "revision", "version " + number + " from " + m.source());
        } else {
            SubmissionTriage.log(c, target, now, IMPORT_ACTOR, "follow-up", m.subject());
        }
        b.toIndex.put(target, text(c, target));
        return new SubmissionStore.SaveResult(mailId, target, revision ? SubmissionStore.SaveResult.Outcome.REVISION
                : SubmissionStore.SaveResult.Outcome.FOLLOW_UP);
    }

    /** The length of a text: characters when Chinese or Japanese characters outnumber words, else words. */
    static Submission withLength(Submission s, String text) {
        TextStats st = TextStats.of(text);
        return st.cjkCharacters() > st.words() ? s.withLength(st.count(), LengthUnit.CHARACTERS) : s.withLength(st.words(), LengthUnit.WORDS);
    }

    static String author(Submission s) {
        return (s.fromName() + ' ' + s.fromEmail() + ' ' + s.claimedTitle()).strip();
    }

    /** Rebuilds a submission's search entry from what is stored. */
    void reindex(Connection c, long id) throws SQLException {
        dialect.indexSubmissions(c, List.of(text(c, id)));
    }

    /** A submission's search entry from what is stored: its details, current text and attachments. */
    static SqlDialect.SubmissionText text(Connection c, long id) throws SQLException {
        Submission s = SubmissionRows.require(c, id);
        String body = "";
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT plain_text FROM submission_version WHERE submission_id = ? ORDER BY number DESC LIMIT 1")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) body = rs.getString(1);
            }
        }
        StringBuilder att = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM submission_attachment WHERE submission_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) if (!rs.getString(1).isEmpty()) att.append(rs.getString(1)).append('\n');
            }
        }
        return new SqlDialect.SubmissionText(id, s.title(), body, author(s), att.toString());
    }

    static int lastVersion(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(number) FROM submission_version WHERE submission_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static final String MAIL = "INSERT INTO mail_message (submission_id, kind, message_id, sha256, source, received_at, from_name, "
            + "from_email, subject, in_reply_to, refs, links, warnings, body, body_text, raw_size, raw) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id";
    static final String VERSION = "INSERT INTO submission_version (submission_id, number, document, plain_text, source, mail_id, created_at) "
            + "VALUES (?,?,?,?,?,?,?) RETURNING id";
    private static final String ATTACHMENT = "INSERT INTO submission_attachment (submission_id, mail_id, file_name, content_type, size, sha256, "
            + "outcome, error, text, document, bytes) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id";
    static final String BAND = "INSERT INTO submission_band (band_key, submission_id) VALUES (?,?) ON CONFLICT DO NOTHING";

    private long insertMail(Batch b, long submissionId, IncomingMessage m, String sha, boolean keepBody) throws SQLException {
        PreparedStatement ps = b.statements.get(MAIL);
        ps.setLong(1, submissionId);
        ps.setString(2, m.kind().key());
        ps.setString(3, messageId(m.messageId()));
        ps.setString(4, sha);
        ps.setString(5, m.source());
        ArticleStore.setInstant(ps, 6, m.receivedAt());
        ps.setString(7, m.fromName());
        ps.setString(8, m.fromEmail());
        ps.setString(9, m.subject());
        ps.setString(10, messageId(m.inReplyTo()));
        ps.setString(11, String.join(" ", m.references().stream().map(SubmissionIntake::messageId).filter(x -> x != null).toList()));
        ps.setString(12, String.join("\n", m.links()));
        ps.setString(13, String.join("\n", m.warnings()));
        ps.setString(14, keepBody ? codec.write(m.body()) : null);
        ps.setString(15, keepBody ? m.plainText() : null);
        ps.setLong(16, m.raw().length);
        ps.setBytes(17, m.raw());
        return SubmissionRows.returnedId(ps);
    }

    /** Inserts a version through a statement of {@link #VERSION}. */
    void insertVersion(PreparedStatement ps, long submissionId, int number, Document doc, String text, String source, Long mailId, Instant at)
            throws SQLException {
        ps.setLong(1, submissionId);
        ps.setInt(2, number);
        ps.setString(3, codec.write(doc));
        ps.setString(4, text);
        ps.setString(5, source);
        SubmissionRows.setLong(ps, 6, mailId);
        ps.setLong(7, at.toEpochMilli());
        SubmissionRows.returnedId(ps);
    }

    private void insertAttachment(Batch b, long submissionId, long mailId, IncomingMessage.Attachment a) throws SQLException {
        PreparedStatement ps = b.statements.get(ATTACHMENT);
        ps.setLong(1, submissionId);
        ps.setLong(2, mailId);
        ps.setString(3, a.fileName());
        ps.setString(4, a.contentType());
        ps.setLong(5, a.bytes().length);
        ps.setString(6, RevisionPolicy.sha256(a.bytes()));
        ps.setString(7, a.outcome().key());
        ps.setString(8, a.error());
        ps.setString(9, a.text());
        ps.setString(10, a.document() == null ? null : codec.write(a.document()));
        ps.setBytes(11, a.bytes());
        SubmissionRows.returnedId(ps);
    }

    /** Inserts band keys through a statement of {@link #BAND}. */
    static void insertBands(PreparedStatement ps, long submissionId, long[] keys) throws SQLException {
        if (keys.length == 0) return;
        for (long k : keys) {
            ps.setLong(1, k);
            ps.setLong(2, submissionId);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    /** The submission a message answers, by the Message-IDs it refers to: ours (a reply we sent) or the author's. */
    static Optional<Long> submissionForMessageIds(Connection c, Collection<String> ids) throws SQLException {
        Set<String> clean = new LinkedHashSet<>();
        for (String id : ids) if (messageId(id) != null) clean.add(messageId(id));
        if (clean.isEmpty()) return Optional.empty();
        String marks = String.join(",", java.util.Collections.nCopies(clean.size(), "?"));
        List<Object> params = new ArrayList<>(clean);
        params.addAll(clean);
        try (PreparedStatement ps = c.prepareStatement("SELECT submission_id FROM (SELECT submission_id, id FROM mail_message WHERE message_id IN ("
                + marks + ") UNION ALL SELECT submission_id, 0 FROM reply WHERE message_id IN (" + marks + ")) x ORDER BY id DESC LIMIT 1")) {
            SubmissionRows.bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    static Optional<Long> submissionBySenderAndTitle(Connection c, String email, String title) throws SQLException {
        String key = TitleKey.of(title);
        String sender = TitleKey.sender(email);
        if (key.isEmpty() || sender.isEmpty()) return Optional.empty();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM submission WHERE sender_key = ? AND title_key = ? AND kind = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, sender);
            ps.setString(2, key);
            ps.setString(3, MessageKind.SUBMISSION.key());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }
}
