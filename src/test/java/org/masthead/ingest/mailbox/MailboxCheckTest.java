package org.masthead.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MailboxSettings.Security;

/** The "Test connection" button against a real server: what worked, what to fix, per server. */
class MailboxCheckTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private final MailboxCheck check = new MailboxCheck();
    private MailboxSettings settings;

    @BeforeEach
    void mailbox() throws Exception {
        greenMail.setUser(TestMailboxes.ADDRESS, TestMailboxes.LOGIN, TestMailboxes.PASSWORD)
                .deliver(Letters.parse(Letters.plain("<x@example.net>", "X", "x")));
        settings = TestMailboxes.settings(greenMail.getImap(), greenMail.getSmtp(), Security.NONE);
    }

    @Test
    void bothServersWorking() {
        MailboxCheck.Report r = check.test(settings, TestMailboxes.password());
        assertThat(r.ok()).isTrue();
        assertThat(r.imap().message()).isEqualTo("Signed in to 127.0.0.1 as opinion; the folder INBOX holds 1 messages.");
        assertThat(r.smtp().message()).isEqualTo("Signed in to 127.0.0.1 as opinion; ready to send.");
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aWrongPasswordIsReportedForEachServer() {
        MailboxCheck.Report r = check.test(settings, "wrong".toCharArray());
        assertThat(r.ok()).isFalse();
        assertThat(r.imap().ok()).isFalse();
        assertThat(r.imap().message()).startsWith("The IMAP server 127.0.0.1:" + greenMail.getImap().getPort() + " refused the sign-in");
        assertThat(r.smtp().ok()).isFalse();
        assertThat(r.smtp().message()).startsWith("The SMTP server 127.0.0.1:" + greenMail.getSmtp().getPort() + " refused the sign-in");
    }

    @Test
    void oneServerCanFailWhileTheOtherWorks() {
        MailboxSettings badSmtp = settings.withSmtp(settings.smtp().withHost("no-such-host.invalid"));
        MailboxCheck.Report r = check.test(badSmtp, TestMailboxes.password());
        assertThat(r.imap().ok()).isTrue();
        assertThat(r.smtp().ok()).isFalse();
        assertThat(r.smtp().message()).isEqualTo("There is no server called \"no-such-host.invalid\" (SMTP server). Check the host name and the network.");
    }

    @Test
    void aServerWithoutStarttlsIsNotUsedInClearText() {
        MailboxSettings starttls = settings.withImap(settings.imap().withSecurity(Security.STARTTLS))
                .withSmtp(settings.smtp().withSecurity(Security.STARTTLS));
        MailboxCheck.Report r = check.test(starttls, TestMailboxes.password());
        assertThat(r.imap().message()).contains("does not offer STARTTLS, so the password would travel unprotected").contains("port 993");
        assertThat(r.smtp().message()).contains("does not offer STARTTLS").contains("port 465");
    }
}
