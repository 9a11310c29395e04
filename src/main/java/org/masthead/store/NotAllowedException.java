package org.masthead.store;

import java.sql.SQLException;

/**
 * The database refused a change the login may not make (PostgreSQL's {@code insufficient_privilege},
 * SQLSTATE 42501: a missing grant or a row-level security policy, decision 0017). Nothing was
 * changed; the message names the login and what the server said.
 */
public final class NotAllowedException extends StoreException {

    public static final String SQL_STATE = "42501";

    private final String login;

    NotAllowedException(String login, SQLException cause) {
        super("The team database does not allow " + login + " to do this (" + cause.getMessage().strip()
                + "). Nothing was changed. An administrator decides what each role may do (masthead team add-user --role).", cause);
        this.login = login;
    }

    /** The PostgreSQL login the database refused. */
    public String login() {
        return login;
    }
}
