package org.masthead.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.ingest.mail.RawMail;
import org.masthead.model.InboxQuery;
import org.masthead.model.MailboxSettings;
import org.masthead.model.ReplyRecord;
import org.masthead.model.SubmissionStatus;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.SubmissionStore;
import org.masthead.triage.ReplyKind;

/** Replies to authors through a real SMTP server (GreenMail), as .eml files, or none at all. */
class RepliesTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private Database db;
    private SubmissionStore store;
    private long id;

    @BeforeEach
    void inbox() {
        greenMail.setUser("opinion@example.org", "opinion", "pw");
        db = Database.open(dir.resolve("m.db"));
        store = new SubmissionStore(db, CLOCK);
        String mail = "From: Ana Lima <ana@ex.org>\r\nTo: opinion@example.org\r\nSubject: Rivers under the pavement\r\n"
                + "Date: Thu, 26 Nov 2026 10:00:00 +0000\r\nMessage-ID: <piece-1@ex.org>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + InboxImporterTest.PIECE.replace("\n", "\r\n") + "\r\n";
        new InboxImporter(store, new ImageStore(db), CLOCK, ZoneId.of("UTC")).importMessages(
                List.of(new RawMail("t", mail.getBytes(StandardCharsets.UTF_8))).iterator(), 1, InboxImporter.Progress.NONE, () -> false);
        id = store.list(InboxQuery.ALL).get(0).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static MailboxSettings settings() {
        var smtp = greenMail.getSmtp();
        return MailboxSettings.DEFAULT.withSmtp(new MailboxSettings.Server(smtp.getBindTo(), smtp.getPort(), MailboxSettings.Security.NONE, "opinion"))
                .withFrom("opinion@example.org", "Opinion desk").withTimeouts(5, 10);
    }

    @Test
    void aSentDeclineGoesOutAsAReplyToTheAuthorIsLoggedAndMovesTheStatus() throws Exception {
        Replies replies = new Replies(store, CLOCK, ZoneId.of("Europe/Paris"));
        ReplyRecord r = replies.send(id, ReplyKind.DECLINE, settings(), "pw".toCharArray(), "Your piece", "Dear Ana Lima,\n\nThank you — we must decline.", "Mei");
        MimeMessage[] got = greenMail.getReceivedMessages();
        assertThat(got).hasSize(1);
        assertThat(got[0].getHeader("In-Reply-To")[0]).isEqualTo("<piece-1@ex.org>");
        assertThat(got[0].getHeader("References")[0]).contains("<piece-1@ex.org>");
        assertThat(got[0].getAllRecipients()[0].toString()).contains("ana@ex.org");
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        got[0].writeTo(raw);
        Message parsed = new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(raw.toByteArray()));
        assertThat(parsed.getSubject()).isEqualTo("Re: Your piece");
        String body = new String(((TextBody) parsed.getBody()).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(org.apache.james.mime4j.codec.DecoderUtil.decodeEncodedWords(body, org.apache.james.mime4j.codec.DecodeMonitor.SILENT))
                .isNotBlank();
        assertThat(store.replies(id)).singleElement().satisfies(x -> {
            assertThat(x.channel()).isEqualTo(ReplyRecord.Channel.SMTP);
            assertThat(x.sentAt()).isEqualTo(CLOCK.instant());
            assertThat(x.actor()).isEqualTo("Mei");
            assertThat(x.messageId()).isEqualTo(r.messageId());
        });
        assertThat(store.get(id).orElseThrow().status()).isEqualTo(SubmissionStatus.DECLINED);
    }

    @Test
    void aLetterSavedAsEmlStaysInItsFolderAndDeclineWithoutReplySendsNothing() throws Exception {
        Replies replies = new Replies(store, CLOCK, ZoneId.of("UTC"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Path f = replies.writeEml(id, ReplyKind.ACCEPT, settings(), "../../Accepted", "Dear Ana,\n\nAccepted in principle.", "Mei", out);
        assertThat(f.getParent()).isEqualTo(out.toAbsolutePath());
        Path g = replies.writeEml(id, ReplyKind.ACCEPT, settings(), "Accepted", "again", "Mei", out);
        assertThat(g).isNotEqualTo(f);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("m.db", "m.db-wal", "m.db-shm", "out");
        }
        Message parsed = new DefaultMessageBuilder().parseMessage(Files.newInputStream(f));
        assertThat(parsed.getHeader().getField("In-Reply-To").getBody()).contains("piece-1@ex.org");
        assertThat(store.get(id).orElseThrow().status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThatThrownBy(() -> replies.writeEml(id, ReplyKind.ACCEPT, settings(), "x", "y", "Mei", dir.resolve("nope")))
                .hasMessageContaining("not a folder");
        replies.declineWithoutReply(id, "Mei");
        assertThat(store.get(id).orElseThrow().status()).isEqualTo(SubmissionStatus.DECLINED);
        assertThat(store.replies(id)).extracting(ReplyRecord::channel)
                .containsExactlyInAnyOrder(ReplyRecord.Channel.EML, ReplyRecord.Channel.EML, ReplyRecord.Channel.NONE);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
}
