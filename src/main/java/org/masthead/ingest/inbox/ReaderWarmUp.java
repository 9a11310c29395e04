package org.masthead.ingest.inbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.masthead.triage.LanguageGuess;
import org.masthead.triage.MinHash;

/**
 * Gets the reading code of an import loaded before the first real message (decision 0022). On a
 * cold JVM the first message read loads and initialises the MIME parser, the HTML and Word
 * readers and the language models (about a second on two cores), while the command is still
 * opening the database (a new one takes half a second to set up), and the next few hundred
 * run in the interpreter until the compilers catch up. So the command starts this first: on a
 * thread of its own it reads a built-in message, an HTML body with a Word attachment, again and
 * again until the import starts ({@link #stop}), throwing the results away. Nothing is stored;
 * a failure is ignored (the import then loads the same code itself).
 */
public final class ReaderWarmUp {

    private ReaderWarmUp() {
    }

    /** At most this many readings of the built-in message: enough for its hot code to be compiled before the import needs it. */
    static final int MAX_READS = 200;

    private volatile boolean stopped;

    /**
     * Starts reading the built-in message on a daemon thread, again and again (so that what is
     * hot gets compiled too) until {@link #stop} or {@value #MAX_READS} readings.
     */
    public static ReaderWarmUp startSoon() {
        LanguageGuess.preload();
        ReaderWarmUp w = new ReaderWarmUp();
        Thread t = new Thread(() -> {
            for (int i = 0; i < MAX_READS && !w.stopped; i++) readOnce();
        }, "masthead-import-warm-up");
        t.setDaemon(true);
        t.start();
        return w;
    }

    /** The import reads its own messages now: no more readings after the one under way. */
    public void stop() {
        stopped = true;
    }

    static void readOnce() {
        try {
            new MessageReader(new MinHash(), Clock.systemUTC(), ZoneOffset.UTC).read("warm-up", message());
        } catch (RuntimeException | LinkageError | IOException e) {
            // the import loads the same code when it reads its first message
        }
    }

    static byte[] message() throws IOException {
        String text = "The city council will vote on the new water plan next week. Residents want to know who pays "
                + "for the pipes, and why the old reservoir was never repaired. This piece argues for a public audit.";
        // the attached piece is long enough to count as one (MessageReader.SUBSTANCE_WORDS), so its signature is made too
        String docx = Base64.getMimeEncoder().encodeToString(docx("Warming up", (text + " ").repeat(12).strip()));
        String mail = "From: Warm Up <warm-up@example.org>\r\nTo: desk@example.org\r\nSubject: Warming up\r\n"
                + "Date: Mon, 05 Jan 2026 07:04:00 +0000\r\nMessage-ID: <warm-up@masthead.invalid>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                + "<html><body><p>" + text + "</p><p><a href=\"https://example.org/draft\">Draft</a></p></body></html>\r\n"
                + "--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"piece.docx\"\r\n"
                + "Content-Disposition: attachment; filename=\"piece.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + docx + "\r\n--b--\r\n";
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    /** A minimal .docx: a title paragraph, then one paragraph per blank-line-separated part of {@code text}. */
    static byte[] docx(String title, String text) throws IOException {
        StringBuilder body = new StringBuilder("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>" + title + "</w:t></w:r></w:p>");
        for (String p : text.split("\n\n")) body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(p).append("</w:t></w:r></w:p>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream z, String name, String xml) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(xml.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
