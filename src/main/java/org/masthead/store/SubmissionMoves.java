package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.MessageKind;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionVersion;
import org.masthead.model.text.Document;

/**
 * A reviewer correcting the importer's classification across items: an item that is really a
 * follow-up or revised version of another submission joins that one's history, and a message
 * in a history that is really a new piece becomes an item of its own. Nothing is dropped on the
 * way but the joined item's own reviews; raw messages, texts, attachments, notes, replies and
 * activity move with it.
 */
final class SubmissionMoves {

    private final SubmissionIntake intake;
    private final SubmissionDetails details;

    SubmissionMoves(SubmissionIntake intake, SubmissionDetails details) {
        this.intake = intake;
        this.details = details;
    }

    void joinTo(Connection c, long itemId, long targetId, MessageKind as, String actor, Instant now) throws SQLException {
        if (as != MessageKind.FOLLOW_UP && as != MessageKind.REVISION) {
            throw new IllegalArgumentException("an item joins another submission as a follow-up or a revised version, not as " + as.label());
        }
        if (itemId == targetId) throw new IllegalArgumentException("a submission cannot join itself");
        Submission item = SubmissionRows.require(c, itemId);
        Submission target = SubmissionRows.require(c, targetId);
        int number = SubmissionIntake.lastVersion(c, targetId);
        for (SubmissionVersion v : details.versions(c, itemId)) {
            if (as == MessageKind.REVISION) {
                update(c, "UPDATE submission_version SET submission_id = ?, number = ? WHERE id = ?", targetId, ++number, v.id());
            } else {
                if (v.mailId() != null) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE mail_message SET body = ?, body_text = ? WHERE id = ?")) {
                        ps.setString(1, intake.codec().write(v.document()));
                        ps.setString(2, v.plainText());
                        ps.setLong(3, v.mailId());
                        ps.executeUpdate();
                    }
                }
                update(c, "DELETE FROM submission_version WHERE id = ?", v.id());
            }
        }
        update(c, "UPDATE mail_message SET kind = '" + as.key() + "' WHERE submission_id = ?", itemId);
        for (String table : new String[] {"mail_message", "submission_attachment", "submission_note", "activity", "reply"}) {
            update(c, "UPDATE " + table + " SET submission_id = ? WHERE submission_id = ?", targetId, itemId);
        }
        for (String tag : SubmissionRows.tags(c, itemId)) SubmissionTriage.insertTag(c, targetId, tag);
        try (PreparedStatement ps = c.prepareStatement(SubmissionIntake.BAND)) {
            SubmissionIntake.insertBands(ps, targetId, bands(c, itemId));
        }
        update(c, "UPDATE submission SET duplicate_of = ? WHERE duplicate_of = ?", targetId, itemId);
        for (String table : new String[] {"submission_tag", "submission_band", "review"}) {
            update(c, "DELETE FROM " + table + " WHERE submission_id = ?", itemId);
        }
        intake.dialect().unindexSubmission(c, itemId);
        update(c, "DELETE FROM submission WHERE id = ?", itemId);
        touch(c, target, now);
        intake.reindex(c, targetId);
        SubmissionTriage.log(c, targetId, now, actor, "joined", "#" + itemId + " \u201c" + item.title() + "\u201d as " + as.label().toLowerCase());
    }

    long splitOff(Connection c, long mailId, String actor, Instant now) throws SQLException {
        long fromId;
        MessageKind kind;
        Submission draft;
        String bodyJson;
        String bodyText;
        String source;
        try (PreparedStatement ps = c.prepareStatement("SELECT submission_id, kind, subject, from_name, from_email, received_at, body, body_text, "
                + "source FROM mail_message WHERE id = ?")) {
            ps.setLong(1, mailId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no message with id " + mailId);
                fromId = rs.getLong(1);
                kind = MessageKind.ofKey(rs.getString(2));
                draft = Submission.draft(rs.getString(3), rs.getString(4), rs.getString(5), SubmissionRows.instant(rs, 6));
                bodyJson = rs.getString(7);
                bodyText = rs.getString(8);
                source = rs.getString(9);
            }
        }
        if (kind != MessageKind.FOLLOW_UP && kind != MessageKind.REVISION) {
            throw new IllegalArgumentException("only a follow-up or a revised version can become a submission of its own; message " + mailId
                    + " is " + kind.label().toLowerCase());
        }
        if (draft.receivedAt() == null) draft = draft.withReceivedAt(now);
        long id = SubmissionRows.insert(c, SubmissionIntake.withLength(draft, bodyText == null ? "" : bodyText).withModifiedAt(now), now);
        if (kind == MessageKind.REVISION) {
            update(c, "UPDATE submission_version SET submission_id = ?, number = 1 WHERE mail_id = ?", id, mailId);
            String text = details.currentVersion(c, id).map(SubmissionVersion::plainText).orElse("");
            SubmissionRows.update(c, SubmissionIntake.withLength(SubmissionRows.require(c, id), text));
        } else {
            Document doc = bodyJson == null ? Document.EMPTY : intake.codec().read(bodyJson);
            try (PreparedStatement ps = c.prepareStatement(SubmissionIntake.VERSION)) {
                intake.insertVersion(ps, id, 1, doc, bodyText == null ? doc.plainText() : bodyText, source, mailId, now);
            }
            update(c, "UPDATE mail_message SET body = NULL, body_text = NULL WHERE id = ?", mailId);
        }
        update(c, "UPDATE mail_message SET submission_id = ?, kind = '" + MessageKind.SUBMISSION.key() + "' WHERE id = ?", id, mailId);
        update(c, "UPDATE submission_attachment SET submission_id = ? WHERE mail_id = ?", id, mailId);
        touch(c, SubmissionRows.require(c, fromId), now);
        intake.reindex(c, fromId);
        intake.reindex(c, id);
        SubmissionTriage.log(c, fromId, now, actor, "split", "message " + mailId + " became submission #" + id);
        SubmissionTriage.log(c, id, now, actor, "received", "split off #" + fromId + " (" + source + ")");
        return id;
    }

    private static void touch(Connection c, Submission s, Instant now) throws SQLException {
        SubmissionRows.update(c, s.withModifiedAt(SubmissionRows.next(s.modifiedAt().toEpochMilli(), now)));
    }

    private static long[] bands(Connection c, long id) throws SQLException {
        List<Long> l = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT band_key FROM submission_band WHERE submission_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) l.add(rs.getLong(1));
            }
        }
        return l.stream().mapToLong(Long::longValue).toArray();
    }

    private static void update(Connection c, String sql, long... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) ps.setLong(i + 1, values[i]);
            ps.executeUpdate();
        }
    }
}
