package org.masthead.ingest.mail;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Reads an mbox file message by message, never holding more than one message in memory.
 *
 * <p>The "From " policy (see docs/mail-import.md): a line starts a new message when it begins
 * with "From ", looks like an envelope line — the word after "From " is "-" (Netscape,
 * Thunderbird), contains "@" (a sender or a Google Takeout id), or a time of day and a year
 * follow it — <em>and</em> the next line is a header field ("Name: ..."). Neither a blank line
 * before it nor a Content-Length header is required: Netscape's mboxes have neither reliably,
 * and Content-Length is often wrong. An unescaped "From Russia with love" in a body is not an
 * envelope line, so such a body is not cut in two (mboxo splitting would). Lines of the form
 * "&gt;From ", "&gt;&gt;From ", ... lose one "&gt;" (mboxrd). A byte-order mark at the start
 * is skipped; the blank line that ends each message in the file is not part of the message.
 */
final class MboxReader extends Lookahead<RawMail> implements Closeable {

    private static final int BUFFER = 1 << 16;
    /** A time of day and later a year, as in "MAILER-DAEMON Fri Jul  8 12:08:34 2011". */
    private static final Pattern ENVELOPE_DATE = Pattern.compile("\\b\\d{1,2}:\\d{2}(:\\d{2})?\\b.*\\b\\d{4}\\b");

    private final InputStream in;
    private final String source;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] pushback;
    private boolean first = true;
    private int count;

    MboxReader(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    @Override
    protected RawMail advance() {
        try {
            return readMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    /** How many messages have been read so far. */
    int count() {
        return count;
    }

    private RawMail readMessage() throws IOException {
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        while (true) {
            byte[] line = line();
            if (line == null) break;
            if (isEnvelope(line)) {
                byte[] peek = line();
                pushback = peek;
                if (peek != null && isHeaderLine(peek)) {
                    if (msg.size() > 0) return finish(msg);
                    continue; // the first envelope line, or one after nothing but blank lines
                }
            }
            if (msg.size() == 0 && isBlankLine(line)) continue;
            write(msg, line);
        }
        return msg.size() > 0 ? finish(msg) : null;
    }

    private RawMail finish(ByteArrayOutputStream msg) {
        byte[] b = msg.toByteArray();
        int end = b.length;
        // The blank line that separates messages in the file belongs to the file, not to the message.
        if (end >= 2 && b[end - 1] == '\n' && b[end - 2] == '\n') end--;
        else if (end >= 4 && b[end - 1] == '\n' && b[end - 2] == '\r' && b[end - 3] == '\n' && b[end - 4] == '\r') end -= 2;
        count++;
        byte[] out = end == b.length ? b : java.util.Arrays.copyOf(b, end);
        return new RawMail(source + "#" + count, out);
    }

    /** Writes the line, with one "&gt;" taken off a "&gt;...From " line (mboxrd). */
    private static void write(ByteArrayOutputStream msg, byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') i++;
        if (i > 0 && MailBytes.isEnvelopeStart(line, i)) msg.write(line, 1, line.length - 1);
        else msg.write(line, 0, line.length);
    }

    static boolean isEnvelope(byte[] line) {
        if (!MailBytes.isEnvelopeStart(line, 0)) return false;
        String s = new String(line, 5, Math.min(line.length - 5, 200), StandardCharsets.ISO_8859_1).strip();
        if (s.isEmpty()) return false;
        int sp = s.indexOf(' ');
        String who = sp < 0 ? s : s.substring(0, sp);
        if (who.equals("-") || who.indexOf('@') > 0) return true;
        return ENVELOPE_DATE.matcher(s).find();
    }

    /** "Name:" with a field name of printable ASCII: the first line of a message's header. */
    static boolean isHeaderLine(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] > ' ' && line[i] < 0x7F && line[i] != ':') i++;
        return i > 0 && i < line.length && line[i] == ':';
    }

    private static boolean isBlankLine(byte[] line) {
        for (byte b : line) if (b != '\r' && b != '\n' && b != ' ' && b != '\t') return false;
        return true;
    }

    /** The next line with its line ending, or null at the end of the file. */
    private byte[] line() throws IOException {
        if (pushback != null) {
            byte[] l = pushback;
            pushback = null;
            return l;
        }
        ByteArrayOutputStream line = null;
        while (true) {
            if (pos >= limit) {
                if (eof || !fill()) {
                    return line == null || line.size() == 0 ? null : line.toByteArray();
                }
            }
            int start = pos;
            while (pos < limit && buf[pos] != '\n') pos++;
            boolean complete = pos < limit;
            if (complete) pos++;
            if (line == null && complete) return skipBom(java.util.Arrays.copyOfRange(buf, start, pos));
            if (line == null) line = new ByteArrayOutputStream(Math.max(256, pos - start));
            line.write(buf, start, pos - start);
            if (complete) return skipBom(line.toByteArray());
        }
    }

    private byte[] skipBom(byte[] line) {
        if (first) {
            first = false;
            if (MailBytes.startsWithBom(line)) return java.util.Arrays.copyOfRange(line, 3, line.length);
        }
        return line;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
