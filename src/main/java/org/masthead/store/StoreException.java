package org.masthead.store;

/** A database operation that failed; wraps the driver's exception. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
