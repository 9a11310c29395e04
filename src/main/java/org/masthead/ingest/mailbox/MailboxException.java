package org.masthead.ingest.mailbox;

/**
 * A mail server could not be reached, refused us, or failed mid-way. The message is written
 * for the person at the keyboard (what went wrong and what to check), never a stack trace;
 * the cause keeps the technical detail for a log.
 */
public class MailboxException extends Exception {

    public MailboxException(String message) {
        super(message);
    }

    public MailboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
