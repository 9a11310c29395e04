package org.masthead.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts this program again on another database: the same executable and arguments (the JVM's,
 * the class path, the main class or the packaged launcher's), without any {@code --db} they had
 * and without files to open, with {@code --db DB} added at the end. A password goes to the new
 * process in its environment (PGPASSWORD), never on its command line.
 */
final class Relaunch {

    private Relaunch() {
    }

    /** The command to run, or empty when this process cannot tell how it was started. */
    static Optional<List<String>> command(ProcessHandle.Info self, String db) {
        Optional<String> exe = self.command();
        Optional<String[]> args = self.arguments();
        if (exe.isEmpty() || args.isEmpty()) return Optional.empty();
        return Optional.of(command(exe.get(), List.of(args.get()), db));
    }

    static List<String> command(String executable, List<String> args, String db) {
        List<String> out = new ArrayList<>();
        out.add(executable);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db")) {
                i++; // and its value
                continue;
            }
            if (a.startsWith("--db=") || Launcher.isOpenableFile(a)) continue;
            out.add(a);
        }
        out.add("--db");
        out.add(db);
        return out;
    }

    /** Starts it; the new window outlives this one. */
    static void start(List<String> command, String password) throws java.io.IOException {
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        if (password != null) pb.environment().put("PGPASSWORD", password);
        pb.start();
    }
}
