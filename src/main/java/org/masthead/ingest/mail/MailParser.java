package org.masthead.ingest.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.masthead.ingest.html.HtmlDocumentReader;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;

/**
 * Reads the raw bytes of one email into a {@link ParsedMail}, however broken the message.
 *
 * <p>mime4j (permissive configuration, silent decode monitor) finds the header fields and the
 * MIME tree; everything that turns bytes into text is done here, because that is where real
 * mail goes wrong: raw 8-bit headers, labels the JDK does not know, labels that lie. Only
 * bytes that are no message at all (empty, binary, no header field) fail, with a
 * {@link MailParseException} saying why; anything else parses, and what had to be guessed is
 * listed in {@link ParsedMail#warnings()}.
 *
 * <p>A UTF-8 byte-order mark and a leading mbox "From " envelope line are tolerated. Parsing is
 * synchronous and has no time limit of its own; {@link TimedParse} runs it under one.
 * Stateless apart from its collaborators, and safe to share between threads.
 */
public final class MailParser {

    /** How far into the bytes a NUL still means "binary file, not a message". */
    private static final int BINARY_PROBE = 1024;

    private final HtmlDocumentReader html;
    private final MailCharsets charsets = new MailCharsets();
    private final EncodedWords words = new EncodedWords(charsets);
    private final RawHeaders rawHeaders = new RawHeaders(charsets);
    private final HeaderParams params = new HeaderParams(words, charsets);
    private final Addresses addresses = new Addresses(words);
    private final MimeParts parts = new MimeParts(charsets, rawHeaders, params);
    private final PlainTextReader plain = new PlainTextReader();

    public MailParser() {
        this(new HtmlDocumentReader());
    }

    public MailParser(HtmlDocumentReader html) {
        this.html = html;
    }

    /** Parses one message; throws only when the bytes are not a message at all. */
    public ParsedMail parse(byte[] raw) throws MailParseException {
        if (raw == null || raw.length == 0) throw new MailParseException("the file is empty");
        byte[] bytes = MailBytes.repairHeaderEnd(MailBytes.stripPreamble(raw));
        if (MailBytes.isBlank(bytes)) throw new MailParseException("the file holds only white space");
        if (MailBytes.indexOfNul(bytes, BINARY_PROBE) >= 0) {
            throw new MailParseException("binary data, not a mail message (it starts with \"" + MailBytes.preview(bytes) + "\")");
        }
        Message message;
        try {
            message = builder().parseMessage(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new MailParseException("the message structure could not be read: " + e, e);
        }
        try {
            return read(message);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new MailParseException("the message could not be read: " + e, e);
        } finally {
            message.dispose();
        }
    }

    private static DefaultMessageBuilder builder() {
        DefaultMessageBuilder b = new DefaultMessageBuilder();
        b.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        b.setDecodeMonitor(DecodeMonitor.SILENT);
        b.setFieldParser(LenientFieldParser.getParser());
        b.setBodyFactory(new RawTextBodyFactory());
        return b;
    }

    private ParsedMail read(Message message) throws IOException, MailParseException {
        if (message.getHeader().getFields().stream().noneMatch(f -> RawHeaders.isFieldName(f.getName().strip()))) {
            throw new MailParseException("no mail headers: the text does not begin with header lines such as From:, Subject: or Date:");
        }
        Warnings w = new Warnings();
        Charset hint = parts.firstTextCharset(message, 0);
        Map<String, List<String>> raw = rawHeaders.read(message.getHeader(), hint, w);
        Map<String, List<String>> decoded = new java.util.LinkedHashMap<>();
        raw.forEach((name, values) -> decoded.put(name,
                values.stream().map(v -> PlainTextReader.oneLine(words.decode(v, RawHeaders.displayName(name), w))).toList()));

        String subject = first(decoded, "subject");
        List<Addresses.Mailbox> from = addresses.parse(first(raw, "from"), "From", w);
        if (from.isEmpty()) from = addresses.parse(first(raw, "sender"), "Sender", w);
        Addresses.Mailbox sender = from.isEmpty() ? new Addresses.Mailbox("", "") : from.get(0);
        List<Addresses.Mailbox> replyTo = addresses.parse(first(raw, "reply-to"), "Reply-To", w);

        MimeParts.Result found = parts.walk(message, hint, w);
        Body body = body(found, w);
        List<MailAttachment> files = attachments(found.files);
        AutoReply auto = AutoReplyDetector.classify(decoded, subject, sender.email(), found.deliveryReport);
        List<String> refs = MessageIds.all(first(raw, "references"));
        return new ParsedMail(MessageIds.first(first(raw, "message-id")), MessageIds.first(first(raw, "in-reply-to")), refs,
                subject == null ? "" : subject.strip(), sender.name(), sender.email(), emails(raw, "to", w), emails(raw, "cc", w),
                replyTo.isEmpty() || replyTo.get(0).email().isEmpty() ? null : replyTo.get(0).email(), sentAt(message, raw, w),
                body.text(), body.document(), body.fromHtml(), files, MailLinks.find(body.document(), body.text()), auto,
                first(raw, "auto-submitted"), decoded, w.list());
    }

    private record Body(String text, Document document, boolean fromHtml) {
    }

    /** text/plain when there is any; else the HTML parts read into a Document, never the markup itself. */
    private Body body(MimeParts.Result found, Warnings w) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean anyPlain = found.texts.stream().anyMatch(t -> !t.html());
        for (MimeParts.TextPart t : found.texts) {
            if (t.html() == anyPlain) continue;
            Document d;
            String s;
            if (t.html()) {
                d = html.read(t.text());
                s = d.plainText();
                if (d.isEmpty()) w.add("the HTML body shows no text (" + t.text().length() + " characters of markup)");
            } else {
                s = plain.normalize(t.text(), t.flowed(), t.delSp());
                d = plain.read(s, t.flowed());
            }
            blocks.addAll(d.blocks());
            if (text.length() > 0) text.append("\n\n");
            text.append(s.strip());
        }
        if (anyPlain) { // HTML parts beside the text (not alternatives of it) are kept as files, not lost
            for (MimeParts.TextPart t : found.texts) {
                if (t.html()) found.files.add(new MimeParts.FilePart("message.html", "text/html",
                        t.text().getBytes(java.nio.charset.StandardCharsets.UTF_8), true));
            }
        }
        return new Body(text.toString(), new Document(blocks), !anyPlain && !found.texts.isEmpty());
    }

    private static List<MailAttachment> attachments(List<MimeParts.FilePart> found) {
        List<MailAttachment> out = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (MimeParts.FilePart f : found) {
            String name = FileNames.clean(f.originalName());
            if (FileNames.extension(name).isEmpty()) name = FileNames.clean(name + MimeTypes.extensionFor(f.contentType()));
            name = FileNames.unique(name, taken);
            taken.add(name);
            out.add(new MailAttachment(name, f.originalName(), f.contentType(), f.data(), f.inline()));
        }
        return out;
    }

    private List<String> emails(Map<String, List<String>> raw, String name, Warnings w) {
        List<String> out = new ArrayList<>();
        for (String v : raw.getOrDefault(name, List.of())) {
            for (Addresses.Mailbox m : addresses.parse(v, RawHeaders.displayName(name), w)) {
                if (!m.email().isEmpty()) out.add(m.email());
            }
        }
        return out;
    }

    private static Instant sentAt(Message message, Map<String, List<String>> raw, Warnings w) {
        String value = first(raw, "date");
        if (value == null) {
            w.add("no Date header");
            return null;
        }
        Field f = message.getHeader().getField("Date");
        Date d = f instanceof DateTimeField dt ? dt.getDate() : null;
        if (d == null) {
            w.add("Date header unreadable: '" + value + "'");
            return null;
        }
        return d.toInstant();
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
