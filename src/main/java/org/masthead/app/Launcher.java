package org.masthead.app;

import java.util.Set;
import org.masthead.cli.MastheadCommand;
import org.masthead.store.DataPaths;
import picocli.CommandLine;

/**
 * The plain {@code main}: {@code masthead [--db PATH]} opens the window; anything else is a
 * command for the CLI. Kept apart from the JavaFX {@code Application} so the jar starts from a
 * plain class path.
 */
public final class Launcher {

    private static final Set<String> GUI_OPTIONS = Set.of("--db");

    private Launcher() {
    }

    public static void main(String[] rawArgs) {
        // `mvn javafx:run` passes an empty argument when no masthead.args are given
        String[] args = java.util.Arrays.stream(rawArgs).filter(a -> !a.isBlank()).toArray(String[]::new);
        if (isWindowLaunch(args)) {
            MastheadApp.launchWindow(args);
            return;
        }
        CommandLine cl = MastheadCommand.commandLine(DataPaths.system());
        cl.addSubcommand("bench", new BenchCommand());
        System.exit(cl.execute(args));
    }

    /** True for no arguments or only {@code --db PATH}: the window, without loading picocli. */
    static boolean isWindowLaunch(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--db=")) continue;
            if (GUI_OPTIONS.contains(a) && i + 1 < args.length) {
                i++;
                continue;
            }
            return false;
        }
        return true;
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
