package org.masthead.ingest.mail;

import java.util.Arrays;

/** Byte-level checks on a message before it is parsed: the preamble that single .eml files carry, and binary files. */
final class MailBytes {

    private MailBytes() {
    }

    static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** "From " at {@code at}: an mbox envelope line, not the "From:" header. */
    static boolean isEnvelopeStart(byte[] b, int at) {
        return b.length >= at + 5 && b[at] == 'F' && b[at + 1] == 'r' && b[at + 2] == 'o' && b[at + 3] == 'm' && b[at + 4] == ' ';
    }

    /**
     * Without a UTF-8 byte-order mark, leading empty lines and a leading mbox "From " envelope
     * line: what a saved single message often starts with, and what would otherwise end the
     * header before it begins.
     */
    static byte[] stripPreamble(byte[] b) {
        int i = startsWithBom(b) ? 3 : 0;
        while (i < b.length && (b[i] == '\r' || b[i] == '\n')) i++;
        if (isEnvelopeStart(b, i)) {
            while (i < b.length && b[i] != '\n') i++;
            if (i < b.length) i++;
        }
        return i == 0 ? b : Arrays.copyOfRange(b, i, b.length);
    }

    /**
     * Some mailers end the header with a line holding a space instead of an empty line, and the
     * body would be read as a folded header. Obsolete folding has such lines too, but there the
     * next line is indented or is the next header field; when it is neither, the line of white
     * space is taken for the end of the header (and emptied).
     */
    static byte[] repairHeaderEnd(byte[] b) {
        int start = 0;
        while (start < b.length) {
            int end = lineEnd(b, start);
            int contentEnd = end > start && b[end - 1] == '\n' ? end - 1 : end;
            if (contentEnd > start && b[contentEnd - 1] == '\r') contentEnd--;
            if (contentEnd == start) return b; // a proper empty line: the header ends here
            if (isWhite(b, start, contentEnd) && end < b.length && !continuesHeader(b, end)) {
                byte[] out = new byte[b.length - (contentEnd - start)];
                System.arraycopy(b, 0, out, 0, start);
                System.arraycopy(b, contentEnd, out, start, b.length - contentEnd);
                return out;
            }
            start = end;
        }
        return b;
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n') i++;
        return i < b.length ? i + 1 : i;
    }

    private static boolean isWhite(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != ' ' && b[i] != '\t') return false;
        return true;
    }

    /** The line at {@code at} is indented, empty or "Name:" with a plausible field name. */
    private static boolean continuesHeader(byte[] b, int at) {
        if (b[at] == ' ' || b[at] == '\t' || b[at] == '\r' || b[at] == '\n') return true;
        int i = at;
        while (i < b.length && b[i] > ' ' && b[i] < 0x7F && b[i] != ':') i++;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t')) i++;
        return i > at && i < b.length && b[i] == ':';
    }

    static boolean isBlank(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\t' && x != '\r' && x != '\n') return false;
        return true;
    }

    static int indexOfNul(byte[] b, int limit) {
        for (int i = 0; i < Math.min(b.length, limit); i++) if (b[i] == 0) return i;
        return -1;
    }

    /** The first few bytes as printable text, for an error message. */
    static String preview(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(b.length, 12); i++) {
            int c = b[i] & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? (char) c : '.');
        }
        return sb.toString();
    }
}
