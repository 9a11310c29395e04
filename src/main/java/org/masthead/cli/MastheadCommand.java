package org.masthead.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.masthead.store.DataPaths;
import org.masthead.store.DatabaseLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code masthead [--db PATH] [COMMAND]}. Without a command the launcher opens the window;
 * the commands call the same stores and services the window uses.
 *
 * <p>Conventions for every command: {@code --json} prints only JSON on stdout (an array for
 * lists); logs go to stderr; exit 0 = done, 1 = done but something was refused or failed
 * (said on stderr), 2 = usage error.
 */
@Command(name = "masthead", mixinStandardHelpOptions = true, version = "Masthead 0.1",
        description = "Masthead, the editorial workstation. Without a command, opens the window.")
public final class MastheadCommand implements Callable<Integer> {

    /**
     * The commands, by the names their {@code @Command} gives them, in the order the help lists
     * them ({@code help} comes last). Added to the command line here rather than in the
     * annotation so that a run of one command builds only that one's model.
     */
    static final java.util.Map<String, Class<?>> COMMANDS = orderedCommands(
            "articles", ArticlesCommand.class, "plan", PlanCommand.class, "inbox", InboxCommand.class,
            "publish-due", PublishDueCommand.class, "check", CheckCommand.class, "export", ExportCommand.class,
            "export-article", ExportArticleCommand.class, "import-md", ImportMdCommand.class, "backup", BackupCommand.class,
            "restore", RestoreCommand.class, "team", TeamCommand.class);

    private static java.util.Map<String, Class<?>> orderedCommands(Object... nameThenClass) {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) m.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "The database file, or a team database postgresql://USER@HOST[:PORT]/DB (password from PGPASSWORD or ~/.pgpass); "
                    + "default: $MASTHEAD_DB, else the platform's data folder.")
    String db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final DataPaths paths;
    private final Clock clock;
    private final java.io.InputStream stdin;

    public MastheadCommand(DataPaths paths, Clock clock, java.io.InputStream stdin) {
        this.paths = paths;
        this.clock = clock;
        this.stdin = stdin;
    }

    public MastheadCommand(DataPaths paths, Clock clock) {
        this(paths, clock, System.in);
    }

    public MastheadCommand(DataPaths paths) {
        this(paths, Clock.systemUTC());
    }

    public MastheadCommand() {
        this(DataPaths.system());
    }

    DatabaseLocation databaseLocation() {
        return paths.location(db);
    }

    /** Where the passwords of PostgreSQL databases come from; its warnings (a password file others can read) go to stderr. */
    static org.masthead.store.PgPassword passwords(CommandLine.Model.CommandSpec spec) {
        var err = spec.commandLine().getErr();
        return ((MastheadCommand) spec.root().userObject()).paths.passwords(w -> err.println("masthead: " + w));
    }

    /** What the command reads as its standard input (a password given with --password-stdin). */
    static java.io.InputStream stdin(CommandLine.Model.CommandSpec spec) {
        return ((MastheadCommand) spec.root().userObject()).stdin;
    }

    /** Now, to the millisecond the store keeps. */
    static Instant now(CommandLine.Model.CommandSpec spec) {
        return ((MastheadCommand) spec.root().userObject()).clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The absolute path a command may write to, or empty (said on stderr) when the file exists
     * and {@code force} is not given, or its folder does not exist.
     */
    static java.util.Optional<Path> writableTarget(CommandLine.Model.CommandSpec spec, Path out, boolean force) {
        var err = spec.commandLine().getErr();
        Path target = out.toAbsolutePath();
        if (java.nio.file.Files.exists(target) && !force) {
            err.println("masthead: " + target + " exists; choose another name or add --force to replace it");
            return java.util.Optional.empty();
        }
        if (target.getParent() != null && !java.nio.file.Files.isDirectory(target.getParent())) {
            err.println("masthead: folder " + target.getParent() + " does not exist");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(target);
    }

    /**
     * The database a command reads, or empty (said on stderr) when there is no such file yet. A
     * database on a PostgreSQL server is taken as it is: the server says whether it exists.
     */
    static java.util.Optional<DatabaseLocation> existingDatabase(CommandLine.Model.CommandSpec spec) {
        DatabaseLocation where = ((MastheadCommand) spec.root().userObject()).databaseLocation();
        if (!(where instanceof DatabaseLocation.SqliteFile f) || java.nio.file.Files.exists(f.file())) return java.util.Optional.of(where);
        spec.commandLine().getErr().println("masthead: no database at " + where);
        return java.util.Optional.empty();
    }

    @Override
    public Integer call() {
        // Reached only when the launcher could not start the window itself (e.g. headless).
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Builds the command line with Masthead's exit codes for errors. */
    public static CommandLine commandLine(DataPaths paths) {
        return commandLine(paths, Clock.systemUTC());
    }

    /** The same, on a given clock (tests). */
    public static CommandLine commandLine(DataPaths paths, Clock clock) {
        return commandLine(paths, clock, System.in);
    }

    /** The same, reading a given standard input (tests). */
    public static CommandLine commandLine(DataPaths paths, Clock clock, java.io.InputStream stdin) {
        return build(paths, clock, stdin, null, java.util.Map.of());
    }

    /**
     * The command line for {@code args}, with {@code extra} commands after the built-in ones.
     * When the arguments name a command, only that command's model is built (picocli reads
     * every annotation of a command, its options' and its subcommands', which costs a command
     * that runs for a second a tenth of it); otherwise (help, no command, a mistyped one)
     * every command is there to be listed or suggested.
     */
    public static CommandLine commandLine(DataPaths paths, String[] args, java.util.Map<String, java.util.function.Supplier<Object>> extra) {
        return commandLine(paths, Clock.systemUTC(), System.in, args, extra);
    }

    /** The same, on a given clock and standard input (tests run every command as the launcher does). */
    static CommandLine commandLine(DataPaths paths, Clock clock, java.io.InputStream stdin, String[] args,
                                   java.util.Map<String, java.util.function.Supplier<Object>> extra) {
        return build(paths, clock, stdin, commandName(args), extra);
    }

    /** The command {@code args} name: the first argument that is not {@code --db} or its value; null if it is an option or there is none. */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db")) i++;
            else if (!a.startsWith("--db=")) return a.startsWith("-") ? null : a;
        }
        return null;
    }

    private static CommandLine build(DataPaths paths, Clock clock, java.io.InputStream stdin, String only,
                                           java.util.Map<String, java.util.function.Supplier<Object>> extra) {
        CommandLine cl = new CommandLine(new MastheadCommand(paths, clock, stdin));
        if (only != null && COMMANDS.containsKey(only)) {
            cl.addSubcommand(only, COMMANDS.get(only));
        } else if (only != null && extra.containsKey(only)) {
            cl.addSubcommand(only, extra.get(only).get());
        } else {
            COMMANDS.forEach(cl::addSubcommand);
            cl.addSubcommand("help", CommandLine.HelpCommand.class);
            extra.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("masthead: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return FAILED;
        });
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? USAGE : FAILED);
        return cl;
    }

    public static int run(DataPaths paths, String... args) {
        return commandLine(paths).execute(args);
    }
}
