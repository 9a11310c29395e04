package org.masthead.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes a {@link SiteSource} into a folder, incrementally by default. The rules (also in
 * {@code docs/export.md}):
 * <ul>
 * <li>A page whose input hash equals the manifest's, and whose file still holds the bytes the
 *     manifest records, is skipped without rendering it. Any other page is rendered, and its file
 *     is written only when the bytes differ from what is on disk; {@link Options#full} renders
 *     every page but still writes only what differs.</li>
 * <li>Each file is written under a temporary name and renamed into place; the manifest is
 *     written last, so a kill leaves every file whole (old or new) and the next export, which
 *     re-checks what the old manifest lists, completes the rest.</li>
 * <li>Only files the old manifest lists and the site no longer has are deleted, and the
 *     folders that held them once they are empty. A folder that is neither empty nor
 *     Masthead's is refused.</li>
 * <li>Cancelling stops between files and still writes a manifest of what is on disk.</li>
 * </ul>
 */
public final class Exporter {

    /** How to export. */
    public record Options(boolean full, boolean force) {
        /** Incremental, refused while the gate has errors. */
        public static final Options INCREMENTAL = new Options(false, false);

        public Options withFull(boolean f) {
            return new Options(f, force);
        }

        public Options withForce(boolean f) {
            return new Options(full, f);
        }
    }

    /** Told after each page; asked before each whether to stop. Called on the exporting thread. */
    public interface Progress {
        Progress NONE = (done, total, path) -> { };

        /** {@code done} of {@code total} pages are settled, the last being {@code path}. */
        void page(int done, int total, String path);

        /** True to stop before the next file; what is done stays done and is recorded. */
        default boolean cancelled() {
            return false;
        }
    }

    /**
     * What an export did.
     *
     * @param writtenPaths the pages whose files were written, in the site's order
     * @param unchanged    pages whose files already held their bytes
     * @param removedPaths files deleted because the site no longer has them
     * @param cancelled    true if it stopped early (nothing was removed then)
     * @param overridden   the gate's errors that {@link Options#force} overrode
     * @param inputsWorkedOut pages whose input hash had to be worked out (the others' inputs were
     *                     known unchanged from what they depend on)
     */
    public record Report(List<String> writtenPaths, int unchanged, List<String> removedPaths, boolean cancelled, List<String> overridden,
                         int inputsWorkedOut) {
        public Report {
            writtenPaths = List.copyOf(writtenPaths);
            removedPaths = List.copyOf(removedPaths);
            overridden = List.copyOf(overridden);
        }

        public int written() {
            return writtenPaths.size();
        }

        public int removed() {
            return removedPaths.size();
        }

        /** "3 pages written, 120 unchanged, 1 removed". */
        public String summary() {
            return written() + (written() == 1 ? " page" : " pages") + " written, " + unchanged + " unchanged, " + removed() + " removed";
        }
    }

    /** The export did not start because the gate found errors and {@link Options#force} was not given. */
    public static final class BlockedException extends IllegalStateException {
        private final List<String> errors;

        public BlockedException(List<String> errors) {
            super("export refused: " + errors.size() + (errors.size() == 1 ? " error" : " errors") + " to fix first (or force the export):\n  "
                    + String.join("\n  ", errors));
            this.errors = List.copyOf(errors);
        }

        public List<String> errors() {
            return errors;
        }
    }

    /** How many pages per core are checked and rendered ahead of the one being written. */
    static final int AHEAD = 8;

    /** Runs the look at the target folder beside the building of the site. */
    private static final java.util.concurrent.Executor DAEMON = r -> {
        Thread t = new Thread(r, "masthead-export-survey");
        t.setDaemon(true);
        t.start();
    };

    private final ExportGate gate;

    public Exporter(ExportGate gate) {
        this.gate = gate;
    }

    public Exporter() {
        this(ExportGate.NONE);
    }

    /**
     * Exports {@code source} into {@code target} (created if missing).
     *
     * @throws BlockedException      if the gate has errors and {@code options.force()} is false
     * @throws IllegalArgumentException if a page's path is invalid or given twice; nothing was written
     * @throws IllegalStateException if the target is refused; nothing was written
     * @throws IOException           if writing failed; every file is still whole and the manifest says what is on disk
     */
    public Report export(SiteSource source, Path target, Options options, Progress progress) throws IOException {
        // The folder is looked at (read only) while the site is being built.
        CompletableFuture<ExportFolder.Survey> survey = CompletableFuture.supplyAsync(() -> ExportFolder.survey(target), DAEMON);
        // Beside the reading, for the stamps; not for a full export, whose peak memory is mostly the reading's garbage.
        if (!options.full()) CodeStamp.prepare();
        SiteSource.Pages site = options.full() ? new SiteSource.Pages(source.pages(), source.stamps(), null)
                : source.pagesAfter(() -> survey.join().manifest());
        if (site.partial()) {
            // The pages not looked at are taken as recorded: only while every one of their files still is.
            java.util.Set<String> looked = new HashSet<>();
            for (SitePage p : site.pages()) looked.add(p.path());
            if (!survey.join().keepsAllBut(looked)) site = new SiteSource.Pages(source.pages(), source.stamps(), null);
        }
        List<SitePage> pages = site.pages();
        checkPaths(pages);
        ExportManifest before = options.full() ? null : survey.join().manifest();
        SiteStamps stamps = site.stamps();
        KnownInputs inputs = new KnownInputs(before, stamps);
        Set<Long> unchanged = site.partial() ? unchangedAmong(site.kept(), pages, before, inputs::of) : unchangedArticles(pages, before, inputs::of);
        List<ExportGate.Error> blocking = gate.errors(unchanged);
        List<String> lines = blocking.stream().map(ExportGate.Error::text).toList();
        if (!blocking.isEmpty() && !options.force()) throw new BlockedException(lines);
        ExportManifest.Checked checked = null;
        if (gate.checks()) {
            SortedSet<Long> ids = new TreeSet<>();
            for (ExportGate.Error e : blocking) ids.add(e.articleId());
            checked = new ExportManifest.Checked(ids);
        }
        ExportFolder folder = ExportFolder.open(survey.join());
        if (site.partial() && folder.manifest() != before) {
            // Another export finished into the folder since it was looked at: what this one would keep is not known to be there.
            throw new IllegalStateException("the folder " + folder.root() + " was exported to by someone else meanwhile; nothing was written. "
                    + "Export again.");
        }
        return new Run(folder, pages, options.full(), progress, checked, inputs, stamps, site.partial()).go(lines);
    }

    /**
     * As {@link #unchangedArticles}, when only some pages were looked at: the articles whose pages
     * were kept as recorded, and those among the pages looked at whose input hash is the recorded one.
     */
    static Set<Long> unchangedAmong(Set<Long> kept, List<SitePage> pages, ExportManifest before,
                                    java.util.function.Function<SitePage, String> inputOf) {
        if (before == null || before.checked() == null || before.checked().everything()) return Set.of();
        Set<Long> out = new HashSet<>(kept);
        for (SitePage p : pages) {
            if (p.articleId() == 0) continue;
            ExportManifest.Entry was = before.pages().get(p.path());
            if (was != null && was.inputHash().equals(inputOf.apply(p))) out.add(p.articleId());
            else out.remove(p.articleId());
        }
        out.removeAll(before.checked().overridden());
        return out;
    }

    /**
     * The articles the gate need not check again: those whose article page has the input hash
     * the last export recorded, unless that export overrode their errors. None when there is no
     * such record (a full export, a first one, one after an export without checks) or when a page
     * of the last export has left the site (a link to it anywhere may now be broken).
     */
    static Set<Long> unchangedArticles(List<SitePage> pages, ExportManifest before, java.util.function.Function<SitePage, String> inputOf) {
        if (before == null || before.checked() == null || before.checked().everything()) return Set.of();
        Map<String, SitePage> byPath = new HashMap<>(pages.size() * 2);
        for (SitePage p : pages) byPath.put(p.path(), p);
        for (String path : before.pages().keySet()) if (!byPath.containsKey(path)) return Set.of();
        Set<Long> out = new HashSet<>();
        for (SitePage p : pages) {
            if (p.articleId() == 0) continue;
            ExportManifest.Entry was = before.pages().get(p.path());
            if (was != null && was.inputHash().equals(inputOf.apply(p))) out.add(p.articleId());
        }
        out.removeAll(before.checked().overridden());
        return out;
    }

    /** Every path valid, none twice, none both a file and a folder: checked before anything is written. */
    private static void checkPaths(List<SitePage> pages) {
        Set<String> files = new HashSet<>();
        Set<String> folders = new HashSet<>();
        for (SitePage p : pages) {
            SitePaths.check(p.path());
            if (!files.add(p.path())) throw new IllegalArgumentException("the site has two pages at " + p.path() + "; nothing was written");
            folders.addAll(SitePaths.folders(p.path()));
        }
        for (String f : folders) {
            if (files.contains(f)) throw new IllegalArgumentException("the site has a page at " + f + " and pages inside it; nothing was written");
        }
    }

    /**
     * What a page needs, worked out off the writing thread: nothing ({@code keep}: its file is
     * as recorded), or its bytes and whether the file already holds them; or the failure to
     * raise when its turn comes.
     */
    private record Outcome(ExportManifest.Entry keep, ExportFolder.FileState state, byte[] bytes, boolean same, RuntimeException failure,
                           IOException ioFailure) {
    }

    /** One export's state: what is settled so far, so that any stop records a true manifest. */
    private static final class Run {
        private final ExportFolder folder;
        private final List<SitePage> pages;
        private final boolean full;
        private final Progress progress;
        private final ExportManifest old;
        private final ExportManifest.Checked checked;
        private final SortedMap<String, ExportManifest.Entry> settled = new TreeMap<>();
        private final SortedMap<String, ExportFolder.FileState> states = new TreeMap<>();
        private final Set<String> removed = new HashSet<>();
        private final KnownInputs inputs;
        private final SiteStamps stamps;
        /** {@code pages} are some of the site's: every other page the old manifest lists is still one, as recorded. */
        private final boolean partial;
        private boolean complete;

        Run(ExportFolder folder, List<SitePage> pages, boolean full, Progress progress, ExportManifest.Checked checked, KnownInputs inputs,
            SiteStamps stamps, boolean partial) {
            this.partial = partial;
            this.inputs = inputs;
            this.stamps = stamps;
            this.folder = folder;
            this.pages = pages;
            this.full = full;
            this.progress = progress;
            this.checked = checked;
            this.old = folder.manifest();
        }

        Report go(List<String> overridden) throws IOException {
            List<String> written = new ArrayList<>();
            List<String> removedPaths = new ArrayList<>();
            int unchanged = 0;
            boolean cancelled = false;
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "masthead-export-render");
                t.setDaemon(true);
                return t;
            });
            List<CompletableFuture<Outcome>> ahead = new ArrayList<>(pages.size());
            try {
                // Pages are checked and rendered up to AHEAD in front of the one being written, on all
                // cores; files are written and recorded on this thread, in the site's order.
                cancelled = progress.cancelled();
                for (int i = 0; i < pages.size() && !cancelled; i++) {
                    while (ahead.size() < pages.size() && ahead.size() <= i + AHEAD * threads) {
                        SitePage p = pages.get(ahead.size());
                        Outcome known = trusted(p);
                        ahead.add(known != null ? CompletableFuture.completedFuture(known) : CompletableFuture.supplyAsync(() -> work(p), pool));
                    }
                    if (i > 0 && progress.cancelled()) {
                        cancelled = true;
                        break;
                    }
                    SitePage page = pages.get(i);
                    Outcome o = ahead.get(i).join();
                    ahead.set(i, null);
                    if (settle(page, o)) written.add(page.path());
                    else unchanged++;
                    progress.page(settled.size(), pages.size(), page.path());
                }
                if (!cancelled) {
                    if (partial) {
                        // every page of the old manifest is still a page: none to remove; those not looked at are unchanged
                        int looked = 0;
                        for (SitePage p : pages) if (old.pages().containsKey(p.path())) looked++;
                        unchanged += old.pages().size() - looked;
                    } else {
                        removedPaths = removeStale();
                    }
                    complete = true;
                }
            } finally {
                for (CompletableFuture<Outcome> f : ahead) if (f != null) f.cancel(false);
                pool.shutdown();
                folder.writeManifest(manifest());
                folder.writeFiles(fileStates());
            }
            return new Report(written, unchanged, removedPaths, cancelled, overridden, inputs.workedOut());
        }

        /** The outcome of a page whose file is trusted as recorded (nothing to read or render), else null. */
        private Outcome trusted(SitePage page) {
            ExportManifest.Entry was = old.pages().get(page.path());
            if (full || was == null || !folder.trusted(page.path(), was) || !was.inputHash().equals(inputs.of(page))) return null;
            return new Outcome(keep(page, was), folder.found(page.path(), was.sha256()), null, true, null, null);
        }

        /** Checks the file against the manifest, else renders the page and compares; any thread. */
        private Outcome work(SitePage page) {
            String path = page.path();
            try {
                ExportManifest.Entry was = old.pages().get(path);
                long size = folder.size(path);
                if (!full && was != null && size == was.size() && was.inputHash().equals(inputs.of(page))) {
                    if (folder.trusted(path, was)) return new Outcome(keep(page, was), folder.found(path, was.sha256()), null, true, null, null);
                    if (sha256(folder.read(path)).equals(was.sha256())) {
                        return new Outcome(keep(page, was), folder.found(path, was.sha256()), null, true, null, null);
                    }
                }
                byte[] bytes = page.content().get();
                if (bytes == null) throw new IllegalStateException("the page " + path + " has no content");
                boolean same = size == bytes.length && Arrays.equals(folder.read(path), bytes);
                return new Outcome(null, null, bytes, same, null, null);
            } catch (RuntimeException e) {
                return new Outcome(null, null, null, false, e, null);
            } catch (IOException e) {
                return new Outcome(null, null, null, false, null, e);
            }
        }

        /** Brings one page's file up to date, in the site's order; true if it was written. */
        private boolean settle(SitePage page, Outcome o) throws IOException {
            if (o.failure() != null) throw o.failure();
            if (o.ioFailure() != null) throw o.ioFailure();
            String path = page.path();
            if (o.keep() != null) {
                settled.put(path, o.keep());
                states.put(path, o.state());
                return false;
            }
            byte[] bytes = o.bytes();
            String sha = sha256(bytes);
            ExportManifest.Entry now = new ExportManifest.Entry(inputs.of(page), sha, bytes.length, page.deps());
            if (!o.same()) folder.write(path, bytes);
            settled.put(path, now);
            states.put(path, o.same() ? folder.found(path, sha) : folder.stat(path, sha));
            return !o.same();
        }

        /**
         * Deletes what the old manifest lists and the site no longer has, then the folders that
         * held those files if that left them empty: they hold nothing of anyone's.
         */
        private List<String> removeStale() throws IOException {
            Set<String> current = new HashSet<>();
            for (SitePage p : pages) current.add(p.path());
            List<String> out = new ArrayList<>();
            Set<String> touched = new TreeSet<>();
            for (String path : old.pages().keySet()) {
                if (current.contains(path)) continue;
                if (folder.delete(path)) out.add(path);
                removed.add(path);
                touched.addAll(SitePaths.folders(path));
            }
            // Deepest first: "a/b" sorts after "a".
            List<String> candidates = new ArrayList<>(touched);
            java.util.Collections.reverse(candidates);
            for (String f : candidates) folder.deleteIfEmpty(f);
            return out;
        }

        /**
         * What is on disk now: the settled pages, plus the old entries of the pages not reached
         * and of the files not removed (untouched, so still as recorded). After a complete run
         * that is exactly the site's pages.
         */
        private ExportManifest manifest() {
            List<Map.Entry<String, ExportManifest.Entry>> m = merged(settled, old.pages(), (path, was) -> removed.contains(path) ? null : was);
            // Stamps only after a complete run: a page left as it was must not look up to date with them.
            return new ExportManifest(Sorted.of(m), checked, complete ? stamps : null);
        }

        /**
         * {@code now}'s entries, and for the paths only {@code was} has, {@code keep}'s answer (none
         * when null): both are in path order, and so is the list, made in one pass (the old
         * manifest lists every page, and putting 15,000 paths into a tree compares their long
         * common beginnings again and again).
         */
        private static <A, B> List<Map.Entry<String, A>> merged(SortedMap<String, A> now, SortedMap<String, B> was,
                                                               java.util.function.BiFunction<String, B, A> keep) {
            List<Map.Entry<String, A>> out = new ArrayList<>(was.size() + now.size());
            java.util.Iterator<Map.Entry<String, A>> a = now.entrySet().iterator();
            java.util.Iterator<Map.Entry<String, B>> b = was.entrySet().iterator();
            Map.Entry<String, A> x = a.hasNext() ? a.next() : null;
            Map.Entry<String, B> y = b.hasNext() ? b.next() : null;
            while (x != null || y != null) {
                int c = x == null ? 1 : y == null ? -1 : x.getKey().compareTo(y.getKey());
                if (c <= 0) {
                    out.add(Map.entry(x.getKey(), x.getValue()));
                    x = a.hasNext() ? a.next() : null;
                    if (c == 0) y = b.hasNext() ? b.next() : null;
                } else {
                    A kept = keep.apply(y.getKey(), y.getValue());
                    if (kept != null) out.add(Map.entry(y.getKey(), kept));
                    y = b.hasNext() ? b.next() : null;
                }
            }
            return out;
        }

        /** A page whose file is kept: its entry as recorded, with what it depends on now (the same, or unknown before). */
        private static ExportManifest.Entry keep(SitePage page, ExportManifest.Entry was) {
            return java.util.Objects.equals(was.deps(), page.deps()) ? was
                    : new ExportManifest.Entry(was.inputHash(), was.sha256(), was.size(), page.deps());
        }

        /** The state of every file the manifest lists: as settled, else as recorded last time (if the file is still as it was then). */
        private Map<String, ExportFolder.FileState> fileStates() {
            List<Map.Entry<String, ExportFolder.FileState>> m = merged(states, old.pages(), (path, entry) -> {
                if (removed.contains(path)) return null;
                ExportFolder.FileState was = folder.recorded(path);
                ExportFolder.FileState now = folder.found(path, null);
                return was != null && now != null && was.size() == now.size() && was.mtime() == now.mtime() ? was : null;
            });
            Map<String, ExportFolder.FileState> out = new java.util.LinkedHashMap<>(m.size() * 2);
            for (Map.Entry<String, ExportFolder.FileState> e : m) out.put(e.getKey(), e.getValue());
            return out;
        }
    }

    static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
