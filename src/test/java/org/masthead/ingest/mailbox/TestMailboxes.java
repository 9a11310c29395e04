package org.masthead.ingest.mailbox;

import com.icegreen.greenmail.server.AbstractServer;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MailboxSettings.Security;
import org.masthead.model.MailboxSettings.Server;

/** The section's test mailbox on GreenMail, and settings that point at its servers. */
final class TestMailboxes {

    static final String ADDRESS = "opinion@example.org";
    static final String LOGIN = "opinion";
    static final String PASSWORD = "s3cret-pw";

    private TestMailboxes() {
    }

    static MailboxSettings settings(AbstractServer imap, AbstractServer smtp, Security security) {
        return MailboxSettings.DEFAULT
                .withImap(server(imap, security, LOGIN))
                .withSmtp(server(smtp, security, LOGIN))
                .withFrom(ADDRESS, "Opinion desk")
                .withTimeouts(5, 10)
                // GreenMail's certificate is self-signed: trusting it is for tests only.
                .withTrustedHosts(security == Security.TLS ? "*" : "");
    }

    static Server server(AbstractServer s, Security security, String user) {
        return new Server(s.getBindTo(), s.getPort(), security, user);
    }

    static char[] password() {
        return PASSWORD.toCharArray();
    }

    /** What GreenMail keeps of a message, as bytes. */
    static byte[] stored(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }
}
