package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What needs no server: finding the password, reading addresses, and saying plainly that no server answers. */
class PostgresClientTest {

    @TempDir
    Path home;

    private final List<String> warnings = new ArrayList<>();
    private static final DatabaseLocation.Postgres DESK = new DatabaseLocation.Postgres("ana", "db.example.org", 5432, "opinion");

    private Path pgpass(String text, String perms) throws IOException {
        Path f = home.resolve(".pgpass");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    private PgPassword with(Map<String, String> env) {
        return new PgPassword(env, home, warnings::add);
    }

    @Test
    void theFirstMatchingLineWinsWithWildcardsAndEscapes() throws IOException {
        pgpass("""
                # hostname:port:database:username:password
                other.example.org:5432:opinion:ana:not-this
                db.example.org:5433:*:ana:wrong-port
                db.example.org:*:opinion:ana:se\\:cr\\\\et
                *:*:*:*:fallback
                """, "rw-------");
        assertThat(with(Map.of()).find(DESK)).contains("se:cr\\et");
        assertThat(with(Map.of()).find(new DatabaseLocation.Postgres("bo", "db.example.org", 5432, "opinion"))).contains("fallback");
        assertThat(warnings).isEmpty();
    }

    @Test
    void pgpasswordComesFirstAndPgpassfileNamesAnotherFile() throws IOException {
        pgpass("*:*:*:*:from-home\n", "rw-------");
        assertThat(with(Map.of("PGPASSWORD", "from-env")).find(DESK)).contains("from-env");
        Path other = home.resolve("team.pass");
        Files.writeString(other, "db.example.org:5432:opinion:ana:from-pgpassfile\n");
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));
        assertThat(with(Map.of("PGPASSFILE", other.toString())).find(DESK)).contains("from-pgpassfile");
        assertThat(with(Map.of()).find(DESK)).contains("from-home");
    }

    @Test
    void aFileOthersCanReadIsIgnoredWithAWarning() throws IOException {
        pgpass("*:*:*:*:secret\n", "rw-r--r--");
        assertThat(with(Map.of()).find(DESK)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("ignored", "chmod 0600");
    }

    @Test
    void noFileNoPassword() {
        assertThat(with(Map.of()).find(DESK)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void addressesAreReadAsPostgresqlWritesThem() {
        DatabaseLocation l = DatabaseLocation.parse("postgresql://ana@db.example.org/opinion", "me");
        assertThat(l).isEqualTo(new DatabaseLocation.Postgres("ana", "db.example.org", 5432, "opinion"));
        assertThat(l.describe()).isEqualTo("postgresql://ana@db.example.org/opinion");
        assertThat(DatabaseLocation.parse("postgresql://127.0.0.1:6543/desk", "me")).isEqualTo(new DatabaseLocation.Postgres("me", "127.0.0.1", 6543, "desk"));
        assertThat(DatabaseLocation.parse("postgres://ana@[::1]:5433/desk", "me")).isEqualTo(new DatabaseLocation.Postgres("ana", "::1", 5433, "desk"));
        assertThat(DatabaseLocation.parse("/home/ana/masthead.db", "me")).isEqualTo(new DatabaseLocation.SqliteFile(Path.of("/home/ana/masthead.db")));
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://ana:hunter2@db/desk", "me")).hasMessageContaining("PGPASSWORD")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://ana@db", "me")).hasMessageContaining("postgresql://USER@HOST[:PORT]/DB");
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://ana@db/desk?ssl=true", "me")).hasMessageContaining("postgresql://USER@HOST[:PORT]/DB");
    }

    @Test
    void noServerThereIsAClearMessage() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DatabaseLocation.Postgres nowhere = new DatabaseLocation.Postgres("ana", "127.0.0.1", port, "desk");
        assertThatThrownBy(() -> Database.open(nowhere, "")).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("Cannot connect to postgresql://ana@127.0.0.1:" + port + "/desk").hasMessageContaining("is the server running");
    }
}
