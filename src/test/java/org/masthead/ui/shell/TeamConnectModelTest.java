package org.masthead.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.store.DataPaths;
import org.masthead.store.Database;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.PostgresServer;
import org.masthead.store.PostgresTestServer;
import org.masthead.ui.editor.FakeDialogs;

/** File ▸ Connect to a team database… against a real PostgreSQL server: only a connection that worked, and a yes, reopen the window. */
@ExtendWith(PostgresServer.class)
class TeamConnectModelTest {

    @TempDir
    Path home;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> reopened = new ArrayList<>();

    private TeamConnectModel model() {
        DataPaths paths = new DataPaths(Map.of(), "Linux", home);
        return new TeamConnectModel(paths, TaskRunner.sameThread(), dialogs, (where, password) -> {
            try (Database trial = Database.open(where, password)) {
                trial.location();
            }
        }, (where, password) -> reopened.add(where.describe()));
    }

    @Test
    void aWorkingConnectionReopensTheWindowOnItOnceTheUserAgrees(PostgresTestServer server) throws Exception {
        DatabaseLocation.Postgres team = server.createDatabase();
        dialogs.confirmAnswer = false;
        model().connect(team.describe(), server.password());
        assertThat(dialogs.errors).isEmpty();
        assertThat(reopened).isEmpty();

        dialogs.confirmAnswer = true;
        model().connect("  " + team.describe() + " ", server.password());
        assertThat(dialogs.errors).isEmpty();
        assertThat(reopened).containsExactly(team.describe());
    }

    @Test
    void aWrongPasswordOrAnAddressThatIsNotATeamDatabaseIsSaidPlainlyAndNothingReopens(PostgresTestServer server) throws Exception {
        DatabaseLocation.Postgres team = server.createDatabase();
        model().connect(team.describe(), "not the password");
        model().connect("solo.db", "");
        model().connect("postgresql://", "");
        assertThat(reopened).isEmpty();
        assertThat(dialogs.errors).hasSize(3);
        assertThat(dialogs.errors.get(0)).containsIgnoringCase("password");
        assertThat(dialogs.errors.get(1)).contains("not a team database address").contains("postgresql://USER@HOST");
    }
}
