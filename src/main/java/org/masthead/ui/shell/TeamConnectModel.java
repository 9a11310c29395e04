package org.masthead.ui.shell;

import java.util.function.BiConsumer;
import org.masthead.store.DataPaths;
import org.masthead.store.DatabaseLocation;

/**
 * File ▸ Connect to a team database…: checks the address, tries the connection off the FX
 * thread (with the password given, else PGPASSWORD or the password file), says plainly why it
 * failed, and only after a connection worked and the user agreed, hands the address over to be
 * opened ({@code reopen}: the application closes this window, saving first, and opens the team
 * database). The password is never stored.
 */
public final class TeamConnectModel {

    /** Tries a connection and closes it; throws with a message a person can act on. */
    @FunctionalInterface
    public interface Probe {
        void connect(DatabaseLocation.Postgres where, String password) throws Exception;
    }

    private final DataPaths paths;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Probe probe;
    private final BiConsumer<DatabaseLocation.Postgres, String> reopen;

    public TeamConnectModel(DataPaths paths, TaskRunner tasks, DialogService dialogs, Probe probe,
                            BiConsumer<DatabaseLocation.Postgres, String> reopen) {
        this.paths = paths;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.probe = probe;
        this.reopen = reopen;
    }

    /** Connects to {@code address} with {@code password} (empty: from the environment or the password file). */
    public void connect(String address, String password) {
        DatabaseLocation.Postgres where;
        try {
            if (!(paths.location(address.strip()) instanceof DatabaseLocation.Postgres p) || address.isBlank()) {
                dialogs.error("Connect to a team database", "\u201c" + address.strip() + "\u201d is not a team database address. "
                        + "It looks like postgresql://USER@HOST[:PORT]/DATABASE, e.g. postgresql://ana@db.desk.example/opinion.");
                return;
            }
            where = p;
        } catch (IllegalArgumentException e) {
            dialogs.error("Connect to a team database", e.getMessage());
            return;
        }
        String pw = password == null || password.isEmpty() ? null : password;
        tasks.run("connect to " + where.describe(), () -> {
            probe.connect(where, pw);
            return where;
        }, ok -> {
            if (dialogs.confirm("Connect to a team database", "Connected to " + where.describe() + ".\n\nMasthead will save your work, "
                    + "close this window and open the team database in a new one.", "Open the team database")) {
                reopen.accept(where, pw);
            }
        }, e -> dialogs.error("Cannot connect to " + where.describe(), e.getMessage() == null ? e.toString() : e.getMessage()));
    }
}
