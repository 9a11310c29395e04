package org.masthead.ingest.mailbox;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Address;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MailboxSettings.Server;

/**
 * Turns what Angus Mail throws into a sentence a section editor can act on. The cause chain is
 * searched (Angus wraps socket errors in {@code MailConnectException}, and TLS errors several
 * levels deep); the exception stays attached as the cause for a log.
 */
final class MailErrors {

    private MailErrors() {
    }

    static MailboxException imap(Throwable e, MailboxSettings s) {
        return explain(e, "IMAP", s.imap(), s.connectTimeoutSeconds(), s.readTimeoutSeconds());
    }

    static MailboxException smtp(Throwable e, MailboxSettings s) {
        return explain(e, "SMTP", s.smtp(), s.connectTimeoutSeconds(), s.readTimeoutSeconds());
    }

    /**
     * @param which  "IMAP" or "SMTP"
     */
    private static MailboxException explain(Throwable e, String which, Server server, int connectSeconds, int readSeconds) {
        String where = server.host() + ":" + server.port();
        String theServer = "The " + which + " server " + where;
        String message;
        if (find(e, AuthenticationFailedException.class) != null) {
            message = theServer + " refused the sign-in for \"" + server.user() + "\". Check the user name and password"
                    + " (some providers want an app password).";
        } else if (find(e, UnknownHostException.class) != null) {
            message = "There is no server called \"" + server.host() + "\" (" + which + " server). Check the host name and the network.";
        } else if (find(e, ConnectException.class) != null || find(e, NoRouteToHostException.class) != null) {
            message = "Nothing answered at " + where + " (" + which + " server). Check the host, the port and the network.";
        } else if (find(e, SocketTimeoutException.class) != null) {
            boolean connecting = String.valueOf(find(e, SocketTimeoutException.class).getMessage()).toLowerCase(Locale.ROOT).contains("connect");
            message = theServer + " did not answer within " + (connecting ? connectSeconds : readSeconds) + " seconds."
                    + " Check the host, the port and the security setting (a TLS port stays silent to a plain connection),"
                    + " or try a longer timeout.";
        } else if (find(e, GeneralSecurityException.class) != null) {
            message = "The secure connection to the " + which + " server " + where + " was refused: the server's certificate is not trusted"
                    + " (self-signed, expired or issued for another name). Check the host name.";
        } else if (find(e, SSLException.class) != null) {
            message = "The secure connection (TLS) to the " + which + " server " + where + " failed. The server may not use TLS on this port:"
                    + " check the security setting (TLS or STARTTLS) and the port.";
        } else if (mentions(e, "STARTTLS")) {
            message = theServer + " does not offer STARTTLS, so the password would travel unprotected."
                    + " Choose TLS (usually port " + (which.equals("IMAP") ? "993" : "465") + ") or ask the provider.";
        } else if (e instanceof FolderNotFoundException) {
            message = "There is no folder \"" + ((FolderNotFoundException) e).getFolder().getFullName() + "\" in the mailbox at "
                    + where + ". Check the folder name (INBOX is the usual one).";
        } else if (e instanceof SendFailedException sf && sf.getInvalidAddresses() != null && sf.getInvalidAddresses().length > 0) {
            message = theServer + " refused the recipients " + addresses(sf.getInvalidAddresses()) + ".";
        } else {
            message = theServer + " failed: " + innermostMessage(e);
        }
        return new MailboxException(message, e);
    }

    private static String addresses(Address[] a) {
        return Arrays.stream(a).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** The deepest message in the chain: usually the server's own words. */
    private static String innermostMessage(Throwable e) {
        String m = null;
        for (Throwable t : chain(e)) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) m = t.getMessage().strip();
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static boolean mentions(Throwable e, String word) {
        return chain(e).stream().anyMatch(t -> t.getMessage() != null && t.getMessage().contains(word));
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        return chain(e).stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /**
     * The exception and its causes; MessagingException keeps its cause as "next exception".
     * Capped and free of repeats, so a cyclic chain cannot loop.
     */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        for (Throwable t = e; t != null && out.size() < 20 && !out.contains(t);
                t = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause()) {
            out.add(t);
        }
        return out;
    }
}
