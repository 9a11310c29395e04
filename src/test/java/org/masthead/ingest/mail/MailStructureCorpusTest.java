package org.masthead.ingest.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ingest.mail.MailCorpus.parse;

import org.junit.jupiter.api.Test;
import org.masthead.model.text.Block;

/** File names, MIME structure and message kinds of corpus messages whose expected outcome is clear-cut. */
class MailStructureCorpusTest {

    @Test
    void theEvilPathNameBecomesThePlainFileName() throws Exception {
        ParsedMail m = parse("mime4j__multi-2evil.eml");
        MailAttachment gif = m.attachments().get(0);
        assertThat(gif.fileName()).isEqualTo("3d-compress.gif");
        assertThat(gif.originalName()).isEqualTo("/evil/because:of\\path\\3d-compress.gif");
        assertThat(gif.contentType()).isEqualTo("image/gif");
        assertThat(gif.data()).startsWith((byte) 'G', (byte) 'I', (byte) 'F');
        assertThat(parse("mime4j__badfile.eml").bodyText()).isEqualTo("This had better not end up in /tmp!");
    }

    @Test
    void aNewlineInAFileNameBecomesASpace() throws Exception {
        MailAttachment a = parse("phpmmp__issue250.eml").attachments().get(0);
        assertThat(a.originalName()).contains("\n");
        assertThat(a.fileName()).isEqualTo("Kontoutskrift for 1506.14.90466 Bedriftskonto.pdf");
    }

    @Test
    void rawEightBitAndRfc2231FileNamesDecode() throws Exception {
        assertThat(parse("enmime__mime-bad-8bit-filename.eml").attachments()).extracting(MailAttachment::fileName)
                .containsExactly("管理.doc");
        assertThat(parse("rubymail__attachment_nonascii_filename.eml").attachments()).extracting(MailAttachment::fileName)
                .containsExactly("ciële.txt");
        assertThat(parse("mime4j__attachment-filename-encoding-UTF8.eml").attachments().get(0).fileName()).isEqualTo("attachment.äöü");
        assertThat(parse("mime4j__attachment-filename-encoding-Latin1.eml").attachments().get(0).fileName())
                .isEqualTo("attachment.äöü");
        assertThat(parse("mime4j__russian.eml").attachments().get(0).fileName()).isEqualTo("Список.doc");
    }

    @Test
    void sameNamedFilesInOneMessageGetDistinctNames() throws Exception {
        assertThat(parse("mime4j__dup-names.eml").attachments()).extracting(MailAttachment::fileName)
                .containsExactly("one.gif", "one (2).gif", "two.nice.gif", "two.nice (2).gif", "two.nice (3).gif");
    }

    @Test
    void nestedMessagesAreKeptAsEmlFilesThatParseAgain() throws Exception {
        ParsedMail m = parse("mime4j__multi-nested.eml");
        MailAttachment eml = m.attachments().stream().filter(a -> a.contentType().equals("message/rfc822")).findFirst().orElseThrow();
        assertThat(eml.fileName()).isEqualTo("filename.eml");
        ParsedMail b64 = parse("mime4j__base64encoded-rfc822message-nested.eml");
        MailAttachment inner = b64.attachments().get(0);
        assertThat(inner.fileName()).endsWith(".eml");
        ParsedMail reparsed = new MailParser().parse(inner.data());
        assertThat(reparsed.attachments()).extracting(MailAttachment::contentType).containsExactly("message/rfc822");
    }

    @Test
    void anHtmlOnlyBodyBecomesADocumentNeverMarkup() throws Exception {
        ParsedMail m = parse("kopano__zcp-13036-0db504a2.eml");
        assertThat(m.bodyFromHtml()).isTrue();
        assertThat(m.body().blocks()).allMatch(b -> b instanceof Block.TextBlock t && !t.text().contains("<"));
        assertThat(m.bodyText()).contains("Raport zgłoszeń dla użytkownika");
        ParsedMail soup = parse("nodemailer__htmllargecallstack.eml");
        assertThat(soup.warnings()).anyMatch(w -> w.startsWith("the HTML body shows no text"));
    }

    @Test
    void brokenHeaderEndsAndMissingBoundariesKeepTheText() throws Exception {
        assertThat(parse("mime4j__hdr-fakeout.eml").bodyText()).startsWith("The header is not properly terminated");
        assertThat(parse("mime4j__missing-boundary.eml").bodyText()).isEqualTo("AAA");
        ParsedMail obsolete = parse("mime4j__obsolete.eml");
        assertThat(obsolete.subject()).startsWith("The obsolete syntax allow spaces before the colon").endsWith("in folding.");
        assertThat(obsolete.sentAt()).isNull();
        assertThat(obsolete.warnings()).contains("Date header unreadable: 'Malformed Date.'");
        ParsedMail uu = parse("mime4j__uu-junk.eml"); // begins with an mbox envelope line
        assertThat(uu.subject()).isEqualTo("mime::parser");
        assertThat(uu.sentAt()).hasToString("2000-04-25T11:34:43Z");
    }

    @Test
    void outOfOfficeRepliesAndBouncesAreRecognised() throws Exception {
        ParsedMail polish = parse("phpmmp__issue212.eml");
        assertThat(polish.subject()).startsWith("Automatyczna odpowiedź:");
        assertThat(polish.autoReply()).isEqualTo(AutoReply.AUTO_REPLY);
        assertThat(parse("enmime__multipart-wo-boundary.eml").autoReply()).isEqualTo(AutoReply.BOUNCE);
        assertThat(parse("mime4j__german-qp.eml").autoReply()).isEqualTo(AutoReply.NONE);
    }

    @Test
    void aHugeToHeaderOfEncodedWordsIsReadQuickly() throws Exception {
        long start = System.nanoTime();
        ParsedMail m = parse("mimekit__stack-overflow.eml");
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThat(m.to()).containsExactly("test@test.com");
        assertThat(m.bodyText()).isEqualTo("Message Body");
    }
}
