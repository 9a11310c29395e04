package org.masthead.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.masthead.store.DataPaths;
import picocli.CommandLine;

/** Runs the command line in-process, as the launcher does, capturing stdout, stderr and the exit code. */
final class CliRunner {

    record Result(int code, String out, String err) {
    }

    private final Path home;
    private final Clock clock;
    private final Map<String, String> env;

    CliRunner(Path home, Clock clock) {
        this(home, clock, Map.of());
    }

    /** With environment variables (PGPASSWORD, MASTHEAD_DB) as the command would see them. */
    CliRunner(Path home, Clock clock, Map<String, String> env) {
        this.home = home;
        this.clock = clock;
        this.env = env;
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    /** As {@link #run}, with {@code stdin} as the command's standard input. */
    Result runWithInput(String stdin, String... args) {
        // built for these arguments, as the launcher builds it: only the command they name
        CommandLine cl = MastheadCommand.commandLine(new DataPaths(env, "Linux", home), clock,
                new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)), args, Map.of());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
