package org.masthead.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.junit.jupiter.api.Test;
import org.masthead.triage.ReplyLetter.Address;
import org.masthead.triage.ReplyLetter.Letter;

class ReplyLetterTest {

    static final Address SECTION = new Address("opinion@harbour-review.example", "Opinion — The Harbour Review");
    static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 3, 3, 14, 30, 0, 0, ZoneId.of("Europe/Paris"));

    static Message parse(byte[] bytes) throws IOException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        return builder.parseMessage(new ByteArrayInputStream(bytes));
    }

    static String body(Message m) throws IOException {
        try (Reader r = ((TextBody) m.getBody()).getReader()) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[1024];
            for (int n; (n = r.read(buf)) > 0; ) sb.append(buf, 0, n);
            return sb.toString().replace("\r\n", "\n");
        }
    }

    static String header(Message m, String name) {
        return m.getHeader().getField(name).getBody();
    }

    @Test
    void aFrenchAcceptanceParsesBackHeaderByHeader() throws IOException {
        ReplyTemplate t = ReplyTemplates.defaults().template(ReplyKind.ACCEPT, "fr");
        ReplyTemplates.Rendered r = ReplyTemplates.render(t, Map.of("author", "Hélène Dubois", "title", "Rendre les fleuves aux villes",
                "deadline", "12 mars", "editor", "Sam Okafor", "publication", "The Harbour Review"));
        Letter letter = ReplyLetter.build(SECTION, new Address("helene@univ.example", "Hélène Dubois"), "Re: " + r.subject(), r.body(),
                WHEN, "<abc.123@mail.univ.example>", List.of("<first@mail.univ.example>", "garbage with spaces"));
        String raw = new String(letter.bytes(), StandardCharsets.US_ASCII);
        assertThat(raw).as("all ASCII on the wire").isEqualTo(new String(letter.bytes(), StandardCharsets.ISO_8859_1));
        assertThat(raw).contains("Content-Transfer-Encoding: quoted-printable", "=?UTF-8?", "MIME-Version: 1.0");
        assertThat(raw.lines()).allMatch(line -> line.length() <= 998);

        Message m = parse(letter.bytes());
        Mailbox from = m.getFrom().get(0);
        assertThat(from.getAddress()).isEqualTo("opinion@harbour-review.example");
        assertThat(from.getName()).isEqualTo("Opinion — The Harbour Review");
        assertThat(m.getTo().flatten().get(0).getName()).isEqualTo("Hélène Dubois");
        assertThat(m.getTo().flatten().get(0).getAddress()).isEqualTo("helene@univ.example");
        assertThat(m.getSubject()).isEqualTo("Re: Rendre les fleuves aux villes : accord de principe");
        assertThat(m.getDate().toInstant()).isEqualTo(WHEN.toInstant());
        assertThat(header(m, "Date")).endsWith("+0100");
        assertThat(m.getMessageId()).isEqualTo(letter.messageId()).matches("<[0-9a-f-]{36}@harbour-review\\.example>");
        assertThat(header(m, "In-Reply-To")).isEqualTo("<abc.123@mail.univ.example>");
        assertThat(header(m, "References").replaceAll("\\s+", " ")).isEqualTo("<first@mail.univ.example> <abc.123@mail.univ.example>");
        assertThat(m.getMimeType()).isEqualTo("text/plain");
        assertThat(m.getCharset()).isEqualToIgnoringCase("UTF-8");
        assertThat(m.getContentTransferEncoding()).isEqualTo("quoted-printable");
        assertThat(body(m)).isEqualTo(r.body()).contains("« Rendre les fleuves aux villes »", "accord de principe");
    }

    @Test
    void aChineseLetterWithAnUnbracketedParentParsesBack() throws IOException {
        String text = "李华老师：\n\n感谢您投来《让河流回到城市》。我们很遗憾无法采用。\n\n编辑部";
        Letter letter = ReplyLetter.build(SECTION, new Address("lihua@example.cn", "李华"), "投稿：让河流回到城市", text, WHEN,
                "0@localhost", null);
        Message m = parse(letter.bytes());
        assertThat(m.getSubject()).isEqualTo("Re: 投稿：让河流回到城市");
        assertThat(m.getTo().flatten().get(0).getName()).isEqualTo("李华");
        assertThat(header(m, "In-Reply-To")).isEqualTo("<0@localhost>");
        assertThat(header(m, "References")).isEqualTo("<0@localhost>");
        assertThat(body(m)).isEqualTo(text);
        assertThat(ReplyLetter.build(SECTION, SECTION, "x", "y", WHEN, null, List.of()).messageId()).isNotEqualTo(letter.messageId());
    }

    @Test
    void aLetterWithoutAParentHasNoThreadingHeaders() throws IOException {
        Message m = parse(ReplyLetter.build(SECTION, new Address("a@b.example", null), "Rivers", "Hello", WHEN, "not an id", null).bytes());
        assertThat(m.getHeader().getField("In-Reply-To")).isNull();
        assertThat(m.getHeader().getField("References")).isNull();
        assertThat(m.getTo().flatten().get(0).getName()).isNull();
    }

    @Test
    void reIsPrefixedOnceAndHeadersCannotBeInjected() {
        assertThat(ReplyLetter.replySubject("Rivers")).isEqualTo("Re: Rivers");
        assertThat(ReplyLetter.replySubject("Re: Rivers")).isEqualTo("Re: Rivers");
        assertThat(ReplyLetter.replySubject("AW: RE: re[2]: Rivers")).isEqualTo("Re: Rivers");
        assertThat(ReplyLetter.replySubject("Rivers\r\nBcc: all@example.com")).isEqualTo("Re: Rivers Bcc: all@example.com");
        assertThat(ReplyLetter.replySubject("Reforms: a plan")).isEqualTo("Re: Reforms: a plan");
        assertThatThrownBy(() -> new Address("someone\r\nBcc: x@y.z", "")).hasMessageContaining("is not an email address");
        assertThatThrownBy(() -> new Address("", "Nobody")).hasMessageContaining("is not an email address");
        assertThat(new Address(" a@b.example ", "A\r\nB").name()).isEqualTo("A B");
    }
}
