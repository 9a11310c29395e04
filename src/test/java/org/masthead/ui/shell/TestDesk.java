package org.masthead.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.testfx.util.WaitForAsyncUtils;

/** A real database file in a temporary folder with the stores and a background task runner, for Fx tests of a screen. */
public final class TestDesk implements AutoCloseable {

    public final Path dir;
    public final Database db;
    public final FxTaskRunner tasks = new FxTaskRunner();
    public final AppContext ctx;

    public TestDesk(DialogService dialogs, Clock clock) throws IOException {
        dir = Files.createTempDirectory("masthead-fx-test");
        db = Database.open(dir.resolve("masthead.db"));
        ArticleStore articles = new ArticleStore(db);
        ctx = new AppContext(db, articles, new ImageStore(db), new PublicationStore(db), new SeriesStore(db, articles), tasks, dialogs, clock);
    }

    /** Waits for queued work, closes the database and deletes the folder. */
    @Override
    public void close() throws IOException {
        tasks.close();
        WaitForAsyncUtils.waitForFxEvents();
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
