package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.masthead.model.MessageKind;
import org.masthead.model.ReplyRecord;
import org.masthead.model.Review;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionNote;
import org.masthead.model.SubmissionStatus;

/**
 * The triage writes, each inside the caller's transaction and each with a line in the activity
 * log naming who acted: the name passed on SQLite, the session's login on PostgreSQL (a trigger
 * of schema 6, decision 0017). Writes to the submission row move its version (modified_at) on, so an
 * edit made from an older copy is refused by {@link #update}.
 */
final class SubmissionTriage {

    private SubmissionTriage() {
    }

    static final String LOG = "INSERT INTO activity (submission_id, at, actor, action, detail) VALUES (?,?,?,?,?) RETURNING id";

    static void log(Connection c, long submissionId, Instant at, String actor, String action, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOG)) {
            log(ps, submissionId, at, actor, action, detail);
        }
    }

    /** Logs through a statement of {@link #LOG}, e.g. a cached one. */
    static void log(PreparedStatement ps, long submissionId, Instant at, String actor, String action, String detail) throws SQLException {
        ps.setLong(1, submissionId);
        ps.setLong(2, at.toEpochMilli());
        ps.setString(3, actor(actor));
        ps.setString(4, action);
        ps.setString(5, detail == null ? "" : detail);
        SubmissionRows.returnedId(ps);
    }

    private static String actor(String actor) {
        if (actor == null || actor.isBlank()) throw new IllegalArgumentException("who is acting must be named");
        return actor.strip();
    }

    /** Writes the row with a new version and logs the change. */
    private static Submission write(Connection c, Submission s, Instant now, String actor, String action, String detail) throws SQLException {
        actor(actor);
        Submission after = s.withModifiedAt(SubmissionRows.next(SubmissionRows.version(c, s.id()), now));
        // Only over the row as read: on a server another reviewer's triage may commit in between (decision 0017).
        SubmissionRows.update(c, after, s.modifiedAt());
        log(c, s.id(), now, actor, action, detail);
        return after;
    }

    /** Moves the status on; {@code false} when it already is that. Out of converted is refused; converting goes through {@link #linkArticle}. */
    static boolean setStatus(Connection c, long id, SubmissionStatus next, String actor, Instant now) throws SQLException {
        Submission s = SubmissionRows.require(c, id);
        if (s.status() == next) return false;
        if (next == SubmissionStatus.CONVERTED) {
            throw new IllegalStateException("a submission becomes converted by converting it into an article draft; nothing was changed");
        }
        if (!s.status().canMoveTo(next)) {
            throw new IllegalStateException("\u201c" + s.title() + "\u201d was converted into an article; its status cannot change any more "
                    + "(it stays converted). Nothing was changed.");
        }
        write(c, s.withStatus(next), now, actor, "status", s.status().label() + " \u2192 " + next.label());
        return true;
    }

    static void assign(Connection c, long id, Long personId, String actor, Instant now) throws SQLException {
        Submission s = SubmissionRows.require(c, id);
        if (Objects.equals(s.assigneeId(), personId)) return;
        String name = personId == null ? "nobody" : InboxDirectory.person(c, personId)
                .orElseThrow(() -> new IllegalArgumentException("no person with id " + personId)).name();
        write(c, s.withAssigneeId(personId), now, actor, "assigned", name);
    }

    static boolean addTag(Connection c, long id, String tag, String actor, Instant now) throws SQLException {
        String t = tag(tag);
        SubmissionRows.require(c, id);
        if (!insertTag(c, id, t)) return false;
        log(c, id, now, actor, "tagged", t);
        return true;
    }

    static boolean removeTag(Connection c, long id, String tag, String actor, Instant now) throws SQLException {
        String t = tag(tag);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM submission_tag WHERE submission_id = ? AND tag = ?")) {
            ps.setLong(1, id);
            ps.setString(2, t);
            if (ps.executeUpdate() == 0) return false;
        }
        log(c, id, now, actor, "untagged", t);
        return true;
    }

    private static String tag(String tag) {
        String t = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) throw new IllegalArgumentException("a tag cannot be empty");
        return t;
    }

    static boolean insertTag(Connection c, long id, String tag) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO submission_tag (submission_id, tag) VALUES (?,?) ON CONFLICT DO NOTHING")) {
            ps.setLong(1, id);
            ps.setString(2, tag);
            return ps.executeUpdate() > 0;
        }
    }

    static SubmissionNote addNote(Connection c, long id, String text, String actor, Instant now) throws SQLException {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a note cannot be empty");
        SubmissionRows.require(c, id);
        long noteId;
        try (PreparedStatement ps = c.prepareStatement(InsertId.sql("INSERT INTO submission_note (submission_id, author, text, at) "
                + "VALUES (?,?,?,?)", false))) {
            ps.setLong(1, id);
            ps.setString(2, actor(actor));
            ps.setString(3, text);
            ps.setLong(4, now.toEpochMilli());
            noteId = InsertId.run(ps, 0, 0);
        }
        log(c, id, now, actor, "note", text.length() > 80 ? text.substring(0, 80) + "\u2026" : text);
        // As stored: on PostgreSQL the author is the login that wrote it, not the name passed (decision 0017).
        String author;
        try (PreparedStatement ps = c.prepareStatement("SELECT author FROM submission_note WHERE id = ?")) {
            ps.setLong(1, noteId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                author = rs.next() ? rs.getString(1) : actor.strip();
            }
        }
        return new SubmissionNote(noteId, id, author, text, now);
    }

    /** The reviewer's scores, replacing any they gave before. */
    static void score(Connection c, long id, long reviewerId, Review r, String actor, Instant now) throws SQLException {
        SubmissionRows.require(c, id);
        String name = InboxDirectory.person(c, reviewerId).orElseThrow(() -> new IllegalArgumentException("no person with id " + reviewerId)).name();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review (submission_id, reviewer_id, argument, originality, timeliness, "
                + "writing, at) VALUES (?,?,?,?,?,?,?) ON CONFLICT (submission_id, reviewer_id) DO UPDATE SET argument = excluded.argument, "
                + "originality = excluded.originality, timeliness = excluded.timeliness, writing = excluded.writing, at = excluded.at")) {
            ps.setLong(1, id);
            ps.setLong(2, reviewerId);
            Integer[] v = {r.argument(), r.originality(), r.timeliness(), r.writing()};
            for (int i = 0; i < 4; i++) {
                if (v[i] == null) ps.setNull(3 + i, java.sql.Types.INTEGER); else ps.setInt(3 + i, v[i]);
            }
            ps.setLong(7, now.toEpochMilli());
            ps.executeUpdate();
        }
        log(c, id, now, actor, "scored", name + ": argument " + dash(r.argument()) + ", originality " + dash(r.originality())
                + ", timeliness " + dash(r.timeliness()) + ", writing " + dash(r.writing()));
    }

    private static String dash(Integer v) {
        return v == null ? "\u2013" : v.toString();
    }

    /**
     * Writes an editor's changes to a submission's details. Status, kind, assignee, tags,
     * duplicate and article link have their own writes and are kept as stored.
     */
    static Submission update(Connection c, Submission edited, String actor, Instant now) throws SQLException {
        Submission stored = SubmissionRows.require(c, edited.id());
        if (edited.modifiedAt() == null || stored.modifiedAt().toEpochMilli() != edited.modifiedAt().toEpochMilli()) {
            throw new SubmissionStore.StaleSubmissionException("\u201c" + stored.title() + "\u201d was changed meanwhile; it is shown again as it "
                    + "is now. Nothing was saved; make the change again.");
        }
        Submission merged = edited.withKind(stored.kind()).withStatus(stored.status()).withAssigneeId(stored.assigneeId())
                .withTags(stored.tags()).withDuplicateOf(stored.duplicateOf()).withArticleId(stored.articleId());
        List<String> changed = changes(stored, merged);
        if (changed.isEmpty()) return stored;
        return write(c, merged, now, actor, "updated", String.join(", ", changed)).withTags(stored.tags());
    }

    private static List<String> changes(Submission a, Submission b) {
        List<String> l = new ArrayList<>();
        diff(l, "title", a.title(), b.title());
        diff(l, "author", a.fromName() + a.fromEmail(), b.fromName() + b.fromEmail());
        diff(l, "claimed title", a.claimedTitle(), b.claimedTitle());
        diff(l, "verified", a.titleVerified() + a.verifiedBy(), b.titleVerified() + b.verifiedBy());
        diff(l, "bio", a.bio(), b.bio());
        diff(l, "conflict note", a.conflictNote(), b.conflictNote());
        diff(l, "language", a.language(), b.language());
        diff(l, "length", a.length() + a.lengthUnit().key(), b.length() + b.lengthUnit().key());
        diff(l, "received", a.receivedAt(), b.receivedAt());
        diff(l, "pitch", a.pitch(), b.pitch());
        diff(l, "exclusive", "" + a.exclusive() + a.exclusiveUntil(), "" + b.exclusive() + b.exclusiveUntil());
        diff(l, "answer due", a.answerDue(), b.answerDue());
        diff(l, "news peg", a.newsPegExpiry(), b.newsPegExpiry());
        return l;
    }

    private static void diff(List<String> l, String what, Object a, Object b) {
        if (!Objects.equals(a, b)) l.add(what);
    }

    /** Changes what an item is among the kinds that are items (submission, auto-reply, other mail). */
    static void reclassify(Connection c, long id, MessageKind kind, String actor, Instant now) throws SQLException {
        if (kind == MessageKind.FOLLOW_UP || kind == MessageKind.REVISION) {
            throw new IllegalArgumentException("to make an item a follow-up or revised version, join it to its submission");
        }
        Submission s = SubmissionRows.require(c, id);
        if (s.kind() == kind) return;
        write(c, s.withKind(kind), now, actor, "reclassified", s.kind().label() + " \u2192 " + kind.label());
        try (PreparedStatement ps = c.prepareStatement("UPDATE mail_message SET kind = ? WHERE submission_id = ? AND kind = ?")) {
            ps.setString(1, kind.key());
            ps.setLong(2, id);
            ps.setString(3, s.kind().key());
            ps.executeUpdate();
        }
    }

    static void markDuplicate(Connection c, long id, Long otherId, String actor, Instant now) throws SQLException {
        if (otherId != null && otherId == id) throw new IllegalArgumentException("a submission cannot be a duplicate of itself");
        Submission s = SubmissionRows.require(c, id);
        if (otherId != null) SubmissionRows.require(c, otherId);
        if (Objects.equals(s.duplicateOf(), otherId)) return;
        write(c, s.withDuplicateOf(otherId), now, actor, "duplicate", otherId == null ? "not a duplicate" : "duplicate of #" + otherId);
    }

    static long recordReply(Connection c, ReplyRecord r, Instant now) throws SQLException {
        SubmissionRows.require(c, r.submissionId());
        long id;
        try (PreparedStatement ps = c.prepareStatement(InsertId.sql("INSERT INTO reply (submission_id, kind, to_address, subject, body, "
                + "channel, sent_at, message_id, actor) VALUES (?,?,?,?,?,?,?,?,?)", false))) {
            ps.setLong(1, r.submissionId());
            ps.setString(2, r.kind().key());
            ps.setString(3, r.to());
            ps.setString(4, r.subject());
            ps.setString(5, r.body());
            ps.setString(6, r.channel().key());
            ps.setLong(7, (r.sentAt() == null ? now : r.sentAt()).toEpochMilli());
            ps.setString(8, SubmissionIntake.messageId(r.messageId()));
            ps.setString(9, r.actor());
            id = InsertId.run(ps, 0, 0);
        }
        String how = switch (r.channel()) {
            case SMTP -> "sent to " + r.to();
            case EML -> "written as .eml for " + r.to();
            case NONE -> "without a reply";
        };
        log(c, r.submissionId(), now, r.actor().isBlank() ? SubmissionIntake.IMPORT_ACTOR : r.actor(), "reply", r.kind().key() + ", " + how);
        return id;
    }

    static void linkArticle(Connection c, long id, long articleId, String actor, Instant now) throws SQLException {
        Submission s = SubmissionRows.require(c, id);
        if (s.isConverted()) {
            throw new IllegalStateException("\u201c" + s.title() + "\u201d was already converted into article " + s.articleId()
                    + "; nothing was changed");
        }
        write(c, s.withStatus(SubmissionStatus.CONVERTED).withArticleId(articleId), now, actor, "converted", "article #" + articleId);
    }
}
