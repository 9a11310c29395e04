package org.masthead.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Masthead keeps its files by default. The database: {@code --db PATH}, else the
 * {@code MASTHEAD_DB} environment variable (either may be a {@code postgresql://} address), else the platform's data folder
 * ({@code $XDG_DATA_HOME/masthead/masthead.db}, else {@code ~/.local/share/masthead/masthead.db}
 * on Linux; {@code ~/Library/Application Support/Masthead} on macOS; {@code %APPDATA%\Masthead}
 * on Windows). Window settings live in the matching config folder.
 */
public final class DataPaths {

    private final Map<String, String> env;
    private final String os;
    private final Path home;

    public DataPaths(Map<String, String> env, String osName, Path home) {
        this.env = env;
        this.os = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    /**
     * This process's environment. The system properties {@code masthead.db} and
     * {@code masthead.configDir} stand in for {@code MASTHEAD_DB} and {@code MASTHEAD_CONFIG_DIR}
     * (tests and benchmarks set them without touching the environment).
     */
    public static DataPaths system() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        if (System.getProperty("masthead.db") != null) env.put("MASTHEAD_DB", System.getProperty("masthead.db"));
        if (System.getProperty("masthead.configDir") != null) env.put("MASTHEAD_CONFIG_DIR", System.getProperty("masthead.configDir"));
        return new DataPaths(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /**
     * The database to open: the explicit {@code --db} value if given, else {@code MASTHEAD_DB},
     * else the default file; a {@code postgresql://USER@HOST[:PORT]/DB} value names a database on
     * a PostgreSQL server (the user defaults to the account's name, as with PostgreSQL's tools).
     *
     * @throws IllegalArgumentException when a postgresql:// value is not a valid address
     */
    public DatabaseLocation location(String explicit) {
        String chosen = explicit != null && !explicit.isBlank() ? explicit : env.get("MASTHEAD_DB");
        if (chosen == null || chosen.isBlank()) return new DatabaseLocation.SqliteFile(dataFolder().resolve("masthead.db"));
        String user = env.getOrDefault("PGUSER", env.getOrDefault("USER", System.getProperty("user.name")));
        return DatabaseLocation.parse(chosen, user);
    }

    /** The passwords of PostgreSQL databases, from this environment's PGPASSWORD or password file; warnings go to {@code warnings}. */
    public PgPassword passwords(java.util.function.Consumer<String> warnings) {
        return new PgPassword(env, home, warnings);
    }

    public Path dataFolder() {
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Masthead") : home.resolve("AppData/Roaming/Masthead");
        }
        if (os.contains("mac")) return home.resolve("Library/Application Support/Masthead");
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("masthead");
    }

    /** Files Masthead can make again (a copy of SQLite's native library): XDG_CACHE_HOME, ~/.cache, Library/Caches, LOCALAPPDATA. */
    public Path cacheFolder() {
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local, "Masthead") : home.resolve("AppData/Local/Masthead")).resolve("cache");
        }
        if (os.contains("mac")) return home.resolve("Library/Caches/Masthead");
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("masthead");
    }

    /** Window size and position; {@code MASTHEAD_CONFIG_DIR} overrides (tests use it). */
    public Path configFolder() {
        String own = env.get("MASTHEAD_CONFIG_DIR");
        if (own != null && !own.isBlank()) return Path.of(own);
        if (os.contains("win") || os.contains("mac")) return dataFolder();
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("masthead");
    }
}
