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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The export's target folder: what is in it, and the only code that writes or deletes there.
 * Every file is written under a temporary name in its own folder and renamed into place, so a
 * reader (or a kill) sees the old bytes or the new, never part of a file.
 *
 * <p>Beside the manifest, {@value SitePaths#FILES} records each file's size and modification
 * time as they were after the last export, with the SHA-256 the manifest gave it then: a file
 * whose size and time still match, and whose recorded hash is the manifest's, is trusted to
 * hold those bytes without reading it (docs/export.md).
 */
final class ExportFolder {

    /** A file as last seen: its size, modification time (nanoseconds since the epoch) and, in the state file, the SHA-256 of its bytes. */
    record FileState(long size, long mtime, String sha256) {
    }

    /** Version 2: written only by exports that delete the file before their first change (an older one's is read, not relied on to mean "no temporary files"). */
    static final String FILES_HEADER = "masthead-export-files 2";
    private static final String FILES_HEADER_1 = "masthead-export-files 1";

    private final Path root;
    private final ExportManifest manifest;
    private final byte[] manifestBytes;
    /** Regular files found at opening, by path below the root: their sizes and times (no hash). */
    private final Found found;
    /** The state file's record, by path; empty when there was none. */
    private final Map<String, FileState> recorded;
    private final byte[] recordedBytes;
    /** The state file's own modification time: a file changed at or after it may have changed within the clock's resolution. */
    private final long recordedAt;
    /** Something was written or deleted: the state file was deleted first ({@link #changing}) and must be written again. */
    private boolean changed;
    /** Folders inside the root known to be folders (made or met by a write): not looked at again. */
    private final java.util.Set<String> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ExportFolder(Path root, ExportManifest manifest, byte[] manifestBytes, Found found,
                         Map<String, FileState> recorded, byte[] recordedBytes, long recordedAt) {
        this.root = root;
        this.manifest = manifest;
        this.manifestBytes = manifestBytes;
        this.found = found;
        this.recorded = recorded;
        this.recordedBytes = recordedBytes;
        this.recordedAt = recordedAt;
    }

    /**
     * A folder Masthead exported to, as read without writing anything: its manifest, its files
     * and the state file. Made while the site is being built and before the gate decides;
     * {@link #open(Survey)} then checks that the manifest is still the one read and uses it.
     */
    static final class Survey {
        private final Path root;
        private final byte[] manifestBytes;
        private final ExportManifest manifest;
        private final Found found;
        private final List<Path> temps;
        private final byte[] state;
        private final Map<String, FileState> recorded;
        private final long recordedAt;

        private Survey(Path root, byte[] manifestBytes, ExportManifest manifest, Found found, List<Path> temps, byte[] state,
                       Map<String, FileState> recorded, long recordedAt) {
            this.root = root;
            this.manifestBytes = manifestBytes;
            this.manifest = manifest;
            this.found = found;
            this.temps = temps;
            this.state = state;
            this.recorded = recorded;
            this.recordedAt = recordedAt;
        }

        /** The manifest read, or {@code null} when there is none or it cannot be used ({@link #open} then says why). */
        ExportManifest manifest() {
            return manifest;
        }

        /**
         * True when every file the manifest read lists, but those at {@code except}, may be taken
         * to hold what it records without reading it ({@link ExportFolder#trusted}).
         */
        boolean keepsAllBut(java.util.Set<String> except) {
            if (manifest == null || found == null) return false;
            int read = 0;
            for (Map.Entry<String, ExportManifest.Entry> e : manifest.pages().entrySet()) {
                String path = e.getKey();
                if (except.contains(path) || trusted(found, recorded, recordedAt, path, e.getValue())) continue;
                // Not to be taken on trust (written in the same clock tick as the state file, say): read, as an export
                // of every page would; more than a few such files, and that export is the cheaper way.
                FileState f = found.get(path);
                if (f == null || f.size() != e.getValue().size() || ++read > MAX_READ) return false;
                try {
                    if (!Exporter.sha256(Files.readAllBytes(SitePaths.resolve(root, path))).equals(e.getValue().sha256())) return false;
                } catch (IOException | RuntimeException x) {
                    return false;
                }
            }
            return true;
        }

        /** Files {@link #keepsAllBut} reads at most before it says no. */
        private static final int MAX_READ = 64;
    }

    /** Looks at {@code target} without writing; never fails (what cannot be read is left to {@link #open(Survey)}). */
    static Survey survey(Path target) {
        Path root = target.toAbsolutePath().normalize();
        try {
            Path mf = root.resolve(SitePaths.MANIFEST);
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(mf, LinkOption.NOFOLLOW_LINKS)) {
                return new Survey(root, null, null, null, null, null, null, 0);
            }
            byte[] bytes = Files.readAllBytes(mf);
            ExportManifest m = ExportManifest.parse(bytes);
            List<Path> temps = new ArrayList<>();
            State st = readState(root);
            // With the state file there, the last export ran to its end and left no temporary file
            // (an export deletes it before it changes anything, and writes it last): the files the
            // manifest lists are looked at one by one instead of walking every folder.
            boolean complete = st.bytes() != null && new String(st.bytes(), 0, Math.min(st.bytes().length, FILES_HEADER.length() + 1),
                    StandardCharsets.UTF_8).equals(FILES_HEADER + "\n");
            Found found = complete ? Found.listed(root, m.pages().keySet()) : Found.walk(root, temps);
            return new Survey(root, bytes, m, found, temps, st.bytes(), st.recorded(), st.at());
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            return new Survey(root, null, null, null, null, null, null, 0);
        }
    }

    private record State(byte[] bytes, Map<String, FileState> recorded, long at) {
    }

    private static State readState(Path root) throws IOException {
        Path files = root.resolve(SitePaths.FILES);
        if (!Files.isRegularFile(files, LinkOption.NOFOLLOW_LINKS)) return new State(null, Map.of(), Long.MIN_VALUE);
        long at = Files.getLastModifiedTime(files, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS);
        byte[] bytes = Files.readAllBytes(files);
        return new State(bytes, parseFiles(bytes), at);
    }

    /**
     * Opens the folder {@code survey} looked at, as {@link #open(Path)} would, using what it read
     * when the manifest is still the same bytes (else it looks again).
     */
    static ExportFolder open(Survey survey) throws IOException {
        if (survey.manifest == null) return open(survey.root);
        Path mf = survey.root.resolve(SitePaths.MANIFEST);
        byte[] now;
        try {
            now = Files.isRegularFile(mf, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(mf) : null;
        } catch (IOException e) {
            now = null;
        }
        if (now == null || !java.util.Arrays.equals(now, survey.manifestBytes)) return open(survey.root);
        for (Path t : survey.temps) Files.deleteIfExists(t);
        return new ExportFolder(survey.root, survey.manifest, survey.manifestBytes, survey.found, survey.recorded, survey.state,
                survey.recordedAt);
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
            return new ExportFolder(root, ExportManifest.EMPTY, empty, Found.walk(root), Map.of(), null, Long.MIN_VALUE);
        }
        byte[] bytes = Files.readAllBytes(mf);
        ExportManifest m;
        try {
            m = ExportManifest.parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot export to " + root + ": its " + SitePaths.MANIFEST + " cannot be used (" + e.getMessage()
                    + "). Choose another folder. Nothing was written.", e);
        }
        Found found = Found.walk(root);
        State st = readState(root);
        return new ExportFolder(root, m, bytes, found, st.recorded(), st.bytes(), st.at());
    }

    /** The state file's lines, "SIZE MTIME SHA256 PATH"; a damaged file counts as none (every file is then read and hashed). */
    private static Map<String, FileState> parseFiles(byte[] bytes) {
        Map<String, FileState> out = new HashMap<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        if (nl < 0 || !(text.substring(0, nl).equals(FILES_HEADER) || text.substring(0, nl).equals(FILES_HEADER_1))) return Map.of();
        try {
            for (int i = nl + 1; i < text.length(); ) {
                int end = text.indexOf('\n', i);
                if (end < 0) return Map.of(); // cut short: not ours to trust
                int a = text.indexOf(' ', i);
                int b = text.indexOf(' ', a + 1);
                int c = text.indexOf(' ', b + 1);
                if (a < 0 || b < 0 || c < 0 || c > end) return Map.of();
                out.put(text.substring(c + 1, end), new FileState(Long.parseLong(text, i, a, 10), Long.parseLong(text, a + 1, b, 10),
                        text.substring(b + 1, c)));
                i = end + 1;
            }
        } catch (NumberFormatException e) {
            return Map.of();
        }
        return out;
    }

    /**
     * The regular files below the root with their sizes and times: every one, from a walk through
     * every folder, or those a manifest lists, each looked at, and any other when first asked
     * about. Safe from any thread.
     */
    private static final class Found {
        /** A path looked at and found to hold no regular file. */
        private static final FileState NONE = new FileState(-1, -1, null);

        private final Path root;
        private final Map<String, FileState> known;
        private final boolean everything;

        private Found(Path root, Map<String, FileState> known, boolean everything) {
            this.root = root;
            this.known = known;
            this.everything = everything;
        }

        /** Every regular file below {@code root}; deletes the temporary files of an interrupted export. */
        static Found walk(Path root) throws IOException {
            List<Path> temps = new ArrayList<>();
            Found out = walk(root, temps);
            for (Path t : temps) Files.deleteIfExists(t);
            return out;
        }

        /** Every regular file below {@code root}; the temporary files of an interrupted export go to {@code temps}. */
        static Found walk(Path root, List<Path> temps) throws IOException {
            return new Found(root, scan(root, temps), true);
        }

        /** The files at {@code paths} (others when asked about). */
        static Found listed(Path root, java.util.Collection<String> paths) {
            Map<String, FileState> known = new java.util.concurrent.ConcurrentHashMap<>(paths.size() * 2);
            for (String p : paths) known.put(p, look(root, p));
            return new Found(root, known, false);
        }

        /**
         * The file at {@code path} as a stat sees it: through a folder that is a link too (a walk
         * would not go in), which is only ever read: writing and deleting refuse to go through one.
         */
        private static FileState look(Path root, String path) {
            try {
                BasicFileAttributes a = Files.readAttributes(SitePaths.resolve(root, path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return a.isRegularFile() ? new FileState(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), null) : NONE;
            } catch (IOException | RuntimeException e) {
                return NONE; // missing, or not for us to look into: as a walk would not have found it
            }
        }

        /** The file at {@code path} as found, or null. */
        FileState get(String path) {
            FileState f = known.get(path);
            if (f == null && !everything) {
                f = look(root, path);
                known.putIfAbsent(path, f);
            }
            return f == NONE ? null : f;
        }
    }

    /** The sizes and times of the regular files below {@code root}; the temporary files of an interrupted export go to {@code temps}. */
    private static Map<String, FileState> scan(Path root, List<Path> temps) throws IOException {
        Map<String, FileState> out = new HashMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                if (!a.isRegularFile()) return FileVisitResult.CONTINUE;
                String rel = relative(root, f);
                if (rel.endsWith(SitePaths.TEMP_SUFFIX) && f.getFileName().toString().startsWith(".")) temps.add(f);
                else out.put(rel, new FileState(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), null));
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
        FileState f = found.get(path);
        return f == null ? -1 : f.size();
    }

    /** The file at {@code path} as found when the folder was opened, with {@code sha256}; null if there was none. */
    FileState found(String path, String sha256) {
        FileState f = found.get(path);
        return f == null ? null : new FileState(f.size(), f.mtime(), sha256);
    }

    /**
     * True when the file at {@code path} may be taken to hold the bytes {@code entry} records
     * without reading it: the state file recorded it with this size, time and hash, it still has
     * that size and time, and that time is older than the state file (a change within the
     * clock's resolution of the last export could otherwise hide).
     */
    boolean trusted(String path, ExportManifest.Entry entry) {
        return trusted(found, recorded, recordedAt, path, entry);
    }

    private static boolean trusted(Found found, Map<String, FileState> recorded, long recordedAt, String path,
                                   ExportManifest.Entry entry) {
        FileState now = found.get(path);
        FileState then = recorded.get(path);
        return now != null && then != null && now.size() == then.size() && now.mtime() == then.mtime() && now.mtime() < recordedAt
                && now.size() == entry.size() && then.sha256().equals(entry.sha256());
    }

    /** The state file's record of {@code path}, or null. */
    FileState recorded(String path) {
        return recorded.get(path);
    }

    /** The file at {@code path} as it is now (after writing it), with {@code sha256}. */
    FileState stat(String path, String sha256) throws IOException {
        BasicFileAttributes a = Files.readAttributes(SitePaths.resolve(root, path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new FileState(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), sha256);
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
        changing();
        for (String folder : SitePaths.folders(path)) {
            if (folders.contains(folder)) continue;
            Path dir = root.resolve(folder);
            try {
                Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // there already: fine if it is a folder
                if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) throw inTheWay("write", path, dir);
            }
            folders.add(folder);
        }
        replace(file, bytes);
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + SitePaths.TEMP_SUFFIX);
        boolean moved = false;
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }

    /**
     * Before the first change an export makes: the state file goes, and is written again after the
     * manifest. Killed in between, the export leaves no state file, and the next one neither
     * trusts a file without reading it nor skips the walk that sweeps temporary files away.
     */
    private void changing() throws IOException {
        if (changed) return;
        Files.deleteIfExists(root.resolve(SitePaths.FILES));
        changed = true;
    }

    /** Deletes the file at {@code path} (a link itself, never what it points to); false if there was none. */
    boolean delete(String path) throws IOException {
        Path file = SitePaths.resolve(root, path);
        changing();
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
        // Equal to the one read: its bytes would be too (one pass over the entries instead of megabytes of JSON).
        if (manifestBytes != null && m.equals(manifest)) return;
        byte[] bytes = m.toBytes();
        if (java.util.Arrays.equals(bytes, manifestBytes)) return;
        changing();
        replace(root.resolve(SitePaths.MANIFEST), bytes);
    }

    /**
     * Writes the state file after the manifest, atomically, only when its bytes change. Either
     * order would be safe: an entry is trusted only when its hash is the manifest's. {@code files}
     * iterates in path order.
     */
    void writeFiles(Map<String, FileState> files) throws IOException {
        if (!changed && recordedBytes != null && files.equals(recorded)) return;
        StringBuilder sb = new StringBuilder(files.size() * 110).append(FILES_HEADER).append('\n');
        files.forEach((path, f) -> sb.append(f.size()).append(' ').append(f.mtime()).append(' ').append(f.sha256()).append(' ').append(path)
                .append('\n'));
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (!changed && java.util.Arrays.equals(bytes, recordedBytes)) return;
        changing(); // a kill while it is replaced leaves none (and perhaps a temporary file): the next export walks
        replace(root.resolve(SitePaths.FILES), bytes);
    }
}
