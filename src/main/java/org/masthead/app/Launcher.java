package org.masthead.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.masthead.cli.MastheadCommand;
import org.masthead.store.DataPaths;
import org.masthead.store.DatabaseException;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.DatabaseLock;
import picocli.CommandLine;

/**
 * The plain {@code main}: {@code masthead [--db PATH] [FILE.md|.eml|.mbox ...]} opens the window
 * (handing the files to a window already open on that database, if there is one); anything else
 * is a command for the CLI. Kept apart from the JavaFX {@code Application} so the jar starts from
 * a plain class path. {@code --smoke} (not in the help) opens the window, waits for the database
 * and the article list, prints two timing lines on stderr and exits: the packaging build and CI
 * use it where no one can close a window.
 */
public final class Launcher {

    private static final Set<String> GUI_OPTIONS = Set.of("--db");
    static final String SMOKE = "--smoke";
    /** What "Open with Masthead" hands over: Markdown files and mail (see the desktop entry). */
    static final Set<String> OPENABLE = Set.of("md", "markdown", "eml", "mbox");

    private Launcher() {
    }

    public static void main(String[] rawArgs) {
        // `mvn javafx:run` passes an empty argument when no masthead.args are given
        String[] args = java.util.Arrays.stream(rawArgs).filter(a -> !a.isBlank()).toArray(String[]::new);
        // a batch command's compiler policy before anything else (C2 starts compiling at once); the window has none
        if (!isWindowLaunch(args)) org.masthead.cli.BatchCompiler.applyEarly(args);
        org.masthead.store.SqliteNative.useCachedCopySoon(DataPaths.system().cacheFolder());
        org.masthead.store.Database.rememberChecksIn(DataPaths.system().cacheFolder());
        if (isWindowLaunch(args)) {
            List<String> list = List.of(args);
            if (list.contains(SMOKE)) {
                System.setProperty(MastheadApp.BENCH_FIRST_FRAME, "true");
            } else if (DataPaths.system().location(dbArgument(list)) instanceof DatabaseLocation.SqliteFile f
                    && handOffToRunning(f.file(), fileArguments(list))) {
                return; // the window already open on this database file took the files
            }
            org.masthead.cli.HeapPolicy.apply();
            MastheadApp.launchWindow(args);
            return;
        }
        CommandLine cl = MastheadCommand.commandLine(DataPaths.system(), args, java.util.Map.of("bench", BenchCommand::new));
        System.exit(cl.execute(args));
    }

    /**
     * True for no arguments, {@code --db PATH}, {@code --smoke} and files Masthead opens
     * ({@link #OPENABLE}): the window, without loading picocli. A subcommand or any other option
     * means the CLI.
     */
    static boolean isWindowLaunch(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--db=") || a.equals(SMOKE) || isOpenableFile(a)) continue;
            if (GUI_OPTIONS.contains(a) && i + 1 < args.length) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    static boolean isOpenableFile(String arg) {
        if (arg.startsWith("-")) return false;
        int dot = arg.lastIndexOf('.');
        return dot > 0 && OPENABLE.contains(arg.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The file arguments of a window launch, in their order, as absolute paths. */
    static List<Path> fileArguments(List<String> args) {
        java.util.ArrayList<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db")) i++;
            else if (isOpenableFile(a)) files.add(Path.of(a).toAbsolutePath());
        }
        return files;
    }

    /**
     * True if a window already open on {@code db} took {@code files}. While the database is locked
     * but that window is not listening yet (it is still starting), tries again for a few seconds.
     */
    static boolean handOffToRunning(Path db, List<Path> files) {
        for (int attempt = 0; attempt < 25; attempt++) {
            if (SingleInstance.handOff(db, files)) return true;
            if (!lockedElsewhere(db)) return false;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static boolean lockedElsewhere(Path db) {
        try (DatabaseLock probe = DatabaseLock.acquire(db)) {
            return false;
        } catch (DatabaseException e) {
            return e.reason() == DatabaseException.Reason.LOCKED;
        }
    }

    /** The value of {@code --db} in a window launch, or null. */
    static String dbArgument(java.util.List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--db=")) return a.substring(5);
            if (a.equals("--db") && i + 1 < args.size()) return args.get(i + 1);
        }
        return null;
    }
}
