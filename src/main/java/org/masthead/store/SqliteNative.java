package org.masthead.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where SQLite's native library is loaded from. The JDBC driver carries it inside the jar and,
 * by default, copies it to a new temporary file on every start and reads both copies to compare
 * them: some 140 ms of every command and of opening the window. Masthead instead keeps one copy
 * per driver version and platform in its cache folder (written once, whole, through a temporary
 * name) and tells the driver to load that ({@code org.sqlite.lib.path} / {@code .name}). A copy
 * whose size is not the jar's is written again; if anything fails, the driver does as it always
 * did. Nobody else's choice is overridden: when {@code org.sqlite.lib.path} is set, nothing happens.
 */
public final class SqliteNative {

    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";

    private SqliteNative() {
    }

    /** {@link #useCachedCopySoon}'s work, while it is being done. */
    private static volatile java.util.concurrent.CompletableFuture<Boolean> pending;

    /**
     * {@link #useCachedCopy} on a thread of its own (it starts the driver's logging and looks up
     * the platform: some tens of milliseconds), while the caller goes on; the first connection
     * to an SQLite file waits for it ({@link #awaitCachedCopy}).
     */
    public static void useCachedCopySoon(Path cacheFolder) {
        pending = java.util.concurrent.CompletableFuture.supplyAsync(() -> useCachedCopy(cacheFolder), r -> {
            Thread t = new Thread(r, "masthead-sqlite-native");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Waits for {@link #useCachedCopySoon}, if it was called; at once otherwise. */
    static void awaitCachedCopy() {
        java.util.concurrent.CompletableFuture<Boolean> p = pending;
        if (p != null) p.join();
    }

    /** Prepares the cached copy under {@code cacheFolder} and points the driver at it; true if it will be used. */
    public static boolean useCachedCopy(Path cacheFolder) {
        if (System.getProperty(PATH) != null) return false;
        try {
            String folder = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath(); // "/org/sqlite/native/Linux/x86_64"
            String name = org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
            URL url = SqliteNative.class.getResource(folder + "/" + name);
            if (url == null) return false;
            long size = url.openConnection().getContentLengthLong();
            if (size <= 0) return false;
            String platform = folder.substring(folder.lastIndexOf("/native/") + "/native/".length()).replace('/', '-');
            Path dir = cacheFolder.resolve("native").resolve("sqlite-jdbc-" + org.sqlite.SQLiteJDBCLoader.getVersion()).resolve(platform);
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
                Files.createDirectories(dir);
                Path part = Files.createTempFile(dir, name, ".part");
                try {
                    try (InputStream in = url.openStream()) {
                        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (Files.size(part) != size) return false;
                    Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            System.setProperty(NAME, name);
            System.setProperty(PATH, dir.toString());
            return true;
        } catch (IOException | RuntimeException | LinkageError e) {
            return false; // the driver's own way stays
        }
    }
}
