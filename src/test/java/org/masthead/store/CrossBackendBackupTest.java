package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving in and out of team mode: a backup of an SQLite file restores into a PostgreSQL
 * database, whose backup restores into a new SQLite file; all three backups are the same bytes,
 * images and raw messages included.
 */
@ExtendWith(PostgresServer.class)
class CrossBackendBackupTest {

    @TempDir
    Path dir;

    private static byte[] backup(Database db) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Backup(db, new ArticleStore(db), new PublicationStore(db)).write(out);
        return out.toByteArray();
    }

    private static void restore(Database db, byte[] backup) throws IOException {
        new Backup(db, new ArticleStore(db), new PublicationStore(db)).restore(new ByteArrayInputStream(backup));
    }

    @Test
    void sqliteToPostgresqlAndBackLosesNothing(PostgresTestServer server) throws Exception {
        byte[] fromSqlite;
        try (Database db = Database.open(dir.resolve("solo.db"))) {
            BackupTest.fillRich(db);
            // keys a language's collation orders otherwise than bytes do: the backup must not change with the server's
            PublicationStore publication = new PublicationStore(db);
            publication.putSetting("export.Base", "x");
            publication.putSetting("export.archive", "y");
            publication.putSetting("export-zone", "z");
            SubmissionStore inbox = new SubmissionStore(db);
            long first = inbox.list(org.masthead.model.InboxQuery.ALL).get(0).id();
            for (String tag : java.util.List.of("Climate", "asia", "été", "Zoning", "e-mail")) inbox.addTag(first, tag, "Ana");
            fromSqlite = backup(db);
        }
        JsonNode root = new ObjectMapper().readTree(fromSqlite);
        assertThat(root.path("images").size()).isEqualTo(2);
        JsonNode messages = root.path("inbox").path("messages");
        assertThat(messages.size()).isGreaterThan(2);
        for (JsonNode m : messages) assertThat(m.path("raw").asText()).isNotEmpty();
        assertThat(root.path("inbox").path("attachments").size()).isPositive();
        assertThat(root.path("inbox").path("failedImports").size()).isPositive();

        byte[] fromPostgres;
        try (Database db = server.open(server.createEmptyDatabase())) {
            restore(db, fromSqlite);
            assertThat(new SubmissionStore(db).search("气候变化", 5)).hasSize(1);
            assertThat(new ArticleStore(db).list(ArticleStore.Filter.ALL.withQuery("monsoon"))).hasSize(1);
            fromPostgres = backup(db);
        }
        assertThat(new String(fromPostgres, StandardCharsets.UTF_8)).isEqualTo(new String(fromSqlite, StandardCharsets.UTF_8));

        try (Database db = Database.open(dir.resolve("back-home.db"))) {
            restore(db, fromPostgres);
            assertThat(backup(db)).isEqualTo(fromSqlite);
        }
    }
}
