package org.masthead.ingest.mail;

import java.io.ByteArrayOutputStream;

/**
 * Decodes RFC 2047 encoded-words ({@code =?charset?B|Q?text?=}) in header text, leniently.
 *
 * <p>White space between adjacent encoded-words is dropped, as the RFC says. Adjacent words in
 * the same charset are decoded together, because mailers split one multi-byte character across
 * two words. Words are also found inside quoted strings and in the middle of a word, where
 * strict parsers leave them alone but senders put them anyway (Outlook's quoted display names,
 * MIME-tools' file names). An RFC 2231 language suffix ({@code US-ASCII*EN}) is ignored.
 * Unknown charsets and broken base64 are read best-effort through {@link MailCharsets}.
 * Linear in the length of the text: a 135 KB header of thousands of words is one pass.
 */
final class EncodedWords {

    private static final int MAX_CHARSET_LENGTH = 64;

    private final MailCharsets charsets;

    EncodedWords(MailCharsets charsets) {
        this.charsets = charsets;
    }

    /** One parsed word: where it ends, its charset label and its bytes. */
    private record Word(int end, String charset, byte[] bytes) {
    }

    String decode(String text, String what, Warnings warnings) {
        if (text == null || text.indexOf("=?") < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int i = 0;
        while (true) {
            int start = text.indexOf("=?", i);
            if (start < 0) break;
            Word w = parse(text, start);
            if (w == null) {
                flush(out, pending, pendingCharset, what, warnings);
                pendingCharset = null;
                out.append(text, i, start + 2);
                i = start + 2;
                continue;
            }
            boolean adjacent = pendingCharset != null && isBlank(text, i, start);
            if (adjacent && pendingCharset.equalsIgnoreCase(w.charset())) {
                pending.writeBytes(w.bytes());
            } else {
                flush(out, pending, pendingCharset, what, warnings);
                if (!adjacent) out.append(text, i, start);
                pendingCharset = w.charset();
                pending.writeBytes(w.bytes());
            }
            i = w.end();
        }
        flush(out, pending, pendingCharset, what, warnings);
        out.append(text, i, text.length());
        return out.toString();
    }

    private void flush(StringBuilder out, ByteArrayOutputStream pending, String charset, String what, Warnings warnings) {
        if (charset == null) return;
        MailCharsets.Decoded d = charsets.decode(pending.toByteArray(), charset, what);
        warnings.add(d.warning());
        out.append(d.text());
        pending.reset();
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
        }
        return true;
    }

    /** The encoded-word starting at {@code start} ("=?"), or null when there is none there. */
    private static Word parse(String s, int start) {
        int q1 = s.indexOf('?', start + 2);
        if (q1 < 0 || q1 - start - 2 > MAX_CHARSET_LENGTH || q1 == start + 2) return null;
        String charset = s.substring(start + 2, q1);
        for (int k = 0; k < charset.length(); k++) if (charset.charAt(k) <= ' ') return null;
        if (q1 + 2 >= s.length() || s.charAt(q1 + 2) != '?') return null;
        char enc = Character.toUpperCase(s.charAt(q1 + 1));
        if (enc != 'B' && enc != 'Q') return null;
        int textStart = q1 + 3;
        int endMark = s.indexOf("?=", textStart);
        if (endMark < 0) return null;
        int star = charset.indexOf('*');
        if (star > 0) charset = charset.substring(0, star);
        String payload = s.substring(textStart, endMark);
        byte[] bytes = enc == 'B' ? base64(payload) : quotedPrintable(payload);
        return new Word(endMark + 2, charset, bytes);
    }

    /** Base64 that skips characters outside the alphabet and tolerates missing or extra padding. */
    static byte[] base64(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 3 / 4 + 1);
        int acc = 0;
        int bits = 0;
        for (int k = 0; k < s.length(); k++) {
            int v = base64Value(s.charAt(k));
            if (v < 0) continue;
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.write((acc >> bits) & 0xFF);
            }
        }
        return out.toByteArray();
    }

    private static int base64Value(char c) {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+' || c == '-') return 62;
        if (c == '/' || c == '_') return 63;
        return -1;
    }

    /** The "Q" encoding: underscore is a space, =XX a byte; a stray "=" is kept as it is. */
    static byte[] quotedPrintable(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && k + 2 < s.length() && hex(s.charAt(k + 1)) >= 0 && hex(s.charAt(k + 2)) >= 0) {
                out.write(hex(s.charAt(k + 1)) * 16 + hex(s.charAt(k + 2)));
                k += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    }
}
