package org.masthead.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MailboxSettings.Security;

/** Sending built letters through a real SMTP server (GreenMail, in this JVM, on free ports). */
class SmtpSenderTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final Instant NOW = Instant.parse("2026-03-18T08:30:00Z");
    private final SmtpSender sender = new SmtpSender(Clock.fixed(NOW, ZoneOffset.UTC));
    private MailboxSettings settings;

    @BeforeEach
    void mailbox() {
        greenMail.setUser(TestMailboxes.ADDRESS, TestMailboxes.LOGIN, TestMailboxes.PASSWORD);
        greenMail.setUser("ana@example.net", "ana", "ana-pw");
        settings = TestMailboxes.settings(greenMail.getImap(), greenMail.getSmtp(), Security.NONE);
    }

    /** A reply as the reply builder writes it: threading headers, an encoded subject, quoted-printable UTF-8. */
    static byte[] reply() {
        return Letters.crlf("From: Opinion desk <opinion@example.org>\n"
                + "To: Ana Author <ana@example.net>\n"
                + "Subject: =?UTF-8?Q?Re:_=C3=9Cber_die_Zukunft?=\n"
                + "Date: Wed, 18 Mar 2026 08:30:00 +0000\n"
                + "Message-ID: <reply-7.masthead@example.org>\n"
                + "In-Reply-To: <two@example.net>\n"
                + "References: <one@example.net>\n"
                + " <two@example.net>\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: quoted-printable\n"
                + "\n"
                + "Dear Ana,\n"
                + "\n"
                + "thank you for =C3=9Cber die Zukunft. We would like to publish it.\n"
                + "\n"
                + "The opinion desk\n");
    }

    @Test
    void aBuiltLetterArrivesWithItsHeadersAndBodyUnchanged() throws Exception {
        byte[] raw = reply();
        SentReceipt receipt = sender.send(settings, TestMailboxes.password(), raw, List.of("ana@example.net"));

        assertThat(receipt).isEqualTo(new SentReceipt(NOW, "<reply-7.masthead@example.org>"));
        MimeMessage[] got = greenMail.getReceivedMessages();
        assertThat(got).hasSize(1);
        MimeMessage m = got[0];
        assertThat(m.getHeader("Message-ID")).containsExactly("<reply-7.masthead@example.org>");
        assertThat(m.getHeader("In-Reply-To")).containsExactly("<two@example.net>");
        assertThat(m.getHeader("References")).containsExactly("<one@example.net>\r\n <two@example.net>");
        assertThat(m.getHeader("Subject")).containsExactly("=?UTF-8?Q?Re:_=C3=9Cber_die_Zukunft?=");
        byte[] arrived = TestMailboxes.stored(m);
        // GreenMail keeps the message without the CRLF that ends the DATA: compare up to it.
        byte[] sent = Arrays.copyOf(raw, raw.length - 2);
        assertThat(endsWith(arrived, sent)).as("the letter's bytes arrive as sent, after the server's trace headers:\n%s",
                new String(arrived, StandardCharsets.UTF_8)).isTrue();
    }

    @Test
    void envelopeRecipientsAreTheOnesGivenNotTheHeaders() throws Exception {
        sender.send(settings, TestMailboxes.password(), reply(), List.of("ana@example.net", "editor@example.org"));
        // The headers name Ana alone; the editor's copy can only come from the envelope.
        MimeMessage[] got = greenMail.getReceivedMessages();
        assertThat(got).hasSize(2);
        assertThat(got[0].getMessageID()).isEqualTo(got[1].getMessageID()).isEqualTo("<reply-7.masthead@example.org>");
    }

    @Test
    void aServerThatNeedsNoSignInIsUsedWithout() throws Exception {
        MailboxSettings anonymous = settings.withSmtp(settings.smtp().withUser(""));
        SentReceipt r = sender.send(anonymous, null, reply(), List.of("ana@example.net"));
        assertThat(r.messageId()).isEqualTo("<reply-7.masthead@example.org>");
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aWrongPasswordIsExplainedAndNothingIsSent() {
        assertThatThrownBy(() -> sender.send(settings, "nope".toCharArray(), reply(), List.of("ana@example.net")))
                .isInstanceOf(MailboxException.class)
                .hasMessageContaining("The SMTP server")
                .hasMessageContaining("refused the sign-in for \"opinion\"");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aLetterWithoutMessageIdOrRecipientIsRefusedBeforeConnecting() {
        byte[] noId = Letters.crlf(new String(reply(), StandardCharsets.UTF_8).replace("Message-ID: <reply-7.masthead@example.org>\r\n", ""));
        assertThatThrownBy(() -> sender.send(settings, TestMailboxes.password(), noId, List.of("ana@example.net")))
                .isInstanceOf(MailboxException.class).hasMessageContaining("no Message-ID");
        assertThatThrownBy(() -> sender.send(settings, TestMailboxes.password(), reply(), List.of()))
                .isInstanceOf(MailboxException.class).hasMessage("The letter has no recipient.");
        assertThatThrownBy(() -> sender.send(settings, TestMailboxes.password(), reply(), List.of("ana at example")))
                .isInstanceOf(MailboxException.class).hasMessage("\"ana at example\" is not an email address.");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aClosedPortIsExplainedAtOnce() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        MailboxSettings nowhere = settings.withSmtp(settings.smtp().withHost("127.0.0.1").withPort(closed));
        long start = System.nanoTime();
        assertThatThrownBy(() -> sender.send(nowhere, TestMailboxes.password(), reply(), List.of("ana@example.net")))
                .isInstanceOf(MailboxException.class)
                .hasMessage("Nothing answered at 127.0.0.1:" + closed + " (SMTP server). Check the host, the port and the network.");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheSetTime() throws Exception {
        // Accepts the connection (the backlog does) but never says hello.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            MailboxSettings mute = settings.withSmtp(settings.smtp().withHost("127.0.0.1").withPort(silent.getLocalPort())).withTimeouts(1, 1);
            long start = System.nanoTime();
            assertThatThrownBy(() -> sender.send(mute, TestMailboxes.password(), reply(), List.of("ana@example.net")))
                    .isInstanceOf(MailboxException.class)
                    .hasMessageContaining("did not answer within 1 seconds");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        }
    }

    private static boolean endsWith(byte[] all, byte[] tail) {
        return all.length >= tail.length && Arrays.equals(all, all.length - tail.length, all.length, tail, 0, tail.length);
    }
}
