package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Publication;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aReadAlongsideNeitherWaitsForTheLockNorMissesWhatWasCommitted() throws Exception {
        try (Database d = Database.open(dir.resolve("alongside.db"))) {
            new ArticleStore(d).create(Article.create(ArticleContent.EMPTY.withHeadline("Rivers"), Instant.parse("2026-01-01T00:00:00Z")));
            java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicBoolean holding = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread holder = new Thread(() -> d.read(c -> {
                inside.countDown();
                try {
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                holding.set(false);
                return null;
            }));
            holder.start();
            inside.await();
            // the shared connection is held by the other thread: a plain read would wait for it
            String headline = d.readAlongside(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT headline FROM article")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(holding).as("read while the other thread still held the connection").isTrue();
            release.countDown();
            holder.join();
            assertThat(headline).isEqualTo("Rivers");
        }
    }

    @Test
    void aFreshDatabaseIsMigratedAndKeepsItsDataWhenReopened() {
        Path f = dir.resolve("sub/folder/masthead.db");
        long id;
        try (Database db = Database.open(f)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(db.integrityCheck()).isEqualTo("ok");
            id = new ArticleStore(db).create(Article.create(ArticleContent.EMPTY.withHeadline("Reopened"), Instant.parse("2024-01-01T00:00:00Z"))).id();
            new PublicationStore(db).save(new Publication("The Test Gazette", ZoneId.of("Europe/Paris"), Map.of("Europe/Paris", "CET")));
            new PublicationStore(db).putSetting("demo.offered", "true");
        }
        try (Database db = Database.open(f)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(new ArticleStore(db).load(id).headline()).isEqualTo("Reopened");
            assertThat(new PublicationStore(db).get().name()).isEqualTo("The Test Gazette");
            assertThat(new PublicationStore(db).get().zoneLabels()).containsEntry("Europe/Paris", "CET");
            assertThat(new PublicationStore(db).setting("demo.offered")).contains("true");
        }
    }

    @Test
    void aNewDatabaseHasTheDefaultPublication() {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            assertThat(new PublicationStore(db).find()).isEmpty();
            assertThat(new PublicationStore(db).get()).isEqualTo(Publication.DEFAULT);
        }
    }

    @Test
    void schemaVersionEqualsTheNewestMigrationOnTheClassPath() throws IOException, URISyntaxException {
        List<Integer> sqlite = versions(new SqliteDialect());
        assertThat(sqlite).isNotEmpty();
        assertThat(Database.SCHEMA_VERSION).isEqualTo(sqlite.get(sqlite.size() - 1));
    }

    @Test
    void bothDialectsHaveTheSameMigrationNumbers() throws IOException, URISyntaxException {
        assertThat(versions(new PostgresDialect())).isEqualTo(versions(new SqliteDialect()));
    }

    private static List<Integer> versions(SqlDialect dialect) throws IOException, URISyntaxException {
        String location = dialect.migrationLocation().substring("classpath:".length());
        URL url = Database.class.getClassLoader().getResource(location);
        assertThat(url).as(location).isNotNull();
        assertThat(url.getProtocol()).as("tests read migrations from target/classes").isEqualTo("file");
        Pattern name = Pattern.compile("V(\\d+)__.+\\.sql");
        List<Integer> versions = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            for (Path p : s.toList()) {
                Matcher m = name.matcher(p.getFileName().toString());
                if (m.matches()) versions.add(Integer.parseInt(m.group(1)));
            }
        }
        java.util.Collections.sort(versions);
        return versions;
    }

    @Test
    void aZeroByteFileIsTakenAsANewDatabase() throws IOException {
        Path f = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(f)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
    }
}
