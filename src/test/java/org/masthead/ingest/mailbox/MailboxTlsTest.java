package org.masthead.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MailboxSettings.Security;

/**
 * IMAPS and SMTPS against GreenMail's self-signed certificate: trusted only because the test
 * says so ({@code trustedHosts = "*"}), refused with a clear message otherwise.
 */
class MailboxTlsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTPS_IMAPS));

    private MailboxSettings settings;

    @BeforeEach
    void mailbox() {
        greenMail.setUser(TestMailboxes.ADDRESS, TestMailboxes.LOGIN, TestMailboxes.PASSWORD);
        settings = TestMailboxes.settings(greenMail.getImaps(), greenMail.getSmtps(), Security.TLS);
    }

    @Test
    void sendsAndFetchesOverTls() throws Exception {
        SentReceipt r = new SmtpSender().send(settings, TestMailboxes.password(), SmtpSenderTest.reply(), List.of(TestMailboxes.ADDRESS));
        assertThat(r.messageId()).isEqualTo("<reply-7.masthead@example.org>");

        List<byte[]> got = new ArrayList<>();
        MailboxState state = new ImapFetcher().fetch(settings, TestMailboxes.password(), MailboxState.NONE, (uid, raw) -> got.add(raw),
                ImapFetcher.Progress.NONE, () -> false);
        assertThat(got).hasSize(1);
        assertThat(Letters.parse(got.get(0)).getHeader("In-Reply-To")).containsExactly("<two@example.net>");
        assertThat(state.lastUid()).isPositive();
    }

    @Test
    void anUntrustedCertificateIsRefusedWithAClearMessage() {
        MailboxSettings careful = settings.withTrustedHosts("");
        assertThatThrownBy(() -> new ImapFetcher().fetch(careful, TestMailboxes.password(), MailboxState.NONE, (uid, raw) -> { },
                ImapFetcher.Progress.NONE, () -> false))
                .isInstanceOf(MailboxException.class)
                .hasMessageContaining("certificate is not trusted");
        assertThatThrownBy(() -> new SmtpSender().send(careful, TestMailboxes.password(), SmtpSenderTest.reply(), List.of(TestMailboxes.ADDRESS)))
                .isInstanceOf(MailboxException.class)
                .hasMessageContaining("SMTP server")
                .hasMessageContaining("certificate is not trusted");
    }

    @Test
    void plainTextAgainstATlsPortIsExplained() {
        MailboxSettings plain = settings.withImap(settings.imap().withSecurity(Security.NONE)).withTimeouts(2, 2);
        assertThatThrownBy(() -> new ImapFetcher().fetch(plain, TestMailboxes.password(), MailboxState.NONE, (uid, raw) -> { },
                ImapFetcher.Progress.NONE, () -> false))
                .isInstanceOf(MailboxException.class)
                .hasMessageStartingWith("The IMAP server");
    }
}
