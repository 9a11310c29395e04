package org.masthead.model;

import java.time.Instant;
import java.util.List;
import org.masthead.model.text.Document;

/**
 * One message as the importer hands it to the store: its raw bytes (always kept), the headers
 * that identify and match it, what kind it was classified as, and what was read from it. A
 * {@link MessageKind#SUBMISSION}, {@link MessageKind#AUTO_REPLY} or {@link MessageKind#OTHER}
 * becomes a new inbox item from {@code draft}; a {@link MessageKind#FOLLOW_UP} or
 * {@link MessageKind#REVISION} joins {@code targetSubmissionId}'s history.
 *
 * @param sha256     lower-case hex SHA-256 of {@code raw}; {@code null} lets the store compute it
 * @param messageId  the Message-ID with its angle brackets as written, or {@code null} when it has none
 * @param source     where it came from: a file path, {@code file.mbox#12}, or {@code imap:INBOX#4711}
 * @param draft      the submission's details as read (title, sender, language, length, deadlines, ...);
 *                   for follow-ups and revisions only its title is used, as the version's label
 * @param body       the body as a Document (never raw HTML); {@code plainText} is its text, for search
 * @param links      addresses of online documents found in the body ("see my draft on Google Docs")
 * @param warnings   what the importer had to guess (an unknown charset, a truncated part), for the reviewer
 * @param bandKeys   MinHash band keys of the text, for near-duplicate candidates (may be empty)
 */
public record IncomingMessage(
        byte[] raw,
        String sha256,
        String messageId,
        String inReplyTo,
        List<String> references,
        String subject,
        String fromName,
        String fromEmail,
        Instant receivedAt,
        String source,
        MessageKind kind,
        Long targetSubmissionId,
        Submission draft,
        Document body,
        String plainText,
        List<Attachment> attachments,
        List<String> links,
        List<String> warnings,
        long[] bandKeys) {

    public IncomingMessage {
        if (raw == null) throw new IllegalArgumentException("a message needs its raw bytes");
        if (kind == null) kind = MessageKind.SUBMISSION;
        if ((kind == MessageKind.FOLLOW_UP || kind == MessageKind.REVISION) && targetSubmissionId == null) {
            throw new IllegalArgumentException("a " + kind.label().toLowerCase() + " needs the submission it belongs to");
        }
        messageId = messageId == null || messageId.isBlank() ? null : messageId.strip();
        inReplyTo = inReplyTo == null || inReplyTo.isBlank() ? null : inReplyTo.strip();
        references = references == null ? List.of() : List.copyOf(references);
        subject = subject == null ? "" : subject;
        fromName = fromName == null ? "" : fromName;
        fromEmail = fromEmail == null ? "" : fromEmail;
        source = source == null ? "" : source;
        body = body == null ? Document.EMPTY : body;
        plainText = plainText == null ? body.plainText() : plainText;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        links = links == null ? List.of() : List.copyOf(links);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        bandKeys = bandKeys == null ? new long[0] : bandKeys;
    }

    /** An attachment as read: its bytes are always kept, whatever became of it. */
    public record Attachment(String fileName, String contentType, byte[] bytes, AttachmentOutcome outcome, String error,
                             Document document, String text) {
        public Attachment {
            fileName = fileName == null ? "" : fileName;
            contentType = contentType == null ? "application/octet-stream" : contentType;
            bytes = bytes == null ? new byte[0] : bytes;
            if (outcome == null) outcome = AttachmentOutcome.FILE;
            error = error == null ? "" : error;
            text = text == null ? (document == null ? "" : document.plainText()) : text;
        }
    }
}
