package org.masthead.ingest.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * Header values read from their raw bytes, unfolded, before RFC 2047 decoding.
 *
 * <p>mime4j hands over header values already turned into text, and raw 8-bit bytes (allowed
 * as UTF-8 by RFC 6532, sent in Big5 or windows-1252 by old clients) are lost on the way. Here
 * the bytes are read again: ASCII as it is, valid UTF-8 as UTF-8, anything else in the charset of
 * the message's first text part (a client that writes raw Big5 headers writes a Big5 body),
 * else windows-1252, with a warning. A Subject of a UTF-7 message may be raw UTF-7 (Netscape 4
 * did that) and is read as such.
 */
final class RawHeaders {

    private static final Pattern UTF7_SHIFT = Pattern.compile("\\+[A-Za-z0-9+/]{2,}-?");

    private final MailCharsets charsets;

    RawHeaders(MailCharsets charsets) {
        this.charsets = charsets;
    }

    /** Every field of the header: lower-case name (trimmed: "Subject :" is a Subject) to its unfolded values in order. */
    Map<String, List<String>> read(Header header, Charset eightBitHint, Warnings warnings) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Field f : header.getFields()) {
            String name = f.getName() == null ? "" : f.getName().strip().toLowerCase(Locale.ROOT);
            if (!isFieldName(name)) continue;
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value(f, name, eightBitHint, warnings));
        }
        return out;
    }

    /** The first value of a field, or null. */
    String first(Header header, String name, Charset eightBitHint, Warnings warnings) {
        Field f = header.getField(name);
        return f == null ? null : value(f, name.toLowerCase(Locale.ROOT), eightBitHint, warnings);
    }

    private String value(Field f, String name, Charset hint, Warnings warnings) {
        ByteSequence raw = f.getRaw();
        if (raw == null) return f.getBody() == null ? "" : f.getBody().strip();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int colon = -1;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.byteAt(i) == ':') {
                colon = i;
                break;
            }
        }
        boolean eightBit = false;
        for (int i = colon + 1; i < raw.length(); i++) {
            byte b = raw.byteAt(i);
            if (b == '\r' || b == '\n') continue; // unfolding: the white space after the line break stays
            if (b < 0) eightBit = true;
            bytes.write(b);
        }
        byte[] b = bytes.toByteArray();
        String text;
        if (!eightBit) {
            text = new String(b, StandardCharsets.ISO_8859_1);
            if (hint == MailCharsets.UTF7 && name.equals("subject") && text.indexOf("=?") < 0 && UTF7_SHIFT.matcher(text).find()) {
                text = MailCharsets.decodeReplacing(b, MailCharsets.UTF7);
            }
        } else if (MailCharsets.isUtf8(b)) {
            text = new String(b, StandardCharsets.UTF_8);
        } else {
            Charset cs = hint != null && hint != StandardCharsets.US_ASCII && hint != StandardCharsets.UTF_8 ? hint
                    : MailCharsets.WINDOWS_1252;
            text = MailCharsets.decodeReplacing(b, cs);
            warnings.add("raw 8-bit bytes in the " + displayName(name) + " header read as " + cs.name());
        }
        return text.strip();
    }

    /** Printable ASCII without spaces or colons, as RFC 5322 has it. */
    static boolean isFieldName(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c > '~' || c == ':') return false;
        }
        return true;
    }

    static String displayName(String lowerName) {
        StringBuilder sb = new StringBuilder(lowerName.length());
        boolean up = true;
        for (char c : lowerName.toCharArray()) {
            sb.append(up ? Character.toUpperCase(c) : c);
            up = c == '-';
        }
        return sb.toString();
    }
}
