package org.masthead.ingest.mailbox;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import org.masthead.model.MailboxSettings;

/**
 * The "Test connection" button: signs in to both servers with the settings as typed (before
 * they are saved) and says, for each, what worked or what to fix. Nothing is fetched or sent.
 */
public final class MailboxCheck {

    /** One server's outcome, in words for the dialog. */
    public record Result(boolean ok, String message) {
    }

    /** Both servers' outcomes. */
    public record Report(Result imap, Result smtp) {
        public boolean ok() {
            return imap.ok() && smtp.ok();
        }
    }

    public Report test(MailboxSettings settings, char[] password) {
        return new Report(imap(settings, password), smtp(settings, password));
    }

    private static Result imap(MailboxSettings s, char[] password) {
        try (Store store = MailServers.connectImap(s, password)) {
            Folder folder = store.getFolder(s.folder());
            folder.open(Folder.READ_ONLY);
            try {
                return new Result(true, "Signed in to " + s.imap().host() + " as " + s.imap().user() + "; the folder "
                        + s.folder() + " holds " + folder.getMessageCount() + " messages.");
            } finally {
                folder.close(false);
            }
        } catch (MailboxException e) {
            return new Result(false, e.getMessage());
        } catch (MessagingException e) {
            return new Result(false, MailErrors.imap(e, s).getMessage());
        }
    }

    private static Result smtp(MailboxSettings s, char[] password) {
        try (Transport t = MailServers.connectSmtp(s, MailServers.smtpSession(s), password)) {
            return new Result(true, (s.smtp().signsIn() ? "Signed in to " + s.smtp().host() + " as " + s.smtp().user()
                    : "Connected to " + s.smtp().host() + " (without signing in)") + "; ready to send.");
        } catch (MailboxException e) {
            return new Result(false, e.getMessage());
        } catch (MessagingException e) {
            return new Result(false, MailErrors.smtp(e, s).getMessage());
        }
    }
}
