package org.masthead.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masthead.ingest.mailbox.MailboxSettingsForm.Field;
import org.masthead.ingest.mailbox.MailboxSettingsForm.Problem;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MailboxSettings.Security;
import org.masthead.model.MailboxSettings.Server;

class MailboxSettingsFormTest {

    private static final MailboxSettings GOOD = MailboxSettings.DEFAULT
            .withImap(new Server("imap.example.org", 993, Security.TLS, "opinion@example.org"))
            .withSmtp(new Server("smtp.example.org", 587, Security.STARTTLS, "opinion@example.org"))
            .withFrom("opinion@example.org", "Opinion desk");

    @Test
    void completeSettingsHaveNoProblems() {
        assertThat(MailboxSettingsForm.problems(GOOD)).isEmpty();
        assertThat(MailboxSettingsForm.problems(GOOD.withSmtp(GOOD.smtp().withUser("")).withTrustedHosts("localhost mail.test"))).isEmpty();
    }

    @Test
    void theDefaultsSayWhatIsMissing() {
        assertThat(MailboxSettingsForm.problems(MailboxSettings.DEFAULT)).extracting(Problem::field)
                .containsExactly(Field.IMAP_HOST, Field.IMAP_USER, Field.SMTP_HOST, Field.FROM_ADDRESS);
    }

    @Test
    void eachMistakeIsNamedBesideItsField() {
        MailboxSettings bad = GOOD.withImap(GOOD.imap().withHost("imaps://imap.example.org:993").withPort(0))
                .withSmtp(GOOD.smtp().withPort(70000).withUser("my user"))
                .withFrom("opinion.example.org", "")
                .withTimeouts(5, 3600)
                .withTrustedHosts("a b/c");
        assertThat(MailboxSettingsForm.problems(bad)).containsExactly(
                new Problem(Field.IMAP_HOST, "\"imaps://imap.example.org:993\" is not a host name (write it without imap:// or a port, e.g. mail.example.org)."),
                new Problem(Field.IMAP_PORT, "The IMAP port must be between 1 and 65535."),
                new Problem(Field.SMTP_PORT, "The SMTP port must be between 1 and 65535."),
                new Problem(Field.SMTP_USER, "The SMTP user name has spaces in it."),
                new Problem(Field.FROM_ADDRESS, "\"opinion.example.org\" is not an email address."),
                new Problem(Field.TIMEOUTS, "Timeouts are in seconds, at most 600."),
                new Problem(Field.TRUSTED_HOSTS, "Trusted hosts are host names separated by spaces, or *."));
    }

    @Test
    void usualPortsFollowTheSecurity() {
        assertThat(MailboxSettingsForm.usualImapPort(Security.TLS)).isEqualTo(993);
        assertThat(MailboxSettingsForm.usualImapPort(Security.STARTTLS)).isEqualTo(143);
        assertThat(MailboxSettingsForm.usualSmtpPort(Security.TLS)).isEqualTo(465);
        assertThat(MailboxSettingsForm.usualSmtpPort(Security.STARTTLS)).isEqualTo(587);
        assertThat(MailboxSettingsForm.usualSmtpPort(Security.NONE)).isEqualTo(25);
    }
}
