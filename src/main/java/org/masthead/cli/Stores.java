package org.masthead.cli;

import org.masthead.store.ArticleStore;
import org.masthead.store.Backup;
import org.masthead.store.Database;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.store.SubmissionStore;
import picocli.CommandLine;

/** The stores over one open database, for a command's lifetime. */
record Stores(Database db, ArticleStore articles, ImageStore images, PublicationStore publication) implements AutoCloseable {

    /** Opens the database a command names; a PostgreSQL password comes from the command's environment (PGPASSWORD, ~/.pgpass). */
    static Stores open(CommandLine.Model.CommandSpec spec, DatabaseLocation where) {
        return over(Database.open(where, MastheadCommand.passwords(spec)));
    }

    /** As {@link #open}, an SQLite file's quick check running while the command reads ({@link Database#openCheckingAlongside}). */
    static Stores openCheckingAlongside(CommandLine.Model.CommandSpec spec, DatabaseLocation where) {
        return where instanceof DatabaseLocation.SqliteFile f ? over(Database.openCheckingAlongside(f.file())) : open(spec, where);
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
