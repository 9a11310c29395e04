package org.masthead.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.masthead.model.FailedImport;
import org.masthead.model.InboxQuery;
import org.masthead.model.MailboxState;
import org.masthead.model.MessageKind;
import org.masthead.model.Person;
import org.masthead.model.SavedFilter;
import org.masthead.model.SubmissionStatus;

/**
 * The inbox's small tables: people (reviewers), saved filters, the IMAP folders' fetch state and
 * the "Could not import" list. A saved filter's query is stored as JSON ({@link #queryJson}).
 */
final class InboxDirectory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InboxDirectory() {
    }

    // ---- people ----

    static List<Person> people(Connection c) throws SQLException {
        List<Person> l = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name, email FROM person ORDER BY name, id")) {
            while (rs.next()) l.add(new Person(rs.getLong(1), rs.getString(2), rs.getString(3)));
        }
        return l;
    }

    static Optional<Person> person(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, email FROM person WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Person(rs.getLong(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    static Person addPerson(Connection c, String name, String email, Instant now) throws SQLException {
        Person p = new Person(0, name, email);
        if (p.name().isEmpty()) throw new IllegalArgumentException("a person needs a name");
        if (personByName(c, p.name()).isPresent()) throw new IllegalArgumentException("there already is a person called " + p.name());
        try (PreparedStatement ps = c.prepareStatement(InsertId.sql("INSERT INTO person (name, email, created_at) VALUES (?,?,?)", false))) {
            ps.setString(1, p.name());
            ps.setString(2, p.email());
            ps.setLong(3, now.toEpochMilli());
            return new Person(InsertId.run(ps, 0, 0), p.name(), p.email());
        }
    }

    /** The person of that name, compared without regard to case or surrounding spaces. */
    static Optional<Person> personByName(Connection c, String name) throws SQLException {
        String n = name == null ? "" : name.strip();
        return people(c).stream().filter(p -> p.name().equalsIgnoreCase(n)).findFirst();
    }

    // ---- mailbox state ----

    static Optional<MailboxState> mailboxState(Connection c, String folderKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT folder_key, uid_validity, last_uid FROM mailbox_state WHERE folder_key = ?")) {
            ps.setString(1, folderKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new MailboxState(rs.getString(1), rs.getLong(2), rs.getLong(3))) : Optional.empty();
            }
        }
    }

    static void putMailboxState(Connection c, MailboxState m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mailbox_state (folder_key, uid_validity, last_uid) VALUES (?,?,?) "
                + "ON CONFLICT (folder_key) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = excluded.last_uid")) {
            ps.setString(1, m.folderKey());
            ps.setLong(2, m.uidValidity());
            ps.setLong(3, m.lastUid());
            ps.executeUpdate();
        }
    }

    // ---- saved filters ----

    static List<SavedFilter> savedFilters(Connection c) throws SQLException {
        List<SavedFilter> l = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name, query FROM saved_filter ORDER BY name, id")) {
            while (rs.next()) l.add(new SavedFilter(rs.getLong(1), rs.getString(2), query(rs.getString(3))));
        }
        return l;
    }

    /** Inserts a filter (id 0) or renames and rewrites one; names are unique. */
    static SavedFilter saveFilter(Connection c, SavedFilter f) throws SQLException {
        for (SavedFilter other : savedFilters(c)) {
            if (other.id() != f.id() && other.name().equalsIgnoreCase(f.name())) {
                throw new IllegalArgumentException("there already is a saved filter called " + other.name());
            }
        }
        if (f.id() == 0) {
            try (PreparedStatement ps = c.prepareStatement(InsertId.sql("INSERT INTO saved_filter (name, query) VALUES (?,?)", false))) {
                ps.setString(1, f.name());
                ps.setString(2, queryJson(f.query()));
                return new SavedFilter(InsertId.run(ps, 0, 0), f.name(), f.query());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE saved_filter SET name = ?, query = ? WHERE id = ?")) {
            ps.setString(1, f.name());
            ps.setString(2, queryJson(f.query()));
            ps.setLong(3, f.id());
            if (ps.executeUpdate() == 0) throw new IllegalArgumentException("no saved filter with id " + f.id());
        }
        return f;
    }

    static void insertFilter(Connection c, long id, String name, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO saved_filter (id, name, query) VALUES (?,?,?)")) {
            ps.setLong(1, id);
            ps.setString(2, name);
            ps.setString(3, json);
            ps.executeUpdate();
        }
    }

    static boolean deleteFilter(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM saved_filter WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** A query as JSON: statuses and kinds by key, the sort by name; fields in a fixed order. */
    static String queryJson(InboxQuery q) {
        ObjectNode o = JSON.createObjectNode();
        q.statuses().stream().map(SubmissionStatus::key).sorted().forEach(o.putArray("statuses")::add);
        q.kinds().stream().map(MessageKind::key).sorted().forEach(o.putArray("kinds")::add);
        if (q.assigneeId() == null) o.putNull("assigneeId"); else o.put("assigneeId", q.assigneeId());
        o.put("tag", q.tag());
        o.put("language", q.language());
        if (q.dueWithinHours() == null) o.putNull("dueWithinHours"); else o.put("dueWithinHours", q.dueWithinHours());
        o.put("exclusiveOnly", q.exclusiveOnly());
        o.put("text", q.text());
        o.put("sort", q.sort().name().toLowerCase(java.util.Locale.ROOT));
        o.put("limit", q.limit());
        return o.toString();
    }

    static InboxQuery query(String json) {
        JsonNode o;
        try {
            o = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("a saved filter is not valid JSON: " + e.getOriginalMessage(), e);
        }
        Set<SubmissionStatus> statuses = EnumSet.noneOf(SubmissionStatus.class);
        o.path("statuses").forEach(n -> statuses.add(SubmissionStatus.ofKey(n.asText())));
        Set<MessageKind> kinds = EnumSet.noneOf(MessageKind.class);
        o.path("kinds").forEach(n -> kinds.add(MessageKind.ofKey(n.asText())));
        return new InboxQuery(statuses, kinds, o.path("assigneeId").isNumber() ? o.path("assigneeId").asLong() : null, o.path("tag").asText(""),
                o.path("language").asText(""), o.path("dueWithinHours").isNumber() ? o.path("dueWithinHours").asInt() : null,
                o.path("exclusiveOnly").asBoolean(false), o.path("text").asText(""),
                InboxQuery.Sort.valueOf(o.path("sort").asText("answer_due").toUpperCase(java.util.Locale.ROOT)), o.path("limit").asInt(0), 0);
    }

    // ---- could not import ----

    /** Keeps a message that could not be imported; the same bytes again update the entry instead of adding one. */
    static FailedImport addFailed(Connection c, String source, String reason, byte[] raw, Instant now) throws SQLException {
        String sha = RevisionPolicy.sha256(raw);
        String src = source == null ? "" : source;
        String why = reason == null || reason.isBlank() ? "unknown reason" : reason;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM failed_import WHERE sha256 = ? LIMIT 1")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    try (PreparedStatement up = c.prepareStatement("UPDATE failed_import SET source = ?, reason = ?, at = ? WHERE id = ?")) {
                        up.setString(1, src);
                        up.setString(2, why);
                        up.setLong(3, now.toEpochMilli());
                        up.setLong(4, id);
                        up.executeUpdate();
                    }
                    return new FailedImport(id, src, why, now, raw.length);
                }
            }
        }
        return new FailedImport(insertFailed(c, 0, src, why, now, raw), src, why, now, raw.length);
    }

    static long insertFailed(Connection c, long id, String source, String reason, Instant at, byte[] raw) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(InsertId.sql("INSERT INTO failed_import (source, reason, at, sha256, raw_size, raw) "
                + "VALUES (?,?,?,?,?,?)", id > 0))) {
            ps.setString(1, source);
            ps.setString(2, reason);
            ps.setLong(3, at.toEpochMilli());
            ps.setString(4, RevisionPolicy.sha256(raw));
            ps.setLong(5, raw.length);
            ps.setBytes(6, raw);
            return InsertId.run(ps, 7, id);
        }
    }

    static List<FailedImport> failed(Connection c) throws SQLException {
        List<FailedImport> l = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, source, reason, at, raw_size FROM failed_import ORDER BY id")) {
            while (rs.next()) l.add(new FailedImport(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)), rs.getLong(5)));
        }
        return l;
    }
}
