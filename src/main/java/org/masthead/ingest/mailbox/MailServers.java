package org.masthead.ingest.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.util.Properties;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MailboxSettings.Security;
import org.masthead.model.MailboxSettings.Server;

/**
 * Angus Mail sessions built from {@link MailboxSettings}: one place that turns "TLS, port 993,
 * 15 s" into the right {@code mail.imaps.*} / {@code mail.smtp.*} properties, so the fetcher,
 * the sender and the connection check cannot disagree about them.
 */
final class MailServers {

    /** IMAP fetches in large pieces: the default 16 KB makes a 5 MB attachment 300 round trips. */
    private static final int IMAP_FETCH_SIZE = 1 << 20;

    private MailServers() {
    }

    static String imapProtocol(MailboxSettings s) {
        return s.imap().security() == Security.TLS ? "imaps" : "imap";
    }

    static String smtpProtocol(MailboxSettings s) {
        return s.smtp().security() == Security.TLS ? "smtps" : "smtp";
    }

    /** A session of its own (never the JVM-wide default one, which would keep old settings). */
    static Session imapSession(MailboxSettings s) {
        String protocol = imapProtocol(s);
        Properties p = common(s, s.imap(), protocol);
        String k = "mail." + protocol + ".";
        p.setProperty("mail.store.protocol", protocol);
        // Reading must never mark a submission as seen: a colleague's mail client still shows it as new.
        p.setProperty(k + "peek", "true");
        p.setProperty(k + "fetchsize", Integer.toString(IMAP_FETCH_SIZE));
        return Session.getInstance(p);
    }

    static Session smtpSession(MailboxSettings s) {
        String protocol = smtpProtocol(s);
        Properties p = common(s, s.smtp(), protocol);
        String k = "mail." + protocol + ".";
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty(k + "auth", Boolean.toString(s.smtp().signsIn()));
        if (!s.fromAddress().isEmpty()) p.setProperty(k + "from", s.fromAddress());
        return Session.getInstance(p);
    }

    private static Properties common(MailboxSettings s, Server server, String protocol) {
        Properties p = new Properties();
        String k = "mail." + protocol + ".";
        p.setProperty(k + "host", server.host());
        p.setProperty(k + "port", Integer.toString(server.port()));
        p.setProperty(k + "connectiontimeout", Long.toString(s.connectTimeoutSeconds() * 1000L));
        p.setProperty(k + "timeout", Long.toString(s.readTimeoutSeconds() * 1000L));
        p.setProperty(k + "writetimeout", Long.toString(s.readTimeoutSeconds() * 1000L));
        if (server.security() == Security.STARTTLS) {
            p.setProperty(k + "starttls.enable", "true");
            // Without "required" a server (or a man in the middle) that hides STARTTLS gets the password in clear.
            p.setProperty(k + "starttls.required", "true");
        }
        if (s.trustedHosts().isEmpty()) {
            p.setProperty(k + "ssl.checkserveridentity", "true");
        } else {
            p.setProperty(k + "ssl.trust", s.trustedHosts());
            p.setProperty(k + "ssl.checkserveridentity", "false");
        }
        return p;
    }

    /** Connects to the IMAP server and signs in. */
    static Store connectImap(MailboxSettings s, char[] password) throws MailboxException {
        Server server = s.imap();
        try {
            Store store = imapSession(s).getStore(imapProtocol(s));
            store.connect(server.host(), server.port(), server.user(), password == null ? "" : new String(password));
            return store;
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException("Angus Mail's IMAP provider is missing from the class path", e);
        } catch (MessagingException e) {
            throw MailErrors.imap(e, s);
        }
    }

    /** Connects to the SMTP server, signing in when a user is set. */
    static Transport connectSmtp(MailboxSettings s, Session session, char[] password) throws MailboxException {
        Server server = s.smtp();
        try {
            Transport t = session.getTransport(smtpProtocol(s));
            if (server.signsIn()) {
                t.connect(server.host(), server.port(), server.user(), password == null ? "" : new String(password));
            } else {
                t.connect(server.host(), server.port(), null, null);
            }
            return t;
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException("Angus Mail's SMTP provider is missing from the class path", e);
        } catch (MessagingException e) {
            throw MailErrors.smtp(e, s);
        }
    }
}
