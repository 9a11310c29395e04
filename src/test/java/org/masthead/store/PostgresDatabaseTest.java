package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;

/** Opening a database on a PostgreSQL server: migration, passwords, and what is refused. */
@ExtendWith(PostgresServer.class)
class PostgresDatabaseTest {

    @TempDir
    Path home;

    private final List<String> warnings = new ArrayList<>();

    private PgPassword passwords(Map<String, String> env) {
        return new PgPassword(env, home, warnings::add);
    }

    private void sql(PostgresTestServer server, DatabaseLocation.Postgres db, String statement) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", db.user());
        p.setProperty("password", server.password());
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), p); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private boolean tableExists(PostgresTestServer server, DatabaseLocation.Postgres db, String table) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", db.user());
        p.setProperty("password", server.password());
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), p); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Test
    void anEmptyDatabaseGetsMastheadsSchemaWithThePasswordFromThePasswordFile(PostgresTestServer server) throws Exception {
        DatabaseLocation.Postgres db = server.createEmptyDatabase();
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, db.host() + ":" + db.port() + ":" + db.database() + ":" + db.user() + ":" + server.password().replace(":", "\\:") + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        try (Database d = Database.open(db, passwords(Map.of()))) {
            assertThat(d.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(d.dialect()).isInstanceOf(PostgresDialect.class);
            assertThat(d.file()).isNull();
            assertThat(d.location().describe()).startsWith("postgresql://").endsWith("/" + db.database());
            new ArticleStore(d).create(Article.create(ArticleContent.EMPTY.withHeadline("First on the server"), Instant.parse("2026-03-01T09:00:00Z")));
        }
        try (Database d = Database.open(db, passwords(Map.of()))) {
            assertThat(new ArticleStore(d).count()).isEqualTo(1);
            assertThat(d.integrityCheck()).isEqualTo("ok");
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedSayingWhereItComesFrom(PostgresTestServer server) throws Exception {
        Assumptions.assumeFalse(server.password().isEmpty(), "the server in " + PostgresTestServer.ENV + " asks for no password");
        DatabaseLocation.Postgres db = server.createDatabase();
        assertThatThrownBy(() -> Database.open(db, passwords(Map.of("PGPASSWORD", "not-the-password"))))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("password authentication failed")
                .hasMessageContaining("PGPASSWORD or ~/.pgpass");
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "*:*:*:*:" + server.password() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> Database.open(db, passwords(Map.of()))).isInstanceOf(DatabaseException.class);
        assertThat(warnings).singleElement().asString().contains("ignored");
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedAndLeftUnchanged(PostgresTestServer server) throws Exception {
        DatabaseLocation.Postgres db = server.createEmptyDatabase();
        sql(server, db, "CREATE TABLE notes (id int PRIMARY KEY, text text)");
        assertThatThrownBy(() -> server.open(db)).isInstanceOf(DatabaseException.class)
                .hasFieldOrPropertyWithValue("reason", DatabaseException.Reason.NOT_MASTHEAD).hasMessageContaining("left unchanged");
        assertThat(tableExists(server, db, "notes")).isTrue();
        assertThat(tableExists(server, db, "flyway_schema_history")).isFalse();
    }

    @Test
    void aDatabaseOfANewerMastheadIsRefused(PostgresTestServer server) throws Exception {
        DatabaseLocation.Postgres db = server.createDatabase();
        sql(server, db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, "
                + "execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', 0, true)");
        assertThatThrownBy(() -> server.open(db)).isInstanceOf(DatabaseException.class)
                .hasFieldOrPropertyWithValue("reason", DatabaseException.Reason.NEWER_SCHEMA).hasMessageContaining("newer Masthead");
    }

    @Test
    void aDatabaseThatDoesNotExistIsSaidPlainly(PostgresTestServer server) {
        DatabaseLocation.Postgres admin = server.admin();
        DatabaseLocation.Postgres missing = new DatabaseLocation.Postgres(admin.user(), admin.host(), admin.port(), "no_such_desk");
        assertThatThrownBy(() -> server.open(missing)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("no_such_desk").hasMessageContaining("does not exist").hasMessageContaining("createdb");
    }
}
