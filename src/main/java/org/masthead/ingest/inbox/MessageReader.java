package org.masthead.ingest.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.ingest.document.AttachmentContent;
import org.masthead.ingest.document.AttachmentReader;
import org.masthead.ingest.document.Hashes;
import org.masthead.ingest.mail.MailAttachment;
import org.masthead.ingest.mail.MailParseException;
import org.masthead.ingest.mail.MailParser;
import org.masthead.ingest.mail.ParsedMail;
import org.masthead.model.AttachmentOutcome;
import org.masthead.model.IncomingMessage;
import org.masthead.model.LengthUnit;
import org.masthead.model.MessageKind;
import org.masthead.model.Submission;
import org.masthead.model.text.Document;
import org.masthead.triage.AuthorDetails;
import org.masthead.triage.Deadlines;
import org.masthead.triage.LanguageGuess;
import org.masthead.triage.MinHash;
import org.masthead.triage.SubmissionTitle;
import org.masthead.triage.TextLength;

/**
 * Reads one raw message into a {@link PreparedMail}: parsed with mime4j, its attachments turned
 * into documents, and judged — the piece (the body, or the attached document when the body only
 * covers it), its title, language, length, deadlines, the author's claimed title, bio and
 * conflict note, and its near-duplicate signature. One instance per worker thread (the
 * language detector is not shared); nothing here touches the database.
 */
final class MessageReader {

    /** Fewer words than this and no document attached: a note, not a piece (other mail, or a follow-up). */
    static final int SUBSTANCE_WORDS = 40;
    /** A piece shorter than this is a pitch rather than a full draft. */
    static final int PITCH_WORDS = 400;

    private final MailParser parser = new MailParser();
    private final AttachmentReader attachments = new AttachmentReader();
    private final LanguageGuess languages = new LanguageGuess();
    private final Deadlines deadlines = Deadlines.withHouseDefaults();
    private final MinHash minHash;
    private final Clock clock;
    private final ZoneId zone;

    MessageReader(MinHash minHash, Clock clock, ZoneId zone) {
        this.minHash = minHash;
        this.clock = clock;
        this.zone = zone;
    }

    PreparedMail read(String source, byte[] raw) {
        ParsedMail mail;
        try {
            mail = parser.parse(raw);
        } catch (MailParseException e) {
            return PreparedMail.failed(source, raw, e.getMessage());
        }
        List<IncomingMessage.Attachment> files = new ArrayList<>();
        Map<String, byte[]> images = new HashMap<>();
        List<String> warnings = new ArrayList<>(mail.warnings());
        Document piece = mail.body();
        String pieceText = mail.bodyText().isBlank() ? mail.body().plainText() : mail.bodyText();
        String documentTitle = null;
        int bodyWords = words(pieceText);
        int bestWords = bodyWords;
        boolean attachedDocument = false;
        for (MailAttachment a : mail.attachments()) {
            AttachmentContent content = attachments.read(a.fileName(), a.contentType(), a.data());
            if (content instanceof AttachmentContent.Text t) {
                files.add(new IncomingMessage.Attachment(a.fileName(), a.contentType(), a.data(), AttachmentOutcome.DOCUMENT, "",
                        t.document(), t.plainText()));
                images.putAll(t.images());
                for (String w : t.warnings()) warnings.add(a.fileName() + ": " + w);
                int n = words(t.plainText());
                if (n >= SUBSTANCE_WORDS) attachedDocument = true;
                // the piece is the attached document when it says more than the covering note
                if (n > bestWords) {
                    bestWords = n;
                    piece = t.document();
                    pieceText = t.plainText();
                    documentTitle = t.title();
                }
            } else if (content instanceof AttachmentContent.Image i) {
                files.add(new IncomingMessage.Attachment(a.fileName(), i.mime(), a.data(), AttachmentOutcome.IMAGE, "", null, ""));
            } else if (content instanceof AttachmentContent.KeptFile k) {
                files.add(new IncomingMessage.Attachment(a.fileName(), a.contentType(), a.data(), AttachmentOutcome.FILE, k.why(), null, ""));
            } else if (content instanceof AttachmentContent.Failed f) {
                files.add(new IncomingMessage.Attachment(a.fileName(), a.contentType(), a.data(), AttachmentOutcome.FAILED, f.reason(), null, ""));
                warnings.add(a.fileName() + ": " + f.reason());
            }
        }
        Instant received = mail.sentAt() != null ? mail.sentAt() : clock.instant();
        // Offers, windows, bios and disclosures are in the note to the editor and at the ends of a
        // piece, not in its middle: the judgements read those (a full op-ed's middle costs much and adds nothing).
        String all = ends(mail.bodyText(), ENDS) + (pieceText.equals(mail.bodyText()) ? "" : "\n\n" + ends(pieceText, ENDS));
        String language = languages.guess(pieceText);
        TextLength.Length length = TextLength.of(pieceText, language);
        Deadlines.DeadlineSuggestion due = deadlines.suggest(all, mail.subject(), received, zone);
        AuthorDetails author = AuthorDetails.extract(all, mail.fromName());
        String title = SubmissionTitle.choose(mail.subject(), documentTitle, firstLine(pieceText));
        boolean substantial = attachedDocument || bodyWords >= SUBSTANCE_WORDS;
        Submission draft = Submission.draft(title, mail.fromName(), mail.fromEmail(), received)
                .withKind(mail.isAutomatic() ? MessageKind.AUTO_REPLY : MessageKind.SUBMISSION)
                .withLanguage(LanguageGuess.UNDETERMINED.equals(language) ? "" : language)
                .withLength(length.count(), length.unit() == TextLength.Unit.CHARACTERS ? LengthUnit.CHARACTERS : LengthUnit.WORDS)
                .withPitch(substantial && !attachedDocument && length.unit() == TextLength.Unit.WORDS && length.count() < PITCH_WORDS)
                .withExclusive(due.exclusive(), due.exclusiveUntil())
                .withAnswerDue(mail.isAutomatic() ? null : due.answerDue())
                .withClaimedTitle(author.claimedTitle())
                .withBio(author.bio())
                .withConflictNote(author.conflictNote());
        MinHash.Signature signature = substantial && !mail.isAutomatic() ? minHash.signature(pieceText) : null;
        long[] bands = signature == null || signature.isEmpty() ? new long[0] : minHash.bandKeys(signature);
        // the content hash the store compares is taken here, on a reading core, not on the writing one
        IncomingMessage m = new IncomingMessage(raw, Hashes.sha256(raw), mail.messageId(), mail.inReplyTo(), mail.references(),
                mail.subject(), mail.fromName(), mail.fromEmail(), received, source, draft.kind(), null, draft, piece,
                pieceText, files, mail.links(), warnings, bands);
        return new PreparedMail(source, raw, m, mail.threadIds(), mail.isAutomatic(), substantial, signature, images, null);
    }

    /** How much of each end of a long text the deadline and author judgements read. */
    static final int ENDS = 1200;

    /** The first and last {@code n} characters of {@code text} (all of it when shorter than 2n). */
    static String ends(String text, int n) {
        if (text.length() <= 2 * n) return text;
        return text.substring(0, n) + "\n\n" + text.substring(text.length() - n);
    }

    static int words(String text) {
        if (text == null || text.isBlank()) return 0;
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && !in) n++;
            // each Han or kana character reads as a word here: enough to tell a note from a piece
            if (letter && in && cp >= 0x3040 && (Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA)) n++;
            in = letter;
            i += Character.charCount(cp);
        }
        return n;
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty()) return s.length() > 140 ? s.substring(0, 140) : s;
        }
        return "";
    }
}
