package org.masthead.store;

/**
 * The team database's server could not be reached, or the connection to it broke (decision 0018).
 * What was being written was not committed, or (when the connection broke during the commit
 * itself) cannot be known to have been; the next use of the {@link Database} connects again.
 */
public final class ConnectionLostException extends StoreException {

    ConnectionLostException(DatabaseLocation where, Exception cause) {
        super("The team database " + where.describe() + " cannot be reached (" + cause.getMessage() + ").", cause);
    }

    /** True for a failure of the connection itself rather than of the statement: SQLSTATE class 08, or the server shutting down (57P01-57P03). */
    static boolean isConnectionFailure(java.sql.SQLException e) {
        for (java.sql.SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"))) return true;
            if (x.getCause() instanceof java.io.IOException) return true;
            if (x.getNextException() == x) break;
        }
        return false;
    }
}
