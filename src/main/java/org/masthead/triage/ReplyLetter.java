package org.masthead.triage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawField;

/**
 * The bytes of a reply to a submission, ready for SMTP or to be saved as a .eml file. It goes
 * out from the section's address, answers the author's message (In-Reply-To and References,
 * so the author's mail program threads it) and carries a fresh Message-ID under the section's
 * own domain, which the inbox keeps to recognise the author's answer. The body is UTF-8 plain
 * text in quoted-printable, readable in any language by any mail program; the subject and
 * names are RFC 2047 encoded where they are not ASCII (mime4j does that).
 */
public final class ReplyLetter {

    /** An address with an optional display name. */
    public record Address(String email, String name) {
        private static final Pattern PLAIN = Pattern.compile("[^\\s<>()\\[\\],;:\"@\\\\]+@[^\\s<>()\\[\\],;:\"@\\\\]+\\.?[^\\s<>()\\[\\],;:\"@\\\\]*");

        public Address {
            email = email == null ? "" : email.strip();
            if (!PLAIN.matcher(email).matches()) {
                throw new IllegalArgumentException("'" + email + "' is not an email address a reply can be sent to");
            }
            name = name == null ? "" : name.replaceAll("[\\r\\n\\t]+", " ").strip();
        }

        String localPart() {
            return email.substring(0, email.lastIndexOf('@'));
        }

        String domain() {
            return email.substring(email.lastIndexOf('@') + 1);
        }

        Mailbox mailbox() {
            return new Mailbox(name.isEmpty() ? null : name, localPart(), domain());
        }
    }

    /** The letter's bytes and the Message-ID they carry (with its angle brackets). */
    public record Letter(String messageId, byte[] bytes) {
        public Letter {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    private static final Pattern REPLY_PREFIX = Pattern.compile("^(?:\\s*(?:re|aw|sv|antw|vs|r)(?:\\[\\d+])?\\s*[:：]\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MESSAGE_ID = Pattern.compile("[\\x21-\\x7e&&[^<>\\s]]+@[\\x21-\\x7e&&[^<>\\s]]+|[\\x21-\\x7e&&[^<>\\s@]]+");

    private ReplyLetter() {
    }

    /**
     * @param inReplyTo  the submission's Message-ID, with or without angle brackets; null when unknown
     * @param references the submission's own References, oldest first; ids that cannot be written
     *                   into a header (spaces, control characters) are left out
     */
    public static Letter build(Address from, Address to, String subject, String body, ZonedDateTime date,
                               String inReplyTo, List<String> references) {
        String messageId = "<" + UUID.randomUUID() + "@" + from.domain() + ">";
        Message.Builder b = Message.Builder.of()
                .setFrom(from.mailbox())
                .setTo(to.mailbox())
                .setSubject(replySubject(subject))
                .setDate(Date.from(date.toInstant()), TimeZone.getTimeZone(date.getZone()))
                .setField(new RawField("Message-ID", messageId));
        String parent = messageId(inReplyTo);
        Set<String> chain = new LinkedHashSet<>();
        if (references != null) references.stream().map(ReplyLetter::messageId).filter(id -> id != null).forEach(chain::add);
        if (parent != null) {
            chain.remove(parent);
            chain.add(parent);
            b.setField(new RawField("In-Reply-To", parent));
        }
        if (!chain.isEmpty()) b.setField(new RawField("References", String.join(" ", new ArrayList<>(chain))));
        try {
            b.setField(new RawField("MIME-Version", "1.0"))
                    .setContentType("text/plain", new NameValuePair("charset", "UTF-8"))
                    .setContentTransferEncoding("quoted-printable")
                    .setBody(crlf(body), StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DefaultMessageWriter().writeMessage(b.build(), out);
            return new Letter(messageId, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reply", e);
        }
    }

    /** "Re: " once before the subject, whatever reply prefixes it already had ("AW: RE: x" → "Re: x"). */
    public static String replySubject(String subject) {
        String s = subject == null ? "" : subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return ("Re: " + REPLY_PREFIX.matcher(s).replaceFirst("")).strip();
    }

    /** "<id@host>" from "id@host", "<id@host>" or " <id@host> "; null when not writable. */
    static String messageId(String id) {
        if (id == null) return null;
        String s = id.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1).strip();
        return MESSAGE_ID.matcher(s).matches() ? "<" + s + ">" : null;
    }

    private static String crlf(String body) {
        return (body == null ? "" : body).replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }
}
