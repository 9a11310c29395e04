package org.masthead.ingest.mailbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Raw test letters, written out by hand with CRLF line ends, as a mail server stores them. */
final class Letters {

    private Letters() {
    }

    static byte[] plain(String messageId, String subject, String body) {
        return crlf("From: Ana Author <ana@example.net>\n"
                + "To: opinion@example.org\n"
                + "Subject: " + subject + "\n"
                + "Date: Mon, 16 Mar 2026 09:00:00 +0000\n"
                + "Message-ID: " + messageId + "\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n"
                + "\n"
                + body + "\n");
    }

    /** A submission with a Word-like attachment of {@code size} random bytes, base64 in 76-column lines. */
    static byte[] withAttachment(String messageId, int size) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        String b64 = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(data);
        return crlf("From: Ben Writer <ben@example.net>\n"
                + "To: opinion@example.org\n"
                + "Subject: My piece, attached\n"
                + "Date: Mon, 16 Mar 2026 10:00:00 +0000\n"
                + "Message-ID: " + messageId + "\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\n"
                + "\n"
                + "--b1\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "\n"
                + "Please find my opinion piece attached.\n"
                + "--b1\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"piece.docx\"\n"
                + "Content-Disposition: attachment; filename=\"piece.docx\"\n"
                + "Content-Transfer-Encoding: base64\n"
                + "\n"
                + b64 + "\n"
                + "--b1--\n");
    }

    static byte[] crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }
}
