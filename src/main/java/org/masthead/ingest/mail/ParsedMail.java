package org.masthead.ingest.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.model.text.Document;

/**
 * One message as {@link MailParser} read it: decoded headers, the body as plain text and as a
 * {@link Document}, the attachments, the links and whether a machine sent it. Everything is
 * decoded text; nothing needs mime4j to be understood. The raw bytes are not kept here: the
 * caller has them and stores them as they came.
 *
 * @param messageId the Message-ID without angle brackets, or null
 * @param inReplyTo the first id of In-Reply-To without angle brackets, or null
 * @param references the ids of References, oldest first, without angle brackets
 * @param subject the decoded subject, "" when there is none
 * @param fromName the sender's display name, "" when there is none
 * @param fromEmail the sender's address in lower case, "" when there is none
 * @param to the addresses of To, lower case
 * @param cc the addresses of Cc, lower case
 * @param replyTo the first Reply-To address, or null
 * @param sentAt the Date header, or null when it is missing or unreadable (then a warning says so)
 * @param bodyText the plain text of the body (format=flowed unwrapped), "" when there is none
 * @param body the body as a Document: the text/plain part split into paragraphs, or else the HTML part read by the HTML reader
 * @param bodyFromHtml the body came from an HTML part (there was no text/plain one)
 * @param attachments the files, with unique safe names; nested messages as .eml files
 * @param links http(s) links in the body, online documents (Google Docs, Dropbox, ...) first
 * @param autoReply whether a machine sent it
 * @param autoSubmitted the raw Auto-Submitted value, or null
 * @param headers every header, lower-case name to its decoded values in order
 * @param warnings what was guessed or repaired ("charset 'x' not known: read as windows-1252", ...)
 */
public record ParsedMail(
        String messageId,
        String inReplyTo,
        List<String> references,
        String subject,
        String fromName,
        String fromEmail,
        List<String> to,
        List<String> cc,
        String replyTo,
        Instant sentAt,
        String bodyText,
        Document body,
        boolean bodyFromHtml,
        List<MailAttachment> attachments,
        List<String> links,
        AutoReply autoReply,
        String autoSubmitted,
        Map<String, List<String>> headers,
        List<String> warnings) {

    public ParsedMail {
        references = List.copyOf(references);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
        links = List.copyOf(links);
        headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
        warnings = List.copyOf(warnings);
        subject = subject == null ? "" : subject;
        fromName = fromName == null ? "" : fromName;
        fromEmail = fromEmail == null ? "" : fromEmail;
        bodyText = bodyText == null ? "" : bodyText;
        body = body == null ? Document.EMPTY : body;
        autoReply = autoReply == null ? AutoReply.NONE : autoReply;
    }

    /** The first decoded value of a header (any case), or null. */
    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Sent by a machine: an auto-reply or a bounce. */
    public boolean isAutomatic() {
        return autoReply != AutoReply.NONE;
    }

    /** The links that point at online documents (a subset of {@link #links}). */
    public List<String> documentLinks() {
        return links.stream().filter(MailLinks::isDocumentLink).toList();
    }

    /** Every id this message answers, In-Reply-To first: what the classifier matches against earlier messages. */
    public List<String> threadIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        if (inReplyTo != null) ids.add(inReplyTo);
        for (int i = references.size() - 1; i >= 0; i--) ids.add(references.get(i));
        return List.copyOf(ids);
    }
}
