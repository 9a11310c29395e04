package org.masthead.ingest.markdown;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.masthead.model.Article;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Author;
import org.masthead.store.ArticleStore;
import org.masthead.store.ImageStore;
import org.masthead.store.ImportStore;
import org.masthead.store.PublicationStore;

/**
 * Imports Markdown files with YAML front matter (a Hugo or Jekyll site being migrated) as
 * articles: {@code masthead import-md} and File ▸ Import Markdown… both call this. Files and
 * folders (walked recursively) may be mixed; files that are not Markdown are skipped silently; a
 * file with an error is reported with its line and the others are imported. Files are read in
 * parallel and written in transactions of {@link #BATCH} files.
 *
 * <p>Each file is known by its path inside the folder it was imported from, with that folder's
 * name ({@code import-md:corpus/2024/a.md}); the store keeps, per file, the article it became
 * and a hash of what was imported, so importing an unchanged file again writes nothing and a
 * changed file updates the same article. See docs/markdown-import.md.
 */
public final class MarkdownImporter {

    /** The prefix of the keys under which imported files are recorded. */
    public static final String KEY_PREFIX = "import-md:";
    /** Files written per transaction: one disk sync each. */
    public static final int BATCH = 500;

    private final ArticleStore articles;
    private final ImageStore images;
    private final ImportStore imports;
    private final PublicationStore publication;
    private final MarkdownBodyReader bodies = new MarkdownBodyReader();

    public MarkdownImporter(ArticleStore articles, ImageStore images, ImportStore imports, PublicationStore publication) {
        this.articles = articles;
        this.images = images;
        this.imports = imports;
        this.publication = publication;
    }

    /** A Markdown file to import, the folder it was found under, and its key. */
    private record Candidate(Path file, Path root, String key) {
    }

    public ImportReport importPaths(List<Path> paths, Instant now) {
        return importPaths(paths, now, done -> { });
    }

    /** Imports {@code paths}; {@code progress} hears the number of files handled after each batch. */
    public ImportReport importPaths(List<Path> paths, Instant now, IntConsumer progress) {
        ImportReport report = new ImportReport();
        List<Candidate> candidates = collect(paths, report);
        Map<String, ImportStore.Source> sources = imports.sources(KEY_PREFIX);
        MarkdownFile.Context base = new MarkdownFile.Context(null, publication.get().defaultZone(), publication.site().language());
        int done = 0;
        for (int i = 0; i < candidates.size(); i += BATCH) {
            List<Candidate> batch = candidates.subList(i, Math.min(candidates.size(), i + BATCH));
            List<Object> read = batch.parallelStream().map(c -> read(c, base)).toList();
            List<Pending> pending = new ArrayList<>();
            for (int k = 0; k < batch.size(); k++) {
                Object r = read.get(k);
                if (r instanceof ImportReport.Message m) {
                    // A warning alone means the file was left out on purpose; an error, that it could not be imported.
                    report.message(m);
                    report.add(new ImportReport.FileResult(batch.get(k).file(), m.error() ? ImportReport.Outcome.FAILED
                            : ImportReport.Outcome.SKIPPED, 0, 0));
                } else {
                    MarkdownFile f = (MarkdownFile) r;
                    f.warnings().forEach(report::message);
                    plan(f, sources.get(f.key()), now, base.zone(), report).ifPresent(pending::add);
                }
            }
            write(pending, now, report);
            done += batch.size();
            progress.accept(done);
        }
        return report;
    }

    // ---- finding files ----

    private static List<Candidate> collect(List<Path> paths, ImportReport report) {
        Map<Path, Candidate> found = new LinkedHashMap<>();
        for (Path given : paths) {
            Path p = given.toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                walk(p, found, report);
            } else if (Files.isRegularFile(p)) {
                if (isMarkdown(p)) {
                    Path root = p.getParent();
                    found.putIfAbsent(p, new Candidate(p, root, key(root, p)));
                } else {
                    report.add(new ImportReport.FileResult(p, ImportReport.Outcome.SKIPPED, 0, 0));
                }
            } else {
                report.message(new ImportReport.Message(given, 0, true, "no such file or folder"));
            }
        }
        List<Candidate> out = new ArrayList<>(found.values());
        out.sort(java.util.Comparator.comparing(Candidate::key));
        return out;
    }

    private static void walk(Path root, Map<Path, Candidate> found, ImportReport report) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // Hidden folders (.git, .obsidian ...) hold no articles.
                    return !dir.equals(root) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isDirectory()) return FileVisitResult.CONTINUE;
                    if (isMarkdown(file)) {
                        found.putIfAbsent(file, new Candidate(file, root, key(root, file)));
                    } else {
                        report.add(new ImportReport.FileResult(file, ImportReport.Outcome.SKIPPED, 0, 0));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    report.message(new ImportReport.Message(file, 0, true, "cannot be read (" + e.getMessage() + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            report.message(new ImportReport.Message(root, 0, true, "cannot be read (" + e.getMessage() + ")"));
        }
    }

    static boolean isMarkdown(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** {@code import-md:ROOTNAME/relative/path.md}, with forward slashes on every platform. */
    static String key(Path root, Path file) {
        String rootName = root.getFileName() == null ? "" : root.getFileName().toString();
        StringBuilder rel = new StringBuilder();
        for (Path part : root.relativize(file)) rel.append('/').append(part);
        return KEY_PREFIX + rootName + rel;
    }

    // ---- reading ----

    /**
     * A {@link MarkdownFile}, or the {@link ImportReport.Message} saying why the file cannot be
     * imported (an error) or is left out on purpose (a warning).
     */
    private Object read(Candidate c, MarkdownFile.Context base) {
        try {
            // A link inside the folder that leads out of it is never followed.
            if (Files.isSymbolicLink(c.file()) && !c.file().toRealPath().startsWith(c.root().toRealPath())) {
                return new ImportReport.Message(c.file(), 0, false, "links outside the imported folder; not read, skipped");
            }
            if (c.file().getFileName().toString().equalsIgnoreCase("_index.md")) {
                return new ImportReport.Message(c.file(), 0, false, "a Hugo section page (_index.md), not an article; skipped");
            }
            return MarkdownFile.read(c.file(), c.key(), new MarkdownFile.Context(c.root(), base.zone(), base.defaultLanguage()), bodies);
        } catch (MarkdownFile.Unreadable e) {
            return new ImportReport.Message(c.file(), e.line, true, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new ImportReport.Message(c.file(), 0, true, "cannot be read (" + e.getMessage() + ")");
        }
    }

    // ---- deciding what to write ----

    /** An entry to write with the file it came from and the outcome it stands for. */
    private record Pending(MarkdownFile file, ImportStore.Entry entry, ImportReport.Outcome outcome) {
    }

    private Optional<Pending> plan(MarkdownFile f, ImportStore.Source src, Instant now, ZoneId zone, ImportReport report) {
        if (src != null && src.sha().equals(f.sha())) {
            report.add(new ImportReport.FileResult(f.file(), ImportReport.Outcome.UNCHANGED, src.articleId(), src.partId()));
            return Optional.empty();
        }
        java.util.function.Consumer<String> warn = w -> report.message(new ImportReport.Message(f.file(), 0, false, w));
        ImportStore.Placement placement = f.series().isBlank() ? null
                : new ImportStore.Placement(f.series(), f.seriesPart(), f.seriesParts(), f.content().headline(),
                String.join(", ", f.content().byline().stream().map(Author::name).toList()));
        long knownPart = src == null ? 0 : src.partId();
        Optional<Article> existing = src == null || src.articleId() == 0 ? Optional.empty() : articles.find(src.articleId());
        ImportReport.Outcome outcome = src == null ? ImportReport.Outcome.IMPORTED : ImportReport.Outcome.UPDATED;
        try {
            if (existing.isPresent()) {
                Article a = existing.get();
                if (a.isTrashed()) {
                    warn.accept("its article (id " + a.id() + ") is in the trash; restore it to update it from the file");
                    report.add(new ImportReport.FileResult(f.file(), ImportReport.Outcome.SKIPPED, a.id(), 0));
                    return Optional.empty();
                }
                ArticleStatus target = f.planned() ? a.status() : f.status();
                if (f.planned()) warn.accept("status planned, but the file already has an article; its text was updated");
                Article b = ImportWorkflow.update(a, f.content(), target, f.date(), now, zone, warn);
                return Optional.of(new Pending(f, new ImportStore.Entry(f.key(), f.sha(), b, kind(a, b), placement, knownPart), outcome));
            }
            if (f.planned()) return Optional.of(new Pending(f, new ImportStore.Entry(f.key(), f.sha(), null, null, placement, knownPart), outcome));
            Article b = ImportWorkflow.create(f.content(), f.status(), f.date(), now, zone, warn);
            return Optional.of(new Pending(f, new ImportStore.Entry(f.key(), f.sha(), b, kind(null, b), placement, knownPart), outcome));
        } catch (IllegalStateException | IllegalArgumentException e) {
            report.message(new ImportReport.Message(f.file(), 0, true, e.getMessage()));
            report.add(new ImportReport.FileResult(f.file(), ImportReport.Outcome.FAILED, 0, 0));
            return Optional.empty();
        }
    }

    /** A save that publishes keeps a published revision; any other keeps an ordinary one. */
    private static ArticleStore.SaveKind kind(Article before, Article after) {
        boolean published = after.published() != null && (before == null || !after.published().equals(before.published())
                || !java.util.Objects.equals(after.lastUpdated(), before.lastUpdated()));
        return published ? ArticleStore.SaveKind.PUBLISH : ArticleStore.SaveKind.EXPLICIT;
    }

    // ---- writing ----

    private void write(List<Pending> pending, Instant now, ImportReport report) {
        if (pending.isEmpty()) return;
        Set<String> stored = new HashSet<>();
        for (Pending p : pending) {
            p.file().images().forEach((sha, bytes) -> {
                if (stored.add(sha)) images.put(bytes);
            });
        }
        try {
            record(pending, imports.write(pending.stream().map(Pending::entry).toList(), now), report);
        } catch (RuntimeException batchFailed) {
            // One bad file must not cost the others: write them one by one to find it.
            for (Pending p : pending) {
                try {
                    record(List.of(p), imports.write(List.of(p.entry()), now), report);
                } catch (RuntimeException e) {
                    report.message(new ImportReport.Message(p.file().file(), 0, true, "not saved: " + e.getMessage()));
                    report.add(new ImportReport.FileResult(p.file().file(), ImportReport.Outcome.FAILED, 0, 0));
                }
            }
        }
    }

    private static void record(List<Pending> pending, List<ImportStore.Outcome> outcomes, ImportReport report) {
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            ImportStore.Outcome o = outcomes.get(i);
            if (o.warning() != null) report.message(new ImportReport.Message(p.file().file(), p.file().seriesLine(), false, o.warning()));
            report.add(new ImportReport.FileResult(p.file().file(), p.outcome(), o.articleId(), o.partId()));
        }
    }
}
