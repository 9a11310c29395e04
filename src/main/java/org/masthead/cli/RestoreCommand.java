package org.masthead.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.Backup;
import org.masthead.store.DatabaseLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code masthead restore FILE.json}: restores a backup into an empty (or new) database. */
@Command(name = "restore", description = "Restore a backup into an empty database (a new file is created if absent; "
        + "a PostgreSQL database must exist, empty).",
        mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "A backup written by 'masthead backup'.")
    Path in;

    @Override
    public Integer call() throws Exception {
        MastheadCommand root = (MastheadCommand) spec.root().userObject();
        DatabaseLocation file = root.databaseLocation();
        var err = spec.commandLine().getErr();
        if (!Files.isRegularFile(in)) {
            err.println("masthead: no backup file at " + in);
            return MastheadCommand.FAILED;
        }
        Path newFile = file instanceof DatabaseLocation.SqliteFile f && !Files.exists(f.file()) ? f.file() : null;
        boolean done = false;
        try (DatabaseLock lock = DatabaseLock.acquire(file); Stores s = Stores.open(spec, file); InputStream i = Files.newInputStream(in)) {
            Backup.Counts c = s.backup().restore(i);
            done = true;
            err.printf("Restored %d articles, %d revisions, %d images, %d series, %d inbox items into %s%n", c.articles(), c.revisions(), c.images(), c.series(), c.submissions(),
                    file);
            return MastheadCommand.OK;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("masthead: " + e.getMessage());
            return MastheadCommand.FAILED;
        } finally {
            // A refused restore into a new file leaves no empty database behind.
            if (newFile != null && !done) {
                for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                    Files.deleteIfExists(newFile.resolveSibling(newFile.getFileName() + suffix));
                }
            }
        }
    }
}
