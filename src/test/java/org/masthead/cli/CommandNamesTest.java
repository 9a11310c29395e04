package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.store.DataPaths;
import picocli.CommandLine;

/** A run of one command builds only that command's model; help and mistakes see every command. */
class CommandNamesTest {

    @TempDir
    Path home;

    private CommandLine built(String... args) {
        return MastheadCommand.commandLine(new DataPaths(Map.of(), "Linux", home), args, Map.of("bench", Bench::new));
    }

    @CommandLine.Command(name = "bench")
    static final class Bench implements Runnable {
        @Override
        public void run() {
        }
    }

    @Test
    void theCommandsAreListedUnderTheNamesTheirAnnotationsGive() {
        MastheadCommand.COMMANDS.forEach((name, type) -> assertThat(type.getAnnotation(CommandLine.Command.class).name()).isEqualTo(name));
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(built("export", "--out", "site").getSubcommands()).containsOnlyKeys("export");
        assertThat(built("--db", "inbox", "check", "--json").getSubcommands()).as("--db's value is not the command").containsOnlyKeys("check");
        assertThat(built("--db=x.db", "inbox", "list").getSubcommands()).containsOnlyKeys("inbox");
        assertThat(MastheadCommand.commandName(new String[] {"--db"})).isNull();
    }

    @Test
    void helpAndMistakesSeeEveryCommand() {
        for (String[] args : new String[][] {{"--help"}, {}, {"help", "export"}, {"exprt"}, {"-V"}}) {
            assertThat(built(args).getSubcommands().keySet()).containsAll(MastheadCommand.COMMANDS.keySet()).contains("help", "bench");
        }
    }
}
