package org.masthead.ingest.mailbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MailboxSettings.Security;
import org.masthead.model.MailboxSettings.Server;

/**
 * What is wrong with mailbox settings as typed, field by field, for the settings dialog to show
 * beside the fields before OK is allowed (validation stays out of the view). Pure: no network.
 */
public final class MailboxSettingsForm {

    /** The form's fields, for the dialog to put each message beside the right one. */
    public enum Field { IMAP_HOST, IMAP_PORT, IMAP_USER, FOLDER, SMTP_HOST, SMTP_PORT, SMTP_USER, FROM_ADDRESS, TIMEOUTS, TRUSTED_HOSTS }

    /** One thing to fix. */
    public record Problem(Field field, String message) {
    }

    /** A host name or address: letters, digits, dots, hyphens, or an IPv6 literal; no spaces or scheme. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[?[0-9A-Fa-f:.]+]?");
    /** Loose on purpose: the server has the last word; this catches typos like a missing @. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private MailboxSettingsForm() {
    }

    /** Every problem, in the order of the form; empty when the settings can be saved. */
    public static List<Problem> problems(MailboxSettings s) {
        List<Problem> out = new ArrayList<>();
        server(out, s.imap(), "IMAP", Field.IMAP_HOST, Field.IMAP_PORT);
        if (!s.imap().signsIn()) out.add(new Problem(Field.IMAP_USER, "An IMAP server always needs a user name."));
        if (s.folder().chars().anyMatch(Character::isISOControl)) out.add(new Problem(Field.FOLDER, "The folder name has control characters."));
        server(out, s.smtp(), "SMTP", Field.SMTP_HOST, Field.SMTP_PORT);
        if (s.smtp().user().chars().anyMatch(Character::isWhitespace)) {
            out.add(new Problem(Field.SMTP_USER, "The SMTP user name has spaces in it."));
        }
        if (!ADDRESS.matcher(s.fromAddress()).matches()) {
            out.add(new Problem(Field.FROM_ADDRESS, s.fromAddress().isEmpty() ? "Replies need the section's address."
                    : "\"" + s.fromAddress() + "\" is not an email address."));
        }
        if (s.connectTimeoutSeconds() > 600 || s.readTimeoutSeconds() > 600) {
            out.add(new Problem(Field.TIMEOUTS, "Timeouts are in seconds, at most 600."));
        }
        if (!s.trustedHosts().isEmpty() && !s.trustedHosts().equals("*")
                && !Arrays.stream(s.trustedHosts().split("\\s+")).allMatch(h -> HOST.matcher(h).matches())) {
            out.add(new Problem(Field.TRUSTED_HOSTS, "Trusted hosts are host names separated by spaces, or *."));
        }
        return out;
    }

    /** The usual port for a protocol and security, to fill in when the user changes the security. */
    public static int usualImapPort(Security security) {
        return security == Security.TLS ? 993 : 143;
    }

    public static int usualSmtpPort(Security security) {
        return switch (security) {
            case TLS -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        };
    }

    private static void server(List<Problem> out, Server s, String name, Field host, Field port) {
        if (s.host().isEmpty()) {
            out.add(new Problem(host, "The " + name + " server's host name is missing."));
        } else if (!HOST.matcher(s.host()).matches()) {
            out.add(new Problem(host, "\"" + s.host() + "\" is not a host name (write it without imap:// or a port, e.g. mail.example.org)."));
        }
        if (s.port() < 1 || s.port() > 65535) out.add(new Problem(port, "The " + name + " port must be between 1 and 65535."));
    }
}
