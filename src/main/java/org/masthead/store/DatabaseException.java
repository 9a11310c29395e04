package org.masthead.store;

/**
 * A database that cannot be used, with a message meant for the editor. The file is left
 * exactly as it was.
 */
public class DatabaseException extends RuntimeException {

    /** What went wrong, so the UI and the CLI can choose words and exit codes. */
    public enum Reason { NOT_SQLITE, NOT_MASTHEAD, CORRUPT, NEWER_SCHEMA, LOCKED, IO }

    private final Reason reason;

    public DatabaseException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DatabaseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
