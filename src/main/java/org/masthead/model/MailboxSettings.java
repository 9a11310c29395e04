package org.masthead.model;

/**
 * The section's mailbox: where submissions are fetched (IMAP) and replies are sent from
 * (SMTP), under the section's own address. Stored as JSON among the publication's settings,
 * so a backup carries it; the password is deliberately not a field, so it can never reach the
 * database or a backup (see {@code PasswordStore} for the opt-in file).
 *
 * @param imap              the incoming server
 * @param folder            the IMAP folder to fetch from, {@code INBOX} unless set
 * @param smtp              the outgoing server; no user means it does not ask to sign in
 * @param fromAddress       the section's address, e.g. {@code opinion@example.org}
 * @param fromName          its display name, e.g. {@code Opinion desk}
 * @param rememberPassword  whether the user asked to keep the password in a private file
 * @param connectTimeoutSeconds how long to wait for a server to answer a connection
 * @param readTimeoutSeconds    how long to wait for any one reply once connected
 * @param trustedHosts      "" to check certificates normally; else host names (space
 *                          separated) whose certificates are accepted unchecked, or "*" for
 *                          any: unsafe, for test servers with self-signed certificates only
 */
public record MailboxSettings(
        Server imap,
        String folder,
        Server smtp,
        String fromAddress,
        String fromName,
        boolean rememberPassword,
        int connectTimeoutSeconds,
        int readTimeoutSeconds,
        String trustedHosts) {

    /** How the connection is protected. */
    public enum Security {
        /** Plain text: only for a server on the same machine or a test. */
        NONE,
        /** A plain connection upgraded to TLS before signing in (required, never optional). */
        STARTTLS,
        /** TLS from the first byte (IMAPS 993, SMTPS 465). */
        TLS
    }

    /** One mail server and the user to sign in as ("" for none). */
    public record Server(String host, int port, Security security, String user) {
        public Server {
            host = nz(host).strip();
            user = nz(user).strip();
            security = security == null ? Security.TLS : security;
        }

        public boolean signsIn() {
            return !user.isEmpty();
        }

        public Server withHost(String h) {
            return new Server(h, port, security, user);
        }

        public Server withPort(int p) {
            return new Server(host, p, security, user);
        }

        public Server withSecurity(Security s) {
            return new Server(host, port, s, user);
        }

        public Server withUser(String u) {
            return new Server(host, port, security, u);
        }
    }

    public static final int DEFAULT_CONNECT_TIMEOUT = 15;
    public static final int DEFAULT_READ_TIMEOUT = 60;

    /** An unconfigured mailbox: TLS on the usual ports, nothing else set. */
    public static final MailboxSettings DEFAULT = new MailboxSettings(new Server("", 993, Security.TLS, ""), "INBOX",
            new Server("", 587, Security.STARTTLS, ""), "", "", false, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, "");

    public MailboxSettings {
        imap = imap == null ? new Server("", 993, Security.TLS, "") : imap;
        smtp = smtp == null ? new Server("", 587, Security.STARTTLS, "") : smtp;
        folder = nz(folder).strip().isEmpty() ? "INBOX" : folder.strip();
        fromAddress = nz(fromAddress).strip();
        fromName = nz(fromName).strip();
        connectTimeoutSeconds = connectTimeoutSeconds > 0 ? connectTimeoutSeconds : DEFAULT_CONNECT_TIMEOUT;
        readTimeoutSeconds = readTimeoutSeconds > 0 ? readTimeoutSeconds : DEFAULT_READ_TIMEOUT;
        trustedHosts = nz(trustedHosts).strip();
    }

    /** The name the password is kept under: the IMAP user at the IMAP host. */
    public String account() {
        return imap.user() + "@" + imap.host();
    }

    public MailboxSettings withImap(Server s) {
        return new MailboxSettings(s, folder, smtp, fromAddress, fromName, rememberPassword, connectTimeoutSeconds, readTimeoutSeconds, trustedHosts);
    }

    public MailboxSettings withFolder(String f) {
        return new MailboxSettings(imap, f, smtp, fromAddress, fromName, rememberPassword, connectTimeoutSeconds, readTimeoutSeconds, trustedHosts);
    }

    public MailboxSettings withSmtp(Server s) {
        return new MailboxSettings(imap, folder, s, fromAddress, fromName, rememberPassword, connectTimeoutSeconds, readTimeoutSeconds, trustedHosts);
    }

    public MailboxSettings withFrom(String address, String name) {
        return new MailboxSettings(imap, folder, smtp, address, name, rememberPassword, connectTimeoutSeconds, readTimeoutSeconds, trustedHosts);
    }

    public MailboxSettings withRememberPassword(boolean r) {
        return new MailboxSettings(imap, folder, smtp, fromAddress, fromName, r, connectTimeoutSeconds, readTimeoutSeconds, trustedHosts);
    }

    public MailboxSettings withTimeouts(int connectSeconds, int readSeconds) {
        return new MailboxSettings(imap, folder, smtp, fromAddress, fromName, rememberPassword, connectSeconds, readSeconds, trustedHosts);
    }

    public MailboxSettings withTrustedHosts(String t) {
        return new MailboxSettings(imap, folder, smtp, fromAddress, fromName, rememberPassword, connectTimeoutSeconds, readTimeoutSeconds, t);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
