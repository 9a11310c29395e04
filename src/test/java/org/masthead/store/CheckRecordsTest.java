package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;

/**
 * An SQLite file skips its quick check only when it looks exactly as a Masthead that checked it
 * left it (decision 0023); a change by anyone else, while it was closed or open, means a check.
 */
class CheckRecordsTest {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void remember() {
        db = dir.resolve("masthead.db");
        try (Database d = Database.open(db)) {
            ArticleStore articles = new ArticleStore(d);
            for (int i = 0; i < 20; i++) {
                articles.create(Article.create(ArticleContent.EMPTY.withHeadline("A" + i), java.time.Instant.parse("2026-01-01T00:00:00Z")));
            }
        }
        Database.rememberChecksIn(dir.resolve("cache"));
    }

    @AfterEach
    void forget() {
        Database.rememberChecksIn(null);
    }

    /** Quick checks run while {@code open} runs. */
    private static int checks(Runnable open) {
        int before = Database.QUICK_CHECKS.get();
        open.run();
        return Database.QUICK_CHECKS.get() - before;
    }

    private void openAndClose(boolean alongside) {
        try (Database d = alongside ? Database.openCheckingAlongside(db) : Database.open(db)) {
            d.awaitCheck();
            new ArticleStore(d).list(ArticleStore.Filter.ALL);
        }
    }

    @Test
    void aFileLeftAsMastheadLeftItIsNotReadWholeAgain() {
        assertThat(checks(() -> openAndClose(false))).as("the first open since the records began").isEqualTo(1);
        assertThat(checks(() -> openAndClose(false))).isZero();
        assertThat(checks(() -> openAndClose(true))).isZero();
        // Masthead's own writes keep the file trusted
        try (Database d = Database.open(db)) {
            new ArticleStore(d).create(Article.create(ArticleContent.EMPTY.withHeadline("Mine"), java.time.Instant.parse("2026-01-02T00:00:00Z")));
        }
        assertThat(checks(() -> openAndClose(true))).isZero();
    }

    @Test
    void aFileAnotherProgramWroteIsCheckedAgain() throws Exception {
        openAndClose(false);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("UPDATE article SET headline = 'theirs' WHERE id = 1");
        }
        assertThat(checks(() -> openAndClose(false))).isEqualTo(1);
        assertThat(checks(() -> openAndClose(false))).isZero();
    }

    @Test
    void aWriteByAnotherProgramWhileOpenIsNotVouchedFor() throws Exception {
        openAndClose(false);
        try (Database d = Database.open(db)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                c.createStatement().executeUpdate("UPDATE article SET headline = 'theirs' WHERE id = 1");
            }
            new ArticleStore(d).create(Article.create(ArticleContent.EMPTY.withHeadline("Mine"), java.time.Instant.parse("2026-01-02T00:00:00Z")));
        }
        assertThat(checks(() -> openAndClose(false))).as("closed after someone else wrote: not recorded").isEqualTo(1);
    }

    @Test
    void aFileReplacedByADamagedOneIsRefused() throws IOException {
        openAndClose(false);
        byte[] b = Files.readAllBytes(db);
        Random r = new Random(3);
        for (int i = 2 * 4096; i < b.length; i++) b[i] = (byte) r.nextInt();
        Files.write(db, b);
        assertThatThrownBy(() -> Database.open(db)).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.CORRUPT));
    }

    @Test
    void withoutRecordsEveryOpenChecks() {
        Database.rememberChecksIn(null);
        openAndClose(false);
        assertThat(checks(() -> openAndClose(false))).isEqualTo(1);
    }
}
