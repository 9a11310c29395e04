package org.masthead.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second Masthead window off a database another one has open: an OS file lock on
 * {@code NAME.lock} beside the database. The OS drops the lock when the process dies, so a
 * crash never leaves a stale lock behind.
 */
public final class DatabaseLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final Path path;

    private DatabaseLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileOf(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    /**
     * The lock of an SQLite file; {@code null} (nothing to hold, and nothing for a
     * try-with-resources to close) for a database on a PostgreSQL server, which coordinates its
     * clients itself.
     */
    public static DatabaseLock acquire(DatabaseLocation where) {
        return where instanceof DatabaseLocation.SqliteFile f ? acquire(f.file()) : null;
    }

    public static DatabaseLock acquire(Path db) {
        Path p = lockFileOf(db.toAbsolutePath());
        try {
            Files.createDirectories(p.getParent());
            FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new DatabaseException(DatabaseException.Reason.LOCKED,
                        "Masthead is already open on " + db + ". Switch to that window, or close it first.");
            }
            return new DatabaseLock(p, ch, l);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.IO, "Cannot lock " + db + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases it with the process anyway
        }
    }
}
