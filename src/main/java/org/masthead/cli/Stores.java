package org.masthead.cli;

import java.nio.file.Path;
import org.masthead.store.ArticleStore;
import org.masthead.store.Backup;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.store.SubmissionStore;

/** The stores over one open database, for a command's lifetime. */
record Stores(Database db, ArticleStore articles, ImageStore images, PublicationStore publication) implements AutoCloseable {

    static Stores open(Path file) {
        return over(Database.open(file));
    }

    /** As {@link #open}, the file's quick check running while the command reads ({@link Database#openCheckingAlongside}). */
    static Stores openCheckingAlongside(Path file) {
        return over(Database.openCheckingAlongside(file));
    }

    private static Stores over(Database db) {
        return new Stores(db, new ArticleStore(db), new ImageStore(db), new PublicationStore(db));
    }

    SeriesStore series() {
        return new SeriesStore(db, articles);
    }

    SubmissionStore submissions() {
        return new SubmissionStore(db);
    }

    Backup backup() {
        return new Backup(db, articles, publication);
    }

    @Override
    public void close() {
        db.close();
    }
}
