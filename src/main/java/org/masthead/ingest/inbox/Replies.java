package org.masthead.ingest.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.masthead.ingest.mail.FileNames;
import org.masthead.ingest.mailbox.MailboxException;
import org.masthead.ingest.mailbox.SentReceipt;
import org.masthead.ingest.mailbox.SmtpSender;
import org.masthead.model.MailRecord;
import org.masthead.model.MailboxSettings;
import org.masthead.model.ReplyRecord;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionStatus;
import org.masthead.store.SubmissionStore;
import org.masthead.triage.ReplyKind;
import org.masthead.triage.ReplyLetter;

/**
 * Answers to authors: the letter (already rendered and edited by a person) built as a reply to
 * the author's last message (In-Reply-To and References set), then sent from the section's
 * address over SMTP, or written as a ready-to-send .eml, or no letter at all ("decline without
 * reply"). Each is logged with who did it and when it actually went out, and moves the
 * submission to the letter's status. Nothing here goes out on its own: a person asks for each.
 */
public final class Replies {

    private final SubmissionStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final SmtpSender smtp;

    public Replies(SubmissionStore store, Clock clock, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.smtp = new SmtpSender(clock);
    }

    /** The letter as it would go out (a new Message-ID each time). */
    public ReplyLetter.Letter letter(long submissionId, MailboxSettings from, String subject, String body) {
        return letter(submission(submissionId), from, subject, body);
    }

    private ReplyLetter.Letter letter(Submission s, MailboxSettings from, String subject, String body) {
        long submissionId = s.id();
        if (s.fromEmail().isBlank()) throw new IllegalStateException("submission " + submissionId + " has no sender address to answer");
        if (from.fromAddress() == null || from.fromAddress().isBlank()) {
            throw new IllegalStateException("the section's address is not set: Inbox \u25b8 Mailbox settings\u2026");
        }
        List<String> ids = new ArrayList<>();
        for (MailRecord m : store.history(submissionId)) if (m.messageId() != null && !m.messageId().isBlank()) ids.add(m.messageId());
        String parent = ids.isEmpty() ? null : ids.get(ids.size() - 1);
        return ReplyLetter.build(new ReplyLetter.Address(from.fromAddress(), from.fromName()), new ReplyLetter.Address(s.fromEmail(), s.fromName()),
                subject, body, clock.instant().atZone(zone), parent, ids);
    }

    /** Sends the letter over SMTP, then logs it and moves the submission to the letter's status. */
    public ReplyRecord send(long submissionId, ReplyKind kind, MailboxSettings settings, char[] password, String subject, String body,
                            String actor) throws MailboxException {
        Submission s = submission(submissionId);
        ReplyLetter.Letter letter = letter(s, settings, subject, body);
        SentReceipt sent = smtp.send(settings, password, letter.bytes(), List.of(s.fromEmail()));
        return record(submissionId, kind, s, subject, body, ReplyRecord.Channel.SMTP, sent.sentAt(), letter.messageId(), actor);
    }

    /** Writes the letter as a .eml file into {@code folder} (never elsewhere), logs it (not sent), moves the status. */
    public Path writeEml(long submissionId, ReplyKind kind, MailboxSettings settings, String subject, String body, String actor, Path folder)
            throws IOException {
        Submission s = submission(submissionId);
        ReplyLetter.Letter letter = letter(s, settings, subject, body);
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) throw new IOException(dir + " is not a folder");
        String base = FileNames.clean(kind.key() + " - " + s.title());
        Path file = null;
        for (int n = 1; file == null; n++) {
            Path candidate = dir.resolve(n == 1 ? base + ".eml" : base + " (" + n + ").eml").normalize();
            if (!candidate.getParent().equals(dir)) throw new IOException("refused to write outside " + dir);
            if (!Files.exists(candidate)) file = candidate;
        }
        Files.write(file, letter.bytes(), StandardOpenOption.CREATE_NEW);
        record(submissionId, kind, s, subject, body, ReplyRecord.Channel.EML, null, letter.messageId(), actor);
        return file;
    }

    /** Declines without writing to the author, and logs that choice. */
    public void declineWithoutReply(long submissionId, String actor) {
        Submission s = submission(submissionId);
        record(submissionId, ReplyKind.DECLINE, s, "", "", ReplyRecord.Channel.NONE, null, null, actor);
    }

    private ReplyRecord record(long id, ReplyKind kind, Submission s, String subject, String body, ReplyRecord.Channel channel,
                               java.time.Instant sentAt, String messageId, String actor) {
        ReplyRecord r = new ReplyRecord(0, id, ReplyRecord.Kind.valueOf(kind.name()), s.fromEmail(), subject, body, channel, sentAt, messageId,
                actor);
        long rid = store.recordReply(r);
        SubmissionStatus to = kind.status();
        if (s.status() != to && s.status().canMoveTo(to)) store.setStatus(id, to, actor);
        return new ReplyRecord(rid, r.submissionId(), r.kind(), r.to(), r.subject(), r.body(), r.channel(), r.sentAt(), r.messageId(), r.actor());
    }

    private Submission submission(long id) {
        return store.get(id).orElseThrow(() -> new IllegalArgumentException("no submission " + id));
    }
}
