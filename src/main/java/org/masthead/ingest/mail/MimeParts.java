package org.masthead.ingest.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageWriter;

/**
 * Walks a parsed MIME tree and sorts its leaves into body text and files.
 *
 * <p>Inline text/plain and text/html parts without a file name are body text; in a
 * multipart/alternative the first branch with a text/plain part is read and the other branches
 * give only their explicit attachments. Everything else is a file: parts with a file name or
 * {@code Content-Disposition: attachment}, images, office documents, delivery reports, and
 * nested messages (kept whole as .eml files, not read into the body). Text is decoded here,
 * from the bytes, with the charset rules of {@link MailCharsets}; an HTML part with no or an
 * unknown MIME charset may name its own in a {@code <meta>} tag, which is then used.
 */
final class MimeParts {

    /** Deeper nesting than this is hostile, not mail; the rest of the tree is left unread (with a warning). */
    static final int MAX_DEPTH = 40;
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)",
            Pattern.CASE_INSENSITIVE);

    /** A piece of body text. */
    record TextPart(String text, boolean html, boolean flowed, boolean delSp) {
    }

    /** A file before its name is made safe and unique. */
    record FilePart(String originalName, String contentType, byte[] data, boolean inline) {
    }

    /** What the walk found. */
    static final class Result {
        final List<TextPart> texts = new ArrayList<>();
        final List<FilePart> files = new ArrayList<>();
        boolean deliveryReport;
    }

    private enum Mode { BODY, FILES_ONLY }

    private final MailCharsets charsets;
    private final RawHeaders rawHeaders;
    private final HeaderParams params;

    MimeParts(MailCharsets charsets, RawHeaders rawHeaders, HeaderParams params) {
        this.charsets = charsets;
        this.rawHeaders = rawHeaders;
        this.params = params;
    }

    Result walk(Message message, Charset headerHint, Warnings warnings) throws IOException {
        Result r = new Result();
        walk(message, 0, Mode.BODY, r, headerHint, warnings);
        return r;
    }

    /** The charset label of the first text/* leaf, so raw 8-bit headers can be read in the sender's charset; null when none. */
    Charset firstTextCharset(Entity e, int depth) {
        if (depth > MAX_DEPTH) return null;
        Body b = e.getBody();
        if (b instanceof Multipart mp) {
            for (Entity child : mp.getBodyParts()) {
                Charset c = firstTextCharset(child, depth + 1);
                if (c != null) return c;
            }
            return null;
        }
        if (!(b instanceof SingleBody) || !lower(e.getMimeType()).startsWith("text/")) return null;
        String ct = rawHeaders.first(e.getHeader(), "Content-Type", null, new Warnings());
        return charsets.lookup(params.parse(ct, new Warnings()).get("charset"));
    }

    private void walk(Entity e, int depth, Mode mode, Result r, Charset hint, Warnings w) throws IOException {
        if (depth > MAX_DEPTH) {
            w.add("parts nested deeper than " + MAX_DEPTH + " levels were not read");
            return;
        }
        String mime = lower(e.getMimeType());
        Map<String, String> ctParams = params.parse(rawHeaders.first(e.getHeader(), "Content-Type", hint, w), w);
        String disposition = rawHeaders.first(e.getHeader(), "Content-Disposition", hint, w);
        Map<String, String> dispParams = params.parse(disposition, w);
        String dispType = disposition == null ? "" : lower(disposition.split(";", 2)[0].strip());
        String fileName = firstNonBlank(dispParams.get("filename"), ctParams.get("name"));
        // A named text part is a file, except when it is the whole message: then it is the body, whatever its name.
        boolean explicitFile = dispType.equals("attachment") || (fileName != null && depth > 0);
        boolean inline = dispType.equals("inline") || (!dispType.equals("attachment") && e.getHeader().getField("Content-ID") != null);
        Body body = e.getBody();
        if (body instanceof Multipart mp) {
            if (mime.equals("multipart/report") && "delivery-status".equalsIgnoreCase(ctParams.get("report-type"))) {
                r.deliveryReport = true;
            }
            List<Entity> children = mp.getBodyParts();
            if (children.isEmpty() && mode == Mode.BODY && mp.getPreamble() != null && !mp.getPreamble().isBlank()) {
                // The boundary never came: all the text is preamble, and it is still the sender's text.
                w.add("multipart without a single part: its text was read as the body");
                r.texts.add(new TextPart(mp.getPreamble(), false, false, false));
            }
            int chosen = mode == Mode.BODY && mime.equals("multipart/alternative") ? chooseAlternative(children) : -1;
            for (int i = 0; i < children.size(); i++) {
                Mode m = chosen >= 0 && i != chosen ? Mode.FILES_ONLY : mode;
                walk(children.get(i), depth + 1, m, r, hint, w);
            }
        } else if (body instanceof Message nested) {
            String name = fileName != null ? fileName : nestedName(nested);
            r.files.add(new FilePart(name, "message/rfc822", DefaultMessageWriter.asBytes(nested), inline));
        } else if (body instanceof SingleBody single) {
            byte[] data = readAll(single);
            if (mime.equals("message/delivery-status")) r.deliveryReport = true;
            boolean bodyText = !explicitFile && (mime.equals("text/plain") || mime.equals("text/html"));
            if (bodyText && mode == Mode.BODY) {
                addText(r, mime.equals("text/html"), data, ctParams, w);
            } else if (mode == Mode.BODY || dispType.equals("attachment")) {
                r.files.add(new FilePart(fileName, mime, data, inline));
            }
        }
    }

    private void addText(Result r, boolean html, byte[] data, Map<String, String> ctParams, Warnings w) {
        String label = ctParams.get("charset");
        if (html && (label == null || charsets.lookup(label) == null)) {
            String meta = metaCharset(data);
            if (meta != null && charsets.lookup(meta) != null) {
                if (label != null) w.add("body: charset '" + label + "' not known: read as " + meta + " from the HTML's meta tag");
                label = meta;
            }
        }
        MailCharsets.Decoded d = charsets.decode(data, label, "body");
        w.add(d.warning());
        if (d.text().isBlank()) return;
        boolean flowed = "flowed".equalsIgnoreCase(ctParams.getOrDefault("format", ""));
        boolean delSp = "yes".equalsIgnoreCase(ctParams.getOrDefault("delsp", ""));
        r.texts.add(new TextPart(d.text(), html, flowed, delSp));
    }

    /** The first branch that holds an inline text/plain part, else the first with text/html, else the last. */
    private int chooseAlternative(List<Entity> children) {
        for (String wanted : new String[] {"text/plain", "text/html"}) {
            for (int i = 0; i < children.size(); i++) {
                if (contains(children.get(i), wanted, 0)) return i;
            }
        }
        return children.size() - 1;
    }

    private static boolean contains(Entity e, String mime, int depth) {
        if (depth > MAX_DEPTH) return false;
        if (e.getBody() instanceof Multipart mp) {
            for (Entity c : mp.getBodyParts()) if (contains(c, mime, depth + 1)) return true;
            return false;
        }
        return e.getBody() instanceof SingleBody && lower(e.getMimeType()).equals(mime)
                && !"attachment".equalsIgnoreCase(e.getDispositionType());
    }

    private static String nestedName(Message nested) {
        String subject = nested.getSubject();
        return subject == null || subject.isBlank() ? "message.eml" : subject.strip() + ".eml";
    }

    private static String metaCharset(byte[] html) {
        String head = new String(html, 0, Math.min(html.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static byte[] readAll(SingleBody body) throws IOException {
        try (InputStream in = body.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) return a;
        if (b != null && !b.isBlank()) return b;
        return null;
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
