package org.masthead.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.masthead.store.Database;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.TeamSetup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code masthead --db postgresql://ADMIN@HOST/DB team init} and
 * {@code team add-user NAME --role admin|editor|reviewer [--password-stdin]}: a team database's
 * roles, run by an administrator (decision 0017, docs/team.md). An SQLite file has no roles:
 * both refuse it with exit code 2.
 */
@Command(name = "team", description = "A team database's roles and people (PostgreSQL only; see docs/team.md).",
        subcommands = {TeamCommand.InitCommand.class, TeamCommand.AddUserCommand.class}, mixinStandardHelpOptions = true)
final class TeamCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'masthead team init' or 'masthead team add-user'");
    }

    /** The team database --db names, or empty (said on stderr) for an SQLite file. */
    static Optional<DatabaseLocation.Postgres> teamDatabase(CommandLine.Model.CommandSpec spec) {
        DatabaseLocation where = ((MastheadCommand) spec.root().userObject()).databaseLocation();
        if (where instanceof DatabaseLocation.Postgres pg) return Optional.of(pg);
        spec.commandLine().getErr().println("masthead: " + where + " is an SQLite file, which one person uses alone; team roles exist only in a "
                + "PostgreSQL database: --db postgresql://USER@HOST[:PORT]/DB (docs/team.md)");
        return Optional.empty();
    }

    @Command(name = "init", description = "Prepare a team database: Masthead's tables, the roles masthead_admin, masthead_editor and "
            + "masthead_reviewer, and what each may do. Run once, connected as a PostgreSQL superuser or a role with CREATEROLE; "
            + "running it again sets the same rights again.", mixinStandardHelpOptions = true)
    static final class InitCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            DatabaseLocation.Postgres where = teamDatabase(spec).orElse(null);
            if (where == null) return MastheadCommand.USAGE;
            var err = spec.commandLine().getErr();
            try (Database db = Database.open(where, MastheadCommand.passwords(spec))) {
                TeamSetup team = new TeamSetup(db);
                team.init();
                TeamSetup.Roles r = team.roles();
                err.println("Team database ready: " + where + " (roles " + r.admin() + ", " + r.editor() + ", " + r.reviewer()
                        + "). Add people with 'masthead team add-user NAME --role ROLE'.");
                return MastheadCommand.OK;
            } catch (IllegalStateException e) {
                err.println("masthead: " + e.getMessage());
                return MastheadCommand.FAILED;
            }
        }
    }

    @Command(name = "add-user", description = "Create a login for a person in one of the roles. The password is asked for on the "
            + "terminal (twice), or read from the first line of standard input with --password-stdin; never given as an argument.",
            mixinStandardHelpOptions = true)
    static final class AddUserCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The login, e.g. ana or ana.lima.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor or reviewer.")
        String role;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            var err = spec.commandLine().getErr();
            TeamSetup.Role r;
            try {
                r = TeamSetup.Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            DatabaseLocation.Postgres where = teamDatabase(spec).orElse(null);
            if (where == null) return MastheadCommand.USAGE;
            char[] password = passwordStdin ? firstLine(MastheadCommand.stdin(spec)) : prompt();
            if (password == null) {
                err.println("masthead: there is no terminal to ask for the password on; give it on standard input with --password-stdin");
                return MastheadCommand.USAGE;
            }
            try (Database db = Database.open(where, MastheadCommand.passwords(spec))) {
                new TeamSetup(db).addUser(name, r, password);
                err.println("Added " + name + " as " + r.name().toLowerCase(java.util.Locale.ROOT) + " to " + where.database()
                        + "; they connect with --db postgresql://" + name + "@" + where.host() + (where.port() == DatabaseLocation.Postgres.DEFAULT_PORT
                        ? "" : ":" + where.port()) + "/" + where.database());
                return MastheadCommand.OK;
            } catch (IllegalArgumentException | IllegalStateException e) {
                err.println("masthead: " + e.getMessage());
                return MastheadCommand.FAILED;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        /** Asks twice on the terminal; null when there is none. */
        private char[] prompt() {
            java.io.Console console = System.console();
            if (console == null) return null;
            while (true) {
                char[] first = console.readPassword("Password for %s: ", name);
                char[] again = console.readPassword("Again: ");
                if (first == null || again == null) return null;
                boolean same = Arrays.equals(first, again);
                Arrays.fill(again, '\0');
                if (same && first.length > 0) return first;
                Arrays.fill(first, '\0');
                console.printf(same ? "The password cannot be empty.%n" : "The two did not match; again.%n");
            }
        }

        /** The first line of the input, without its line end. */
        private static char[] firstLine(InputStream in) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int ch;
            while ((ch = in.read()) >= 0 && ch != '\n') b.write(ch);
            byte[] bytes = b.toByteArray();
            int n = bytes.length;
            if (n > 0 && bytes[n - 1] == '\r') n--;
            java.nio.CharBuffer text = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes, 0, n));
            char[] out = new char[text.remaining()];
            text.get(out);
            Arrays.fill(bytes, (byte) 0);
            if (text.hasArray()) Arrays.fill(text.array(), '\0');
            return out;
        }
    }
}
