package org.masthead.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What lets an SQLite file skip its quick check (decision 0023): a record, in the cache folder,
 * of how the file looked (size, modification time and identity, with its {@code -wal}'s) when a
 * Masthead process closed it, having checked it, or trusted it, when it opened it and having
 * seen no change but its own writes since. A file that still looks exactly so was changed by
 * nobody else since and need not be read whole again; any difference, or no record, means a
 * check. Losing a record costs one check, never a refusal; records are only ever written
 * whole, through a temporary name.
 */
final class CheckRecords {

    private static final String HEADER = "masthead-checked 2";

    /** How a database file looks from outside: its own and its write-ahead log's size, time and identity; {@code -1} fields when absent. */
    record Look(long size, long mtime, String key, long walSize, long walMtime, String walKey) {
        /** How {@code file} looks now; null when that cannot be told (it then matches nothing). */
        static Look of(Path file) {
            Path abs = file.toAbsolutePath();
            try {
                BasicFileAttributes main = attributes(abs);
                BasicFileAttributes wal = attributes(abs.resolveSibling(abs.getFileName() + "-wal"));
                return new Look(size(main), mtime(main), key(main), size(wal), mtime(wal), key(wal));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static BasicFileAttributes attributes(Path p) throws IOException {
            try {
                return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return null;
            }
        }

        private static long size(BasicFileAttributes a) {
            return a == null ? -1 : a.size();
        }

        private static long mtime(BasicFileAttributes a) {
            return a == null ? -1 : a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        }

        private static String key(BasicFileAttributes a) {
            return a == null ? "-" : String.valueOf(a.fileKey()).replace(' ', '_');
        }

        /**
         * True if this is how {@code before} looks once a connection opened it without writing:
         * the same file, and the same write-ahead log, or an empty one where there was none.
         */
        boolean openedFrom(Look before) {
            if (before == null || size != before.size || mtime != before.mtime || !key.equals(before.key)) return false;
            boolean sameWal = walSize == before.walSize && walMtime == before.walMtime && walKey.equals(before.walKey);
            return sameWal || before.walSize == -1 && walSize == 0;
        }

        String line() {
            return size + " " + mtime + " " + key + " " + walSize + " " + walMtime + " " + walKey;
        }
    }

    private final Path folder;

    private CheckRecords(Path folder) {
        this.folder = folder;
    }

    /** Records kept under {@code cacheFolder}. */
    static CheckRecords in(Path cacheFolder) {
        return new CheckRecords(cacheFolder.resolve("checked-databases"));
    }

    /** True if the record says {@code file} was left exactly as it looks now. */
    boolean unchangedSinceRecorded(Path file) {
        return schemaIfUnchanged(file) >= 0;
    }

    /**
     * The schema version the Masthead that recorded {@code file} left it at, if it was left exactly
     * as it looks now; -1 otherwise.
     */
    int schemaIfUnchanged(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            String[] lines = Files.readString(recordOf(abs), StandardCharsets.UTF_8).split("\n", -1);
            Look now = Look.of(abs);
            boolean same = now != null && lines.length >= 4 && lines[0].equals(HEADER) && lines[1].equals(abs.toString())
                    && lines[2].equals(now.line());
            return same ? Integer.parseInt(lines[3]) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Records {@code file} as it looks now (after it was closed), at schema {@code schema}; quietly does nothing if that cannot be written. */
    void record(Path file, int schema) {
        Path abs = file.toAbsolutePath().normalize();
        Path target = recordOf(abs);
        Look now = Look.of(abs);
        if (now == null) return;
        try {
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, target.getFileName().toString(), ".part");
            try {
                Files.writeString(part, HEADER + "\n" + abs + "\n" + now.line() + "\n" + schema + "\n", StandardCharsets.UTF_8);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            forget(file); // the next open checks
        }
    }

    /** Drops the record of {@code file}: its next open checks it. */
    void forget(Path file) {
        try {
            Files.deleteIfExists(recordOf(file.toAbsolutePath().normalize()));
        } catch (IOException e) {
            // a record that cannot be deleted no longer matches the file once it changes
        }
    }

    private Path recordOf(Path abs) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(abs.toString().getBytes(StandardCharsets.UTF_8));
            return folder.resolve(java.util.HexFormat.of().formatHex(h, 0, 16));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
