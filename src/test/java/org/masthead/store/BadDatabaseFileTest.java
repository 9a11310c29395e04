package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;

/**
 * Files Masthead must refuse: each is reported with the right reason and a message an editor
 * can act on, and afterwards the file is byte for byte and timestamp for timestamp what it
 * was, with no {@code -wal}/{@code -shm} litter beside it.
 */
class BadDatabaseFileTest {

    @TempDir
    Path dir;

    /** What a file looked like before Masthead was let near it. */
    private record Snapshot(String sha256, FileTime modified, List<String> siblings) {
        static Snapshot of(Path f) throws IOException {
            try (Stream<Path> s = Files.list(f.getParent())) {
                return new Snapshot(RevisionPolicy.sha256(Files.readAllBytes(f)), Files.getLastModifiedTime(f),
                        s.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
    }

    private void assertRefusedUntouched(Path f, DatabaseException.Reason reason, String messagePart) throws IOException {
        // Back-date the file so a write within the same clock tick would still show.
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2020-01-02T03:04:05Z")));
        Snapshot before = Snapshot.of(f);
        assertThatThrownBy(() -> Database.open(f))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(f.getFileName().toString())
                .hasMessageContaining(messagePart);
        assertThat(Snapshot.of(f)).isEqualTo(before);
    }

    private Path realDatabase(String name) {
        Path f = dir.resolve(name);
        try (Database db = Database.open(f)) {
            ArticleStore store = new ArticleStore(db);
            Instant t = Instant.parse("2024-05-01T08:00:00Z");
            for (int i = 0; i < 120; i++) {
                store.create(Article.create(ArticleContent.EMPTY.withHeadline("Article " + i)
                        .withBody(Document.of(Block.Paragraph.of(("water policy " + i + " ").repeat(200)))), t.plusSeconds(i)));
            }
        }
        return f;
    }

    @Test
    void aTextFileNamedDbIsRefusedAsNotSqlite() throws IOException {
        Path f = dir.resolve("notes.db");
        Files.writeString(f, "Shopping list: rice, tea, ink.\n".repeat(50), StandardCharsets.UTF_8);
        assertRefusedUntouched(f, DatabaseException.Reason.NOT_SQLITE, "not an SQLite file");
    }

    @Test
    void aGarbledDatabaseIsRefusedAsCorrupt() throws IOException {
        Path good = realDatabase("good.db");
        byte[] b = Files.readAllBytes(good);
        assertThat(b.length).isGreaterThan(64 * 4096);
        Random r = new Random(42);
        for (int i = b.length / 3; i < b.length / 3 + 16 * 4096; i++) b[i] = (byte) r.nextInt();
        Path f = dir.resolve("garbled.db");
        Files.write(f, b);
        assertRefusedUntouched(f, DatabaseException.Reason.CORRUPT, "damaged");
    }

    @Test
    void aGarbledDatabaseOpenedWithItsCheckAlongsideRefusesEveryWriteAndStaysUntouched() throws IOException {
        Path good = realDatabase("good.db");
        byte[] b = Files.readAllBytes(good);
        Random r = new Random(7);
        for (int i = b.length / 2; i < b.length / 2 + 16 * 4096; i++) b[i] = (byte) r.nextInt();
        Path f = dir.resolve("garbled-late.db");
        Files.write(f, b);
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2020-01-02T03:04:05Z")));
        Snapshot before = Snapshot.of(f);
        try (Database db = Database.openCheckingAlongside(f)) {
            assertThatThrownBy(db::awaitCheck).isInstanceOfSatisfying(DatabaseException.class,
                    e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.CORRUPT)).hasMessageContaining("damaged");
            assertThatThrownBy(() -> db.tx(c -> c.createStatement().executeUpdate("DELETE FROM article")))
                    .isInstanceOf(DatabaseException.class);
        }
        assertThat(Files.readAllBytes(f)).isEqualTo(b);
        assertThat(Files.getLastModifiedTime(f)).isEqualTo(before.modified());
    }

    @Test
    void aGoodDatabaseOpenedWithItsCheckAlongsideWrites() {
        Path f = realDatabase("good-late.db");
        try (Database db = Database.openCheckingAlongside(f)) {
            int changed = db.tx(c -> c.createStatement().executeUpdate("UPDATE article SET id = id"));
            assertThat(changed).isEqualTo(120);
        }
    }

    @Test
    void aTruncatedDatabaseIsRefusedAsCorrupt() throws IOException {
        Path good = realDatabase("good.db");
        Path f = dir.resolve("truncated.db");
        byte[] all = Files.readAllBytes(good);
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 4));
        assertRefusedUntouched(f, DatabaseException.Reason.CORRUPT, "damaged");
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAsNotMasthead() throws Exception {
        Path f = dir.resolve("photos.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE album (id INTEGER PRIMARY KEY, title TEXT)");
            s.execute("INSERT INTO album (title) VALUES ('Harbour at dusk')");
        }
        assertRefusedUntouched(f, DatabaseException.Reason.NOT_MASTHEAD, "some other program");
    }

    @Test
    void aDatabaseFromANewerMastheadIsRefusedAsNewerSchema() throws Exception {
        Path f = realDatabase("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', 0, 'test', CURRENT_TIMESTAMP, 1, 1)");
            // Leave the file checkpointed, as a cleanly closed newer Masthead would.
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertThat(dir.resolve("future.db-wal")).doesNotExist();
        assertRefusedUntouched(f, DatabaseException.Reason.NEWER_SCHEMA, "newer Masthead");
    }

    @Test
    void aGoodDatabaseStillOpensAfterInspection() {
        Path f = realDatabase("fine.db");
        try (Database db = Database.open(f)) {
            assertThat(new ArticleStore(db).count()).isEqualTo(120);
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aSecondLockInTheSameProcessIsRefused() {
        Path f = dir.resolve("same.db");
        try (DatabaseLock first = DatabaseLock.acquire(f)) {
            assertThatThrownBy(() -> DatabaseLock.acquire(f))
                    .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LOCKED))
                    .hasMessageContaining("already open");
        }
        // released: can be taken again
        DatabaseLock.acquire(f).close();
    }

    @Test
    void aLockHeldByAnotherProcessIsRefusedAndFreedWhenItExits() throws Exception {
        Path f = dir.resolve("shared.db");
        Process child = ChildJvm.start(LockHolderChild.class, f.toAbsolutePath().toString());
        try {
            BufferedReader out = ChildJvm.stdout(child);
            assertThat(out.readLine()).isEqualTo("READY");
            assertThatThrownBy(() -> DatabaseLock.acquire(f))
                    .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LOCKED));
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(10, TimeUnit.SECONDS)) child.destroyForcibly().waitFor();
        }
        DatabaseLock.acquire(f).close();
    }
}
