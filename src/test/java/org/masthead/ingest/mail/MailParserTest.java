package org.masthead.ingest.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.masthead.model.text.Block;

class MailParserTest {

    private final MailParser parser = new MailParser();

    private ParsedMail parse(String text) throws MailParseException {
        return parser.parse(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bytesThatAreNoMessageFailWithAReason() {
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOf(MailParseException.class).hasMessage("the file is empty");
        assertThatThrownBy(() -> parser.parse(" \r\n\r\n".getBytes(StandardCharsets.US_ASCII))).hasMessageContaining("white space");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> parser.parse(png)).hasMessageStartingWith("binary data, not a mail message");
        assertThatThrownBy(() -> parse("just a line of text\nand another\n")).hasMessageStartingWith("no mail headers");
    }

    @Test
    void headersAreReadIntoPlainFields() throws Exception {
        ParsedMail m = parse("""
                From: "Doe, Jane" <Jane.Doe@Example.COM>
                To: ed@paper.example, "Desk" <desk@paper.example>,
                Cc: undisclosed-recipients:;
                Reply-To: <replies@example.com>
                Subject: =?UTF-8?B?T3Bpbmlvbjo=?= =?UTF-8?Q?_caf=C3=A9?=
                Message-ID: <abc@mail.example>
                In-Reply-To: <prev@mail.example> (earlier)
                References: <first@mail.example>
                 <prev@mail.example>
                Date: Tue, 4 Mar 2025 09:15:00 +0100
                Auto-Submitted: no

                Hello.
                """);
        assertThat(m.fromName()).isEqualTo("Doe, Jane");
        assertThat(m.fromEmail()).isEqualTo("jane.doe@example.com");
        assertThat(m.to()).containsExactly("ed@paper.example", "desk@paper.example");
        assertThat(m.cc()).isEmpty();
        assertThat(m.replyTo()).isEqualTo("replies@example.com");
        assertThat(m.subject()).isEqualTo("Opinion: café");
        assertThat(m.messageId()).isEqualTo("abc@mail.example");
        assertThat(m.inReplyTo()).isEqualTo("prev@mail.example");
        assertThat(m.references()).containsExactly("first@mail.example", "prev@mail.example");
        assertThat(m.threadIds()).containsExactly("prev@mail.example", "first@mail.example");
        assertThat(m.sentAt()).hasToString("2025-03-04T08:15:00Z");
        assertThat(m.autoSubmitted()).isEqualTo("no");
        assertThat(m.autoReply()).isEqualTo(AutoReply.NONE);
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void plainTextBecomesParagraphsAtBlankLinesWithQuotesAndLists() throws Exception {
        ParsedMail m = parse("""
                From: a@b.example
                Subject: pitch

                I would like to offer you an opinion piece about the future of local
                newspapers, exclusively, for the weekend edition of your paper.

                - first point
                - second point

                > You wrote that
                > nobody reads us.

                Jane Doe
                Professor of Media
                """);
        assertThat(m.body().blocks()).hasSize(6);
        assertThat(m.body().blocks().get(0)).isEqualTo(Block.Paragraph.of("I would like to offer you an opinion piece about the future of"
                + " local newspapers, exclusively, for the weekend edition of your paper."));
        assertThat(m.body().blocks().get(1)).isEqualTo(Block.ListItem.of(false, "first point"));
        assertThat(m.body().blocks().get(3)).isEqualTo(Block.Quote.of("You wrote that nobody reads us."));
        // Short lines (a signature) are not joined: each stays a line of its own.
        assertThat(m.body().blocks().subList(4, 6)).containsExactly(Block.Paragraph.of("Jane Doe"),
                Block.Paragraph.of("Professor of Media"));
        assertThat(m.bodyFromHtml()).isFalse();
    }

    @Test
    void formatFlowedLinesAreJoinedAndEachHardLineIsAParagraph() throws Exception {
        ParsedMail m = parse("""
                From: a@b.example
                Subject: flowed
                Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no

                This line goes on\s
                and on.
                Second paragraph.
                """);
        assertThat(m.body().blocks()).containsExactly(Block.Paragraph.of("This line goes on and on."),
                Block.Paragraph.of("Second paragraph."));
    }

    @Test
    void htmlIsReadOnlyWhenThereIsNoPlainTextAndLinksListDocumentsFirst() throws Exception {
        ParsedMail m = parse("""
                From: a@b.example
                Subject: links
                Content-Type: multipart/alternative; boundary=XX

                --XX
                Content-Type: text/html; charset=utf-8

                <p>See <a href="https://example.org/about">me</a> and
                <a href="https://docs.google.com/document/d/abc/edit">my draft</a>.<script>alert(1)</script></p>
                --XX--
                """);
        assertThat(m.bodyFromHtml()).isTrue();
        assertThat(m.bodyText()).isEqualTo("See me and my draft.");
        assertThat(m.links()).containsExactly("https://docs.google.com/document/d/abc/edit", "https://example.org/about");
        assertThat(m.documentLinks()).containsExactly("https://docs.google.com/document/d/abc/edit");

        ParsedMail both = parse("""
                From: a@b.example
                Content-Type: multipart/alternative; boundary=XX

                --XX
                Content-Type: text/plain

                Plain wins. Draft: https://www.dropbox.com/s/x/piece.docx?dl=0.
                --XX
                Content-Type: text/html

                <p>HTML loses</p>
                --XX--
                """);
        assertThat(both.bodyText()).startsWith("Plain wins.");
        assertThat(both.links()).containsExactly("https://www.dropbox.com/s/x/piece.docx?dl=0");
        assertThat(both.attachments()).isEmpty();
    }

    @Test
    void autoRepliesAreToldByHeaderAndBySubject() throws Exception {
        assertThat(parse("From: a@b.example\nAuto-Submitted: auto-replied\nSubject: Re: piece\n\nx\n").autoReply())
                .isEqualTo(AutoReply.AUTO_REPLY);
        assertThat(parse("From: a@b.example\nX-Autoreply: yes\n\nx\n").autoReply()).isEqualTo(AutoReply.AUTO_REPLY);
        assertThat(parse("From: a@b.example\nSubject: Abwesenheitsnotiz: Ihr Beitrag\n\nx\n").autoReply())
                .isEqualTo(AutoReply.AUTO_REPLY);
        assertThat(parse("From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail\n\nx\n").autoReply()).isEqualTo(AutoReply.BOUNCE);
        assertThat(parse("From: a@b.example\nSubject: Out of the box thinking\n\nx\n").autoReply()).isEqualTo(AutoReply.NONE);
    }
}
