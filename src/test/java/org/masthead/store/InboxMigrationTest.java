package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.InboxQuery;
import org.masthead.model.MessageKind;

class InboxMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseAtSchemaFourIsMigratedToFiveKeepingItsArticles() {
        Path f = dir.resolve("v4.db");
        Flyway.configure(Database.class.getClassLoader()).dataSource(SqliteDialect.url(f), null, null)
                .locations(new SqliteDialect().migrationLocation()).target("4").load().migrate();
        assertThat(Database.inspect(f)).isEqualTo(4);
        try (var c = java.sql.DriverManager.getConnection(SqliteDialect.url(f)); var s = c.createStatement()) {
            s.execute("INSERT INTO article (id, status, content, headline, created_at, modified_at) VALUES (7, 'draft', '{}', 'Old piece', 0, 0)");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        try (Database db = Database.open(f)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            String kept = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT headline FROM article WHERE id = 7")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(kept).isEqualTo("Old piece");
            new ArticleStore(db).create(Article.create(ArticleContent.EMPTY.withHeadline("Kept"), Instant.parse("2026-01-01T00:00:00Z")));
            SubmissionStore inbox = new SubmissionStore(db);
            inbox.save(SyntheticInbox.message("<m@x>", "After the migration", "A", "a@x.org", Instant.parse("2026-01-02T00:00:00Z"), "text",
                    MessageKind.SUBMISSION, null));
            assertThat(inbox.count(InboxQuery.ALL)).isEqualTo(1);
            assertThat(inbox.search("migration", 5)).hasSize(1);
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }
}
