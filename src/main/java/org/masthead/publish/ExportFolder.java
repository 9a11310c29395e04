package org.masthead.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * The export's target folder: what is in it, and the only code that writes or deletes there.
 * Every file is written under a temporary name in its own folder and renamed into place, so a
 * reader (or a kill) sees the old bytes or the new, never part of a file.
 */
final class ExportFolder {

    private final Path root;
    private final ExportManifest manifest;
    private final byte[] manifestBytes;
    /** Regular files found at opening, by path below the root: their sizes. */
    private final Map<String, Long> sizes;

    private ExportFolder(Path root, ExportManifest manifest, byte[] manifestBytes, Map<String, Long> sizes) {
        this.root = root;
        this.manifest = manifest;
        this.manifestBytes = manifestBytes;
        this.sizes = sizes;
    }

    /**
     * Opens {@code target} for an export, creating it if it does not exist. Refuses a file, and
     * a folder that holds anything but has no manifest (it is not Masthead's to write into).
     * Sweeps the temporary files a killed export left behind.
     *
     * @throws IllegalStateException when the folder is refused; nothing was written
     */
    static ExportFolder open(Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IllegalStateException("cannot export to " + root + ": it is a file, not a folder. Nothing was written.");
        }
        Files.createDirectories(root);
        Path mf = root.resolve(SitePaths.MANIFEST);
        if (!Files.isRegularFile(mf, LinkOption.NOFOLLOW_LINKS)) {
            try (var list = Files.list(root)) {
                if (list.findAny().isPresent()) {
                    throw new IllegalStateException("cannot export to " + root + ": the folder is not empty and Masthead did not export "
                            + "there before (it has no " + SitePaths.MANIFEST + "). Choose an empty folder or one Masthead exported to. "
                            + "Nothing was written.");
                }
            }
            // Claimed before the first page is written: if this export is killed, the next one
            // finds a folder that is Masthead's and completes it.
            byte[] empty = ExportManifest.EMPTY.toBytes();
            replace(mf, empty);
            return new ExportFolder(root, ExportManifest.EMPTY, empty, new HashMap<>());
        }
        byte[] bytes = Files.readAllBytes(mf);
        ExportManifest m;
        try {
            m = ExportManifest.parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot export to " + root + ": its " + SitePaths.MANIFEST + " cannot be used (" + e.getMessage()
                    + "). Choose another folder. Nothing was written.", e);
        }
        return new ExportFolder(root, m, bytes, scan(root));
    }

    /** The sizes of the regular files below {@code root}; deletes the temporary files of an interrupted export. */
    private static Map<String, Long> scan(Path root) throws IOException {
        Map<String, Long> out = new HashMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                if (!a.isRegularFile()) return FileVisitResult.CONTINUE;
                String rel = relative(root, f);
                if (rel.endsWith(SitePaths.TEMP_SUFFIX) && f.getFileName().toString().startsWith(".")) Files.deleteIfExists(f);
                else out.put(rel, a.size());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                return FileVisitResult.CONTINUE; // unreadable foreign files are not ours to judge
            }
        });
        return out;
    }

    private static String relative(Path root, Path f) {
        return root.relativize(f).toString().replace(java.io.File.separatorChar, '/');
    }

    Path root() {
        return root;
    }

    ExportManifest manifest() {
        return manifest;
    }

    /** The size of the regular file at {@code path} when the folder was opened, or -1. */
    long size(String path) {
        return sizes.getOrDefault(path, -1L);
    }

    byte[] read(String path) throws IOException {
        return Files.readAllBytes(SitePaths.resolve(root, path));
    }

    /**
     * Writes {@code bytes} at {@code path}: into a temporary file next to it, then renamed over
     * it. Folders missing on the way are created.
     */
    void write(String path, byte[] bytes) throws IOException {
        Path file = SitePaths.resolve(root, path);
        for (String folder : SitePaths.folders(path)) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) continue;
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) throw inTheWay("write", path, dir);
            Files.createDirectory(dir);
        }
        replace(file, bytes);
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + SitePaths.TEMP_SUFFIX);
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes the file at {@code path} (a link itself, never what it points to); false if there was none. */
    boolean delete(String path) throws IOException {
        Path file = SitePaths.resolve(root, path);
        for (String folder : SitePaths.folders(path)) {
            Path dir = root.resolve(folder);
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return false;
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) throw inTheWay("delete", path, dir);
        }
        return Files.deleteIfExists(file);
    }

    /** A link could lead outside the target, and a file cannot hold a page: neither is gone through. */
    private static IllegalStateException inTheWay(String what, String path, Path dir) {
        return new IllegalStateException("cannot " + what + " " + path + ": " + dir + " is not a folder (a link or a file is in the way)");
    }

    /** Deletes {@code folder} if it is an empty folder (called deepest first, after its files); true if it did. */
    boolean deleteIfEmpty(String folder) throws IOException {
        Path dir = SitePaths.resolve(root, folder);
        for (String above : SitePaths.folders(folder)) {
            if (!Files.isDirectory(root.resolve(above), LinkOption.NOFOLLOW_LINKS)) return false;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return false;
        try (var list = Files.list(dir)) {
            if (list.findAny().isPresent()) return false;
        }
        try {
            Files.delete(dir);
            return true;
        } catch (java.nio.file.DirectoryNotEmptyException | NoSuchFileException e) {
            return false;
        }
    }

    /** Writes the manifest last, atomically, and only when its bytes change. */
    void writeManifest(ExportManifest m) throws IOException {
        byte[] bytes = m.toBytes();
        if (java.util.Arrays.equals(bytes, manifestBytes)) return;
        replace(root.resolve(SitePaths.MANIFEST), bytes);
    }
}
