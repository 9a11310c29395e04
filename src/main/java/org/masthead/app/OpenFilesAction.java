package org.masthead.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.masthead.ui.shell.DialogService;

/**
 * "Open with Masthead" and files handed over by a later launch: Markdown goes to the Markdown
 * import after the editor confirms which database it goes into; e-mail (.eml, .mbox) goes to the inbox's import, also after asking; it was
 * acknowledged but not imported until the submission inbox brings its importer (issue 5); anything
 * else, or a file that is not there, is named in an error.
 */
final class OpenFilesAction {

    /** What Masthead does with a file it is asked to open. */
    enum Kind { MARKDOWN, MAIL, MISSING, OTHER }

    private final DialogService dialogs;
    private final String database;
    private final Consumer<List<Path>> importMarkdown;
    private final Consumer<List<Path>> importMail;

    /**
     * @param database       the open database's name, shown in the question
     * @param importMarkdown imports Markdown files into that database (the File ▸ Import Markdown… import)
     */
    OpenFilesAction(DialogService dialogs, String database, Consumer<List<Path>> importMarkdown, Consumer<List<Path>> importMail) {
        this.importMail = importMail;
        this.dialogs = dialogs;
        this.database = database;
        this.importMarkdown = importMarkdown;
    }

    /** On the FX thread. */
    void open(List<Path> files) {
        Map<Kind, List<Path>> byKind = sort(files);
        List<Path> missing = byKind.get(Kind.MISSING);
        List<Path> other = byKind.get(Kind.OTHER);
        if (!missing.isEmpty() || !other.isEmpty()) {
            StringBuilder m = new StringBuilder();
            if (!missing.isEmpty()) m.append("Not found:\n").append(names(missing)).append('\n');
            if (!other.isEmpty()) {
                m.append("Masthead opens Markdown (.md), e-mail (.eml) and mailbox (.mbox) files, not:\n").append(names(other));
            }
            dialogs.error("Cannot open these files", m.toString().strip());
        }
        List<Path> mail = byKind.get(Kind.MAIL);
        if (!mail.isEmpty() && dialogs.confirm("Import mail", "Import the messages of " + count(mail.size(), "mail") + " into the inbox of "
                + database + "? Messages already there are recognised and not added twice.\n" + names(mail), "Import")) {
            importMail.accept(mail);
        }
        List<Path> markdown = byKind.get(Kind.MARKDOWN);
        if (!markdown.isEmpty() && dialogs.confirm("Import Markdown", "Import " + count(markdown.size()) + " into the database "
                + database + "? Files imported before are updated when they changed.\n" + names(markdown), "Import")) {
            importMarkdown.accept(markdown);
        }
    }

    /** The files by what Masthead does with them, every kind present (possibly empty), order kept. */
    static Map<Kind, List<Path>> sort(List<Path> files) {
        Map<Kind, List<Path>> m = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) m.put(k, new ArrayList<>());
        for (Path f : files) m.get(kindOf(f)).add(f);
        return m;
    }

    static Kind kindOf(Path f) {
        String name = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
        Kind byName = name.endsWith(".md") || name.endsWith(".markdown") ? Kind.MARKDOWN
                : name.endsWith(".eml") || name.endsWith(".mbox") ? Kind.MAIL : Kind.OTHER;
        if (byName == Kind.OTHER) return Kind.OTHER;
        return Files.isRegularFile(f) ? byName : Kind.MISSING;
    }

    private static String count(int n) {
        return count(n, "Markdown");
    }

    private static String count(int n, String kind) {
        return n == 1 ? "1 " + kind + " file" : n + " " + kind + " files";
    }

    private static String names(List<Path> files) {
        return files.stream().limit(12).map(p -> "  " + p).collect(Collectors.joining("\n"))
                + (files.size() > 12 ? "\n  … and " + (files.size() - 12) + " more" : "");
    }
}
