package org.masthead.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.model.ActivityEntry;
import org.masthead.model.AttachmentInfo;
import org.masthead.model.FailedImport;
import org.masthead.model.IncomingMessage;
import org.masthead.model.InboxQuery;
import org.masthead.model.MailRecord;
import org.masthead.model.MailboxState;
import org.masthead.model.MessageKind;
import org.masthead.model.Person;
import org.masthead.model.ReplyRecord;
import org.masthead.model.Review;
import org.masthead.model.SavedFilter;
import org.masthead.model.SearchHit;
import org.masthead.model.SearchOrder;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionNote;
import org.masthead.model.SubmissionRow;
import org.masthead.model.SubmissionStatus;
import org.masthead.model.SubmissionVersion;
import org.masthead.model.text.Document;

/**
 * The submission inbox: every incoming message with its raw bytes, the items it made, their
 * texts, attachments, history, reviews, notes, replies and activity; people, saved filters and
 * the IMAP fetch state. One transaction per write; every triage write logs who acted. Ids in
 * the full-text index are submission ids, so search newest-first is fast on 100,000 items.
 * The SQL lives in small package-private classes by responsibility; this is their one door.
 */
public final class SubmissionStore {

    /** What {@link #save} did with a message. */
    public record SaveResult(long mailId, long submissionId, Outcome outcome) {
        public enum Outcome {
            /** A new inbox item (a submission, auto-reply or other mail). */
            NEW_ITEM,
            /** Joined the submission's history as a follow-up. */
            FOLLOW_UP,
            /** Joined the submission's history as its new current version. */
            REVISION,
            /** The same message (Message-ID and content hash) was already there: nothing was written. */
            ALREADY_THERE
        }
    }

    /** A submission sharing {@code sharedBands} MinHash bands with the text asked about. */
    public record DuplicateCandidate(long submissionId, int sharedBands) {
    }

    /** An update refused because the submission was changed since it was read. */
    public static final class StaleSubmissionException extends IllegalStateException {
        StaleSubmissionException(String message) {
            super(message);
        }
    }

    private final Database db;
    private final Clock clock;
    private final SubmissionIntake intake;
    private final SubmissionDetails details;
    private final SubmissionMoves moves;

    public SubmissionStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public SubmissionStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        DocumentCodec codec = new DocumentCodec();
        this.intake = new SubmissionIntake(codec, db.dialect());
        this.details = new SubmissionDetails(codec);
        this.moves = new SubmissionMoves(intake, details);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A write that returns nothing, in one transaction, at one moment. */
    @FunctionalInterface
    private interface Write {
        void run(java.sql.Connection c, Instant now) throws java.sql.SQLException;
    }

    private void write(Write w) {
        db.tx(c -> {
            w.run(c, now());
            return null;
        });
    }

    // ---- intake ----

    /** A bigger page cache while an import writes ({@code true}), then the everyday one and its memory back. */
    public void bulk(boolean on) {
        db.read(c -> {
            db.dialect().bulk(c, on);
            return null;
        });
    }

    /** Whether this message is already stored: same Message-ID and same content hash (the hash alone when it has no Message-ID). */
    public boolean hasMessage(String messageId, String sha256) {
        return db.read(c -> SubmissionIntake.hasMessage(c, messageId, sha256));
    }

    /** Stores one message (see {@link IncomingMessage} for what becomes of each kind); nothing when it is already here. */
    public SaveResult save(IncomingMessage m) {
        return db.tx(c -> intake.saveAll(c, List.of(m), now()).get(0));
    }

    /**
     * Stores many messages in one transaction (an import batch, a benchmark's 100,000): a
     * transaction per message would cost a disk sync each. All are stored, or none.
     */
    public List<SaveResult> saveAll(List<IncomingMessage> messages) {
        return db.tx(c -> intake.saveAll(c, messages, now()));
    }

    /** The submission a message answers, from the Message-IDs in its In-Reply-To and References. */
    public Optional<Long> submissionForMessageIds(Collection<String> messageIds) {
        return db.read(c -> SubmissionIntake.submissionForMessageIds(c, messageIds));
    }

    /** The newest submission from this address with the same title, ignoring case, Re:/Fwd:/AW:/TR: prefixes and punctuation. */
    public Optional<Long> submissionBySenderAndTitle(String email, String title) {
        return db.read(c -> SubmissionIntake.submissionBySenderAndTitle(c, email, title));
    }

    public FailedImport addFailed(String source, String reason, byte[] raw) {
        return db.tx(c -> InboxDirectory.addFailed(c, source, reason, raw, now()));
    }

    public List<FailedImport> failed() {
        return db.read(InboxDirectory::failed);
    }

    public Optional<byte[]> failedRaw(long id) {
        return db.read(c -> SubmissionDetails.one(c, "SELECT raw FROM failed_import WHERE id = ?", id, rs -> rs.getBytes(1)));
    }

    /** Drops an entry of "Could not import" (after a successful retry); {@code false} if there was none. */
    public boolean removeFailed(long id) {
        return db.tx(c -> {
            try (var ps = c.prepareStatement("DELETE FROM failed_import WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    // ---- reading ----

    public Optional<Submission> get(long id) {
        return db.read(c -> SubmissionRows.find(c, id));
    }

    public Optional<SubmissionVersion> currentVersion(long id) {
        return db.read(c -> details.currentVersion(c, id));
    }

    /** Every version, oldest first; the last is the current one. */
    public List<SubmissionVersion> versions(long id) {
        return db.read(c -> details.versions(c, id));
    }

    /** The submission's messages, oldest first. */
    public List<MailRecord> history(long id) {
        return db.read(c -> SubmissionDetails.history(c, id));
    }

    public Optional<byte[]> rawMessage(long mailId) {
        return db.read(c -> SubmissionDetails.one(c, "SELECT raw FROM mail_message WHERE id = ?", mailId, rs -> rs.getBytes(1)));
    }

    /** The text a follow-up message brought (a revised version's text is one of {@link #versions}). */
    public Optional<Document> followUpBody(long mailId) {
        return db.read(c -> details.followUpBody(c, mailId));
    }

    public List<AttachmentInfo> attachments(long id) {
        return db.read(c -> SubmissionDetails.attachments(c, id));
    }

    public Optional<byte[]> attachmentBytes(long attachmentId) {
        return db.read(c -> SubmissionDetails.one(c, "SELECT bytes FROM submission_attachment WHERE id = ?", attachmentId, rs -> rs.getBytes(1)));
    }

    /** The Document an attachment was read into, if it was. */
    public Optional<Document> attachmentDocument(long attachmentId) {
        return db.read(c -> details.attachmentDocument(c, attachmentId));
    }

    public List<ActivityEntry> activity(long id) {
        return db.read(c -> SubmissionDetails.activity(c, id));
    }

    public List<Review> reviews(long id) {
        return db.read(c -> SubmissionDetails.reviews(c, id));
    }

    public List<SubmissionNote> notes(long id) {
        return db.read(c -> SubmissionDetails.notes(c, id));
    }

    public List<ReplyRecord> replies(long id) {
        return db.read(c -> SubmissionDetails.replies(c, id));
    }

    /** Every tag in use, sorted. */
    public List<String> tags() {
        return db.read(c -> {
            List<String> l = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT DISTINCT tag FROM submission_tag ORDER BY tag")) {
                while (rs.next()) l.add(rs.getString(1));
            }
            return l;
        });
    }

    // ---- lists and search ----

    public List<SubmissionRow> list(InboxQuery q) {
        return db.read(c -> SubmissionRows.list(c, q, now(), db.dialect()));
    }

    /** The list's rows of these submissions, in the order given; ids that no longer exist are left out. */
    public List<SubmissionRow> rows(List<Long> ids) {
        return db.read(c -> SubmissionRows.byIds(c, ids));
    }

    public int count(InboxQuery q) {
        return db.read(c -> SubmissionRows.count(c, q, now(), db.dialect()));
    }

    /** Open submissions whose answer due or exclusive offer falls before {@code now + within}, overdue ones included; soonest first. */
    public List<SubmissionRow> due(Instant now, Duration within) {
        return db.read(c -> SubmissionRows.due(c, now.plus(within)));
    }

    /**
     * Full-text search over title, body, author and attachment text. The query's characters are
     * taken as words to find, never as query syntax; Chinese, Japanese, Korean, Arabic and Hebrew
     * match as substrings. Snippets mark matches with {@link SearchHit#OPEN} / {@link SearchHit#CLOSE}.
     * NEWEST orders by arrival in the inbox (the submission id), the order of the index itself.
     */
    public List<SearchHit> search(String query, SearchOrder order, int limit) {
        return db.read(c -> {
            List<SqlDialect.TextMatch> matches = db.dialect().searchSubmissions(c, query, order == SearchOrder.RELEVANCE, limit);
            List<SubmissionRow> rows = SubmissionRows.byIds(c, matches.stream().map(SqlDialect.TextMatch::id).toList());
            java.util.Map<Long, SubmissionRow> byId = new java.util.HashMap<>();
            for (SubmissionRow r : rows) byId.put(r.id(), r);
            List<SearchHit> hits = new ArrayList<>(matches.size());
            for (SqlDialect.TextMatch m : matches) if (byId.containsKey(m.id())) hits.add(new SearchHit(byId.get(m.id()), m.snippet()));
            return hits;
        });
    }

    public List<SearchHit> search(String query, int limit) {
        return search(query, SearchOrder.NEWEST, limit);
    }

    // ---- triage writes ----

    /** Moves the status on; {@code false} when it already had it. Moves out of converted are refused, as is converting here ({@link #linkArticle}). */
    public boolean setStatus(long id, SubmissionStatus status, String actor) {
        return db.tx(c -> SubmissionTriage.setStatus(c, id, status, actor, now()));
    }

    /** Assigns to a reviewer, or to nobody with {@code null}. */
    public void assign(long id, Long personId, String actor) {
        write((c, now) -> SubmissionTriage.assign(c, id, personId, actor, now));
    }

    public boolean addTag(long id, String tag, String actor) {
        return db.tx(c -> SubmissionTriage.addTag(c, id, tag, actor, now()));
    }

    public boolean removeTag(long id, String tag, String actor) {
        return db.tx(c -> SubmissionTriage.removeTag(c, id, tag, actor, now()));
    }

    /** A private note (never shown to the author). */
    public SubmissionNote addNote(long id, String text, String actor) {
        return db.tx(c -> SubmissionTriage.addNote(c, id, text, actor, now()));
    }

    /** The reviewer's scores (1–5 or null each), replacing their earlier ones; logged as the reviewer. */
    public void score(long id, long reviewerId, Review review) {
        write((c, now) -> {
            String name = InboxDirectory.person(c, reviewerId).map(Person::name).orElse("");
            SubmissionTriage.score(c, id, reviewerId, review, name.isEmpty() ? "reviewer #" + reviewerId : name, now);
        });
    }

    /**
     * Saves an editor's changes to the details (title, author, claimed title and its verification,
     * bio, conflict note, language, length, pitch, deadlines, news peg). Refused with
     * {@link StaleSubmissionException} when the submission changed since {@code s} was read.
     * Returns the submission as stored.
     */
    public Submission update(Submission s, String actor) {
        return db.tx(c -> SubmissionTriage.update(c, s, actor, now()));
    }

    /** Changes an item's kind among submission, auto-reply and other mail. */
    public void reclassify(long id, MessageKind kind, String actor) {
        write((c, now) -> SubmissionTriage.reclassify(c, id, kind, actor, now));
    }

    /** Makes an item a follow-up or revised version ({@code as}) of another submission: its messages and texts join that history. */
    public void joinTo(long itemId, long targetId, MessageKind as, String actor) {
        write((c, now) -> moves.joinTo(c, itemId, targetId, as, actor, now));
    }

    /** Makes a follow-up or revised version in a history a new submission of its own; returns its id. */
    public long splitOff(long mailId, String actor) {
        return db.tx(c -> moves.splitOff(c, mailId, actor, now()));
    }

    /** Flags {@code id} as a near-duplicate of {@code otherId}, or clears the flag with {@code null}. */
    public void markDuplicate(long id, Long otherId, String actor) {
        write((c, now) -> SubmissionTriage.markDuplicate(c, id, otherId, actor, now));
    }

    /** Where the format of the stored band keys is recorded (setting table). */
    static final String BAND_FORMAT = "inbox.bandFormat";

    /** The format of the near-duplicate signatures the stored band keys were made with; 0 if none was recorded. */
    public int bandFormat() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, BAND_FORMAT);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return 0;
                    try {
                        return Integer.parseInt(rs.getString(1).strip());
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
            }
        });
    }

    /**
     * Makes the band keys of every submission that has any again, from the text of its current
     * version, with {@code keysOf}, and records {@code format}, in one transaction: after a change
     * of the signature's format, keys made the old way would never meet new ones. Returns how
     * many submissions were keyed again.
     */
    public int rebuildBands(int format, java.util.function.Function<String, long[]> keysOf) {
        return db.tx(c -> {
            Map<Long, String> texts = new java.util.LinkedHashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT b.submission_id, v.plain_text FROM "
                    + "(SELECT DISTINCT submission_id FROM submission_band) b JOIN submission_version v ON v.submission_id = b.submission_id "
                    + "AND v.number = (SELECT max(number) FROM submission_version WHERE submission_id = b.submission_id) ORDER BY b.submission_id")) {
                while (rs.next()) texts.put(rs.getLong(1), rs.getString(2));
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM submission_band");
            }
            try (PreparedStatement ps = c.prepareStatement(SubmissionIntake.BAND)) {
                for (Map.Entry<Long, String> e : texts.entrySet()) SubmissionIntake.insertBands(ps, e.getKey(), keysOf.apply(e.getValue()));
            }
            PublicationStore.putSetting(c, BAND_FORMAT, Integer.toString(format));
            return texts.size();
        });
    }

    /** Submissions sharing MinHash bands with these keys, most shared first. */
    public List<DuplicateCandidate> duplicateCandidates(long[] bandKeys) {
        return db.read(c -> SubmissionDetails.duplicateCandidates(c, bandKeys));
    }

    /** Logs a reply as it went out; returns its id. Its Message-ID then matches the author's answer. */
    public long recordReply(ReplyRecord reply) {
        return db.tx(c -> SubmissionTriage.recordReply(c, reply, now()));
    }

    /** Records the article draft a submission was converted into and makes it converted. */
    public void linkArticle(long id, long articleId, String actor) {
        write((c, now) -> SubmissionTriage.linkArticle(c, id, articleId, actor, now));
    }

    // ---- people, mailboxes, saved filters ----

    public List<Person> people() {
        return db.read(InboxDirectory::people);
    }

    public Person addPerson(String name, String email) {
        return db.tx(c -> InboxDirectory.addPerson(c, name, email, now()));
    }

    public Optional<Person> personByName(String name) {
        return db.read(c -> InboxDirectory.personByName(c, name));
    }

    public Optional<MailboxState> mailboxState(String folderKey) {
        return db.read(c -> InboxDirectory.mailboxState(c, folderKey));
    }

    public void putMailboxState(MailboxState state) {
        write((c, now) -> InboxDirectory.putMailboxState(c, state));
    }

    public List<SavedFilter> savedFilters() {
        return db.read(InboxDirectory::savedFilters);
    }

    /** Inserts (id 0) or rewrites a saved filter; returns it with its id. */
    public SavedFilter saveFilter(SavedFilter f) {
        return db.tx(c -> InboxDirectory.saveFilter(c, f));
    }

    public boolean deleteFilter(long id) {
        return db.tx(c -> InboxDirectory.deleteFilter(c, id));
    }
}
