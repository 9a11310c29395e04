package org.masthead.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The password for a PostgreSQL database, found as PostgreSQL's own tools find it: the
 * {@code PGPASSWORD} environment variable, else the password file ({@code PGPASSFILE}, else
 * {@code ~/.pgpass}) with lines {@code hostname:port:database:username:password}, where a field
 * may be {@code *} (anything) and {@code \:} and {@code \\} stand for {@code :} and {@code \}.
 * The first matching line wins. A file that group or others may read is ignored, with a
 * warning, as libpq does.
 *
 * <p>pgjdbc reads {@code ~/.pgpass} itself but checks neither its permissions nor
 * {@code PGPASSWORD}; Masthead always hands it the password this class found (empty when none),
 * so that pgjdbc's own reading never applies.
 */
public final class PgPassword {

    private final Map<String, String> env;
    private final Path home;
    private final Consumer<String> warnings;

    public PgPassword(Map<String, String> env, Path home, Consumer<String> warnings) {
        this.env = env;
        this.home = home;
        this.warnings = warnings;
    }

    /** This process's environment and home; warnings go to stderr. */
    public static PgPassword system() {
        return new PgPassword(System.getenv(), Path.of(System.getProperty("user.home")), w -> System.err.println("masthead: " + w));
    }

    public Optional<String> find(DatabaseLocation.Postgres db) {
        String pw = env.get("PGPASSWORD");
        if (pw != null && !pw.isEmpty()) return Optional.of(pw);
        String own = env.get("PGPASSFILE");
        Path file = own != null && !own.isBlank() ? Path.of(own) : home.resolve(".pgpass");
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            for (PosixFilePermission p : perms) {
                if (p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")) {
                    warnings.accept("password file " + file + " is ignored: others can read it (run chmod 0600 " + file + ")");
                    return Optional.empty();
                }
            }
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions here (Windows): PostgreSQL does not check them there either
        } catch (IOException e) {
            warnings.accept("password file " + file + " cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Optional<String> match = match(line, db);
                if (match.isPresent()) return match;
            }
        } catch (IOException e) {
            warnings.accept("password file " + file + " cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The password of one line of a password file, if it matches the database. */
    static Optional<String> match(String line, DatabaseLocation.Postgres db) {
        if (line.isBlank() || line.startsWith("#")) return Optional.empty();
        List<String> fields = fields(line);
        if (fields.size() < 5) return Optional.empty();
        // A connection to localhost over loopback matches the line "localhost", as with libpq.
        boolean ok = matches(fields.get(0), db.host())
                && matches(fields.get(1), Integer.toString(db.port()))
                && matches(fields.get(2), db.database())
                && matches(fields.get(3), db.user());
        return ok ? Optional.of(fields.get(4)) : Optional.empty();
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** The fields of a line, split at unescaped colons, escapes undone; the password is the rest of the line. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                f.append(line.charAt(++i));
            } else if (ch == ':' && out.size() < 4) {
                out.add(f.toString());
                f.setLength(0);
            } else if (ch == ':') {
                break; // libpq ignores anything after a fifth field
            } else {
                f.append(ch);
            }
        }
        out.add(f.toString());
        return out;
    }
}
