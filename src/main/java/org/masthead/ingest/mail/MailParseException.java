package org.masthead.ingest.mail;

/** The bytes are not a mail message at all; the message says why, in words a reviewer can act on. */
public final class MailParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailParseException(String reason) {
        super(reason);
    }

    public MailParseException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
