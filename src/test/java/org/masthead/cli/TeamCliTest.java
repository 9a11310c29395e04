package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.PostgresServer;
import org.masthead.store.PostgresTestServer;

/** {@code masthead team init} and {@code team add-user}: on a team database, and refused on an SQLite file. */
class TeamCliTest {

    @TempDir
    Path dir;

    @Test
    void onAnSqliteFileTheTeamCommandsRefuseWithAUsageError() {
        CliRunner cli = new CliRunner(dir, Clock.systemUTC());
        String db = dir.resolve("solo.db").toString();
        CliRunner.Result init = cli.run("--db", db, "team", "init");
        assertThat(init.code()).isEqualTo(2);
        assertThat(init.err()).contains("is an SQLite file").contains("PostgreSQL");
        CliRunner.Result add = cli.runWithInput("secret\n", "--db", db, "team", "add-user", "ana", "--role", "editor", "--password-stdin");
        assertThat(add.code()).isEqualTo(2);
        assertThat(add.err()).contains("is an SQLite file");
        CliRunner.Result badRole = cli.run("--db", db, "team", "add-user", "ana", "--role", "boss");
        assertThat(badRole.code()).isEqualTo(2);
        assertThat(badRole.err()).contains("not a role: admin, editor or reviewer");
        assertThat(dir.resolve("solo.db")).doesNotExist();
    }

    @Test
    @ExtendWith(PostgresServer.class)
    void anAdministratorPreparesTheDatabaseAndAddsAReviewerWhoThenConnectsAsThemselves(PostgresTestServer server) throws Exception {
        DatabaseLocation.Postgres db = server.createEmptyDatabase();
        String login = "mtcli" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        CliRunner admin = new CliRunner(dir, Clock.systemUTC(), Map.of("PGPASSWORD", server.password()));
        try {
            CliRunner.Result init = admin.run("--db", db.describe(), "team", "init");
            assertThat(init.code()).as(init.err()).isZero();
            assertThat(init.err()).contains("masthead_reviewer");
            CliRunner.Result noTerminal = admin.run("--db", db.describe(), "team", "add-user", login, "--role", "reviewer");
            assertThat(noTerminal.code()).isEqualTo(2);
            assertThat(noTerminal.err()).contains("--password-stdin");
            CliRunner.Result add = admin.runWithInput("p\u00e4ss word\r\n", "--db", db.describe(), "team", "add-user", login, "--role", "reviewer",
                    "--password-stdin");
            assertThat(add.code()).as(add.err()).isZero();
            assertThat(add.err()).contains("Added " + login + " as reviewer");

            String theirs = new DatabaseLocation.Postgres(login, db.host(), db.port(), db.database()).describe();
            CliRunner reviewer = new CliRunner(dir, Clock.systemUTC(), Map.of("PGPASSWORD", "p\u00e4ss word"));
            CliRunner.Result list = reviewer.run("--db", theirs, "articles", "list");
            assertThat(list.code()).as(list.err()).isZero();
            CliRunner.Result notTheirs = reviewer.runWithInput("x\n", "--db", theirs, "team", "add-user", login + "_2", "--role", "admin",
                    "--password-stdin");
            assertThat(notTheirs.code()).isEqualTo(1);
            assertThat(notTheirs.err()).contains("may not create roles");
        } finally {
            server.drop(db);
            try (Connection c = server.adminConnection(); Statement s = c.createStatement()) {
                s.execute("DROP ROLE IF EXISTS " + login);
            }
        }
    }

    /** As docs/team.md says: not a superuser, a login with CREATEROLE that owns the (empty) database. */
    @Test
    @ExtendWith(PostgresServer.class)
    void anAdministratorWhoIsNotASuperuserButOwnsTheDatabasePreparesIt(PostgresTestServer server) throws Exception {
        String owner = "mtowner" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        String database = owner + "_db";
        try (Connection c = server.adminConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD 'desk pw'");
            s.execute("CREATE DATABASE " + database + " OWNER " + owner);
        }
        DatabaseLocation.Postgres db = new DatabaseLocation.Postgres(owner, server.admin().host(), server.admin().port(), database);
        CliRunner admin = new CliRunner(dir, Clock.systemUTC(), Map.of("PGPASSWORD", "desk pw"));
        String reviewer = owner + "_rev";
        try {
            CliRunner.Result init = admin.run("--db", db.describe(), "team", "init");
            assertThat(init.code()).as(init.err()).isZero();
            CliRunner.Result add = admin.runWithInput("r\n", "--db", db.describe(), "team", "add-user", reviewer, "--role", "reviewer", "--password-stdin");
            assertThat(add.code()).as(add.err()).isZero();
            CliRunner.Result again = admin.run("--db", db.describe(), "team", "init");
            assertThat(again.code()).as(again.err()).isZero();
        } finally {
            try (Connection c = server.adminConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                s.execute("DROP ROLE IF EXISTS " + reviewer);
                s.execute("DROP ROLE IF EXISTS " + owner);
            }
        }
    }
}
