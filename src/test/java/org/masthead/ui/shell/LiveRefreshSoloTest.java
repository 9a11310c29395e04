package org.masthead.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;

/** On an SQLite file, which one person uses alone, nothing subscribes to changes (no PostgreSQL needed). */
class LiveRefreshSoloTest {

    @Test
    void onAnSqliteFileNothingListens(@TempDir Path dir) {
        try (Database solo = Database.open(dir.resolve("solo.db"))) {
            LiveRefresh.Targets fail = new LiveRefresh.Targets() {
                @Override public void articles(Set<Long> ids) { throw new AssertionError("refreshed on SQLite"); }
                @Override public void submissions(Set<Long> ids) { throw new AssertionError("refreshed on SQLite"); }
                @Override public void series(Set<Long> ids) { throw new AssertionError("refreshed on SQLite"); }
                @Override public void everything() { throw new AssertionError("refreshed on SQLite"); }
            };
            assertThat(LiveRefresh.attach(solo, Runnable::run, fail)).isEmpty();
            new ArticleStore(solo).create(Article.create(ArticleContent.EMPTY.withHeadline("Alone"), Instant.parse("2026-11-27T09:00:00Z")));
        }
    }
}
