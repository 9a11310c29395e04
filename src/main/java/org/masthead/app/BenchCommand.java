package org.masthead.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code masthead bench startup|packaged|editor|planner|inbox|team}: the benchmarks, run on this machine's display
 * (use {@code xvfb-run -a} where there is none). See bench/README.md.
 */
@Command(name = "bench", description = "Run a benchmark: startup, packaged, editor, planner, inbox, team (see bench/README.md).", mixinStandardHelpOptions = true,
        subcommands = {StartupBench.class, PackagedStartupBench.class, EditorBench.class, PlannerBench.class, InboxBench.class, TeamBench.class})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: startup, packaged, editor, planner, inbox or team");
    }
}
