package org.masthead.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.masthead.model.AttachmentOutcome;
import org.masthead.model.LengthUnit;
import org.masthead.model.MessageKind;
import org.masthead.model.ReplyRecord;
import org.masthead.model.SubmissionStatus;

/**
 * The inbox part of a backup (formatVersion 4, {@code "inbox"} in docs/backup-format.md): its
 * tables written row by row as JSON objects, in a fixed order, and read back. Each table is
 * described once ({@link Table}), column by column, so the writer, the checks and the restore
 * cannot disagree. Raw messages, attachments and failed imports keep their bytes (Base64),
 * checked against their SHA-256 on restore. The search indexes are not in the backup: a restore
 * rebuilds them.
 */
final class InboxBackup {

    /** How a column is written in JSON. */
    private enum Type { LONG, TEXT, INSTANT, BOOL, BLOB, DOC, DATE }

    private record Col(String name, Type type, boolean nullable, Consumer<String> check) {
        String json() {
            StringBuilder sb = new StringBuilder();
            boolean up = false;
            for (char ch : name.toCharArray()) {
                if (ch == '_') {
                    up = true;
                } else {
                    sb.append(up ? Character.toUpperCase(ch) : ch);
                    up = false;
                }
            }
            return sb.toString();
        }
    }

    /** A table as backed up: its JSON name, columns (the first is the id, when {@code idColumn}) and order. */
    private record Table(String json, String name, String order, boolean idColumn, List<Col> cols) {
    }

    private static Col c(String name, Type t) {
        return new Col(name, t, false, null);
    }

    private static Col n(String name, Type t) {
        return new Col(name, t, true, null);
    }

    private static Col key(String name, Consumer<String> check) {
        return new Col(name, Type.TEXT, false, check);
    }

    private static final Consumer<String> KIND = MessageKind::ofKey;

    /** In the order of restore: every table after those its rows refer to. */
    private static final List<Table> TABLES = List.of(
            new Table("people", "person", "id", true, List.of(c("id", Type.LONG), c("name", Type.TEXT), c("email", Type.TEXT),
                    c("created_at", Type.INSTANT))),
            new Table("submissions", "submission", "id", true, List.of(c("id", Type.LONG), key("kind", KIND),
                    key("status", SubmissionStatus::ofKey), c("title", Type.TEXT), c("from_name", Type.TEXT), c("from_email", Type.TEXT),
                    c("claimed_title", Type.TEXT), c("title_verified", Type.BOOL), c("verified_by", Type.TEXT), c("bio", Type.TEXT),
                    c("conflict_note", Type.TEXT), c("language", Type.TEXT), c("length", Type.LONG), key("length_unit", LengthUnit::ofKey),
                    n("received_at", Type.INSTANT), c("pitch", Type.BOOL), c("exclusive", Type.BOOL), n("exclusive_until", Type.INSTANT),
                    n("answer_due", Type.INSTANT), n("news_peg_expiry", Type.DATE), n("duplicate_of", Type.LONG), n("assignee_id", Type.LONG),
                    n("article_id", Type.LONG), c("created_at", Type.INSTANT), c("modified_at", Type.INSTANT))),
            new Table("tags", "submission_tag", "submission_id, tag", false, List.of(c("submission_id", Type.LONG), c("tag", Type.TEXT))),
            new Table("messages", "mail_message", "id", true, List.of(c("id", Type.LONG), c("submission_id", Type.LONG), key("kind", KIND),
                    n("message_id", Type.TEXT), c("sha256", Type.TEXT), c("source", Type.TEXT), n("received_at", Type.INSTANT),
                    c("from_name", Type.TEXT), c("from_email", Type.TEXT), c("subject", Type.TEXT), n("in_reply_to", Type.TEXT),
                    c("refs", Type.TEXT), c("links", Type.TEXT), c("warnings", Type.TEXT), n("body", Type.DOC), n("body_text", Type.TEXT),
                    c("raw_size", Type.LONG), c("raw", Type.BLOB))),
            new Table("versions", "submission_version", "id", true, List.of(c("id", Type.LONG), c("submission_id", Type.LONG),
                    c("number", Type.LONG), c("document", Type.DOC), c("plain_text", Type.TEXT), c("source", Type.TEXT), n("mail_id", Type.LONG),
                    c("created_at", Type.INSTANT))),
            new Table("attachments", "submission_attachment", "id", true, List.of(c("id", Type.LONG), c("submission_id", Type.LONG),
                    c("mail_id", Type.LONG), c("file_name", Type.TEXT), c("content_type", Type.TEXT), c("size", Type.LONG), c("sha256", Type.TEXT),
                    key("outcome", AttachmentOutcome::ofKey), c("error", Type.TEXT), c("text", Type.TEXT), n("document", Type.DOC),
                    c("bytes", Type.BLOB))),
            new Table("reviews", "review", "id", true, List.of(c("id", Type.LONG), c("submission_id", Type.LONG), c("reviewer_id", Type.LONG),
                    n("argument", Type.LONG), n("originality", Type.LONG), n("timeliness", Type.LONG), n("writing", Type.LONG),
                    c("at", Type.INSTANT))),
            new Table("notes", "submission_note", "id", true, List.of(c("id", Type.LONG), c("submission_id", Type.LONG), c("author", Type.TEXT),
                    c("text", Type.TEXT), c("at", Type.INSTANT))),
            new Table("activity", "activity", "id", true, List.of(c("id", Type.LONG), c("submission_id", Type.LONG), c("at", Type.INSTANT),
                    c("actor", Type.TEXT), c("action", Type.TEXT), c("detail", Type.TEXT))),
            new Table("replies", "reply", "id", true, List.of(c("id", Type.LONG), c("submission_id", Type.LONG), key("kind", ReplyRecord.Kind::ofKey),
                    c("to_address", Type.TEXT), c("subject", Type.TEXT), c("body", Type.TEXT), key("channel", ReplyRecord.Channel::ofKey),
                    c("sent_at", Type.INSTANT), n("message_id", Type.TEXT), c("actor", Type.TEXT))),
            new Table("bands", "submission_band", "submission_id, band_key", false, List.of(c("submission_id", Type.LONG),
                    c("band_key", Type.LONG))),
            new Table("failedImports", "failed_import", "id", true, List.of(c("id", Type.LONG), c("source", Type.TEXT), c("reason", Type.TEXT),
                    c("at", Type.INSTANT), c("sha256", Type.TEXT), c("raw_size", Type.LONG), c("raw", Type.BLOB))),
            new Table("savedFilters", "saved_filter", "id", true, List.of(c("id", Type.LONG), c("name", Type.TEXT),
                    key("query", InboxDirectory::query))),
            new Table("mailboxes", "mailbox_state", "folder_key", false, List.of(c("folder_key", Type.TEXT), c("uid_validity", Type.LONG),
                    c("last_uid", Type.LONG))));

    /** The inbox as read from a backup: each table's rows as column values, checked, ready to insert. */
    record Parsed(List<List<Object[]>> rows) {
        int submissions() {
            return rows.get(1).size();
        }

        static Parsed empty() {
            List<List<Object[]>> l = new ArrayList<>();
            for (int i = 0; i < TABLES.size(); i++) l.add(List.of());
            return new Parsed(l);
        }
    }

    private final DocumentCodec codec;
    private final ObjectMapper mapper;

    InboxBackup(DocumentCodec codec, ObjectMapper mapper) {
        this.codec = codec;
        this.mapper = mapper;
    }

    /** Writes {@code "inbox": {...}}; returns the number of submissions. */
    int write(Connection c, JsonGenerator g) throws IOException, SQLException {
        int submissions = 0;
        g.writeObjectFieldStart("inbox");
        for (Table t : TABLES) {
            g.writeArrayFieldStart(t.json());
            StringBuilder cols = new StringBuilder();
            for (Col col : t.cols()) cols.append(cols.length() == 0 ? "" : ", ").append(col.name());
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + cols + " FROM " + t.name() + " ORDER BY " + t.order())) {
                while (rs.next()) {
                    g.writeStartObject();
                    for (int i = 0; i < t.cols().size(); i++) writeValue(g, t.cols().get(i), rs, i + 1);
                    g.writeEndObject();
                    if (t.name().equals("submission")) submissions++;
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        return submissions;
    }

    private void writeValue(JsonGenerator g, Col col, ResultSet rs, int i) throws IOException, SQLException {
        g.writeFieldName(col.json());
        Object v = rs.getObject(i);
        if (v == null) {
            g.writeNull();
            return;
        }
        switch (col.type()) {
            case LONG -> g.writeNumber(rs.getLong(i));
            case TEXT, DATE -> g.writeString(rs.getString(i));
            case INSTANT -> g.writeString(Instant.ofEpochMilli(rs.getLong(i)).toString());
            case BOOL -> g.writeBoolean(rs.getInt(i) == 1);
            case BLOB -> g.writeString(Base64.getEncoder().encodeToString(rs.getBytes(i)));
            case DOC -> mapper.writeTree(g, codec.toJson(codec.read(rs.getString(i))));
        }
    }

    /** Reads and checks the inbox of a backup (absent before formatVersion 4: nothing). */
    Parsed parse(JsonNode inbox) {
        if (inbox == null || inbox.isMissingNode() || inbox.isNull()) return Parsed.empty();
        List<List<Object[]>> all = new ArrayList<>();
        for (Table t : TABLES) {
            List<Object[]> rows = new ArrayList<>();
            Set<Object> ids = new HashSet<>();
            int n = 0;
            for (JsonNode o : inbox.path(t.json())) {
                n++;
                Object[] row = new Object[t.cols().size()];
                String what = "inbox " + t.json() + " #" + n;
                try {
                    for (int i = 0; i < row.length; i++) row[i] = readValue(o, t.cols().get(i));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("the backup is damaged: " + what + " cannot be read (" + e.getMessage()
                            + "); nothing was restored", e);
                }
                if (t.idColumn() || t.name().equals("mailbox_state")) {
                    if (!ids.add(row[0])) {
                        throw new IllegalArgumentException("the backup is damaged: " + t.json() + " id " + row[0] + " appears twice; nothing was restored");
                    }
                }
                checkBytes(t, row, what);
                rows.add(row);
            }
            all.add(rows);
        }
        return new Parsed(all);
    }

    /** A raw message, attachment or failed import whose bytes no longer match their SHA-256 is refused. */
    private static void checkBytes(Table t, Object[] row, String what) {
        int sha = -1;
        int bytes = -1;
        for (int i = 0; i < t.cols().size(); i++) {
            if (t.cols().get(i).name().equals("sha256")) sha = i;
            if (t.cols().get(i).type() == Type.BLOB) bytes = i;
        }
        if (sha >= 0 && bytes >= 0 && !RevisionPolicy.sha256((byte[]) row[bytes]).equals(row[sha])) {
            throw new IllegalArgumentException("the backup is damaged: " + what + " has bytes that differ from its checksum; nothing was restored");
        }
    }

    private Object readValue(JsonNode o, Col col) {
        JsonNode v = o.path(col.json());
        if (v.isMissingNode() || v.isNull()) {
            if (!col.nullable()) throw new IllegalArgumentException("\"" + col.json() + "\" is missing");
            return null;
        }
        return switch (col.type()) {
            case LONG -> {
                if (!v.isIntegralNumber()) throw new IllegalArgumentException("\"" + col.json() + "\" is not a whole number");
                yield v.asLong();
            }
            case TEXT -> {
                if (!v.isTextual()) throw new IllegalArgumentException("\"" + col.json() + "\" is not a string");
                if (col.check() != null) col.check().accept(v.asText());
                yield v.asText();
            }
            case DATE -> LocalDate.parse(v.asText()).toString();
            case INSTANT -> Instant.parse(v.asText()).toEpochMilli();
            case BOOL -> {
                if (!v.isBoolean()) throw new IllegalArgumentException("\"" + col.json() + "\" is not true or false");
                yield v.asBoolean() ? 1L : 0L;
            }
            case BLOB -> Base64.getDecoder().decode(v.asText());
            case DOC -> codec.write(codec.fromJson(v));
        };
    }

    /**
     * Writes the parsed inbox into the (empty) database, inside the caller's transaction, then
     * the derived columns and the search indexes. A row that refers to something not in the
     * backup fails the foreign key check and with it the whole restore.
     */
    void restore(Connection c, Parsed p, SqlDialect dialect) throws SQLException {
        List<Object[]> duplicates = new ArrayList<>();
        try {
            for (int t = 0; t < TABLES.size(); t++) {
                Table table = TABLES.get(t);
                StringBuilder cols = new StringBuilder();
                StringBuilder marks = new StringBuilder();
                for (Col col : table.cols()) {
                    cols.append(cols.length() == 0 ? "" : ", ").append(col.name());
                    marks.append(marks.length() == 0 ? "?" : ",?");
                }
                int dup = table.name().equals("submission") ? table.cols().indexOf(n("duplicate_of", Type.LONG)) : -1;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table.name() + " (" + cols + ") VALUES (" + marks + ")")) {
                    for (Object[] row : p.rows().get(t)) {
                        for (int i = 0; i < row.length; i++) {
                            // A duplicate may point at a later submission: set once all are in.
                            Object v = i == dup ? null : row[i];
                            if (i == dup && row[i] != null) duplicates.add(new Object[] {row[i], row[0]});
                            if (v == null) ps.setNull(i + 1, Types.NULL);
                            else if (v instanceof Long l) ps.setLong(i + 1, l);
                            else if (v instanceof byte[] b) ps.setBytes(i + 1, b);
                            else ps.setString(i + 1, (String) v);
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE submission SET duplicate_of = ? WHERE id = ?")) {
                for (Object[] d : duplicates) {
                    ps.setLong(1, (Long) d[0]);
                    ps.setLong(2, (Long) d[1]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("the backup is damaged: its inbox does not fit together (" + e.getMessage()
                    + "); nothing was restored", e);
        }
        List<SqlDialect.SubmissionText> texts = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, title, from_email FROM submission ORDER BY id");
             PreparedStatement keys = c.prepareStatement("UPDATE submission SET title_key = ?, sender_key = ? WHERE id = ?")) {
            while (rs.next()) {
                keys.setString(1, TitleKey.of(rs.getString(2)));
                keys.setString(2, TitleKey.sender(rs.getString(3)));
                keys.setLong(3, rs.getLong(1));
                keys.addBatch();
            }
            keys.executeBatch();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM submission ORDER BY id")) {
            while (rs.next()) texts.add(SubmissionIntake.text(c, rs.getLong(1)));
        }
        dialect.indexSubmissions(c, texts);
    }
}
