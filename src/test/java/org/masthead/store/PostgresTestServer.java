package org.masthead.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, one per JVM (decision 0016): the server named by
 * {@code MASTHEAD_TEST_PG} (a superuser's {@code postgresql://USER@HOST[:PORT]/DB}, password
 * from PGPASSWORD or ~/.pgpass), else a throw-away cluster this class creates with the
 * machine's {@code initdb} in a temporary folder (as the {@code postgres} account when run as
 * root, since PostgreSQL refuses to run as root), on a free loopback port, with password
 * authentication over TCP, and removes at {@link #close}. When neither is possible the server
 * is {@linkplain #unavailable() unavailable} and says why, and the PostgreSQL variants of the
 * tests skip.
 *
 * <p>Each test gets a database of its own, copied from a template that Flyway migrated once.
 */
public final class PostgresTestServer implements AutoCloseable {

    static final String ENV = "MASTHEAD_TEST_PG";
    private static final String SUPERUSER = "masthead_test";
    /** Of this JVM: two test runs may share an outside server. */
    private static final String TEMPLATE = "masthead_template_" + ProcessHandle.current().pid();

    private final DatabaseLocation.Postgres admin;
    private final String password;
    private final Path cluster; // null for an outside server
    private final String pgCtl;
    private final boolean asPostgres;
    private final String unavailable;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<String> created = new ArrayList<>();
    private boolean templateReady;

    private PostgresTestServer(DatabaseLocation.Postgres admin, String password, Path cluster, String pgCtl, boolean asPostgres, String unavailable) {
        this.admin = admin;
        this.password = password;
        this.cluster = cluster;
        this.pgCtl = pgCtl;
        this.asPostgres = asPostgres;
        this.unavailable = unavailable;
    }

    private static PostgresTestServer none(String why) {
        return new PostgresTestServer(null, null, null, null, false, why);
    }

    /** Why there is no server, or null when there is one. */
    public String unavailable() {
        return unavailable;
    }

    /**
     * Skips the calling test, saying why, when there is no server; fails it instead where
     * {@code MASTHEAD_REQUIRE_PG} is set (CI), so that the PostgreSQL variants cannot skip unseen there.
     */
    public void assumeAvailable() {
        if (unavailable == null) return;
        String required = System.getenv("MASTHEAD_REQUIRE_PG");
        if (required != null && !required.isBlank()) throw new IllegalStateException("MASTHEAD_REQUIRE_PG is set, but there is no PostgreSQL: " + unavailable);
        org.junit.jupiter.api.Assumptions.abort("PostgreSQL variant skipped: " + unavailable);
    }

    /** The server the environment names, or a new throw-away cluster, or an unavailable one. */
    public static PostgresTestServer start() {
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            DatabaseLocation loc = DatabaseLocation.parse(url.strip(), System.getProperty("user.name"));
            if (!(loc instanceof DatabaseLocation.Postgres pg)) return none(ENV + " is not a postgresql:// address: " + url);
            String pw = new PgPassword(System.getenv(), Path.of(System.getProperty("user.home")), System.err::println).find(pg).orElse("");
            PostgresTestServer s = new PostgresTestServer(pg, pw, null, null, false, null);
            try (Connection c = s.adminConnection()) {
                return s;
            } catch (SQLException e) {
                return none("cannot connect to " + ENV + "=" + url + ": " + e.getMessage());
            }
        }
        try {
            return startCluster();
        } catch (IOException | RuntimeException e) {
            return none("could not start a throw-away PostgreSQL cluster (" + e.getMessage() + "); install Debian's postgresql package or set "
                    + ENV + " to a superuser's postgresql://USER@HOST:PORT/DB");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return none("interrupted while starting PostgreSQL");
        }
    }

    private static Optional<Path> binDir() {
        // Debian keeps the server programs out of PATH, one folder per major version.
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            Optional<Path> debian = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
            if (debian.isPresent()) return debian;
        } catch (IOException e) {
            // not Debian's layout: try PATH
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "pg_ctl"))) return Optional.of(Path.of(dir));
        }
        return Optional.empty();
    }

    private static int versionOf(String s) {
        try {
            return Integer.parseInt(s.replaceAll("[^0-9].*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PostgresTestServer startCluster() throws IOException, InterruptedException {
        Path bin = binDir().orElseThrow(() -> new IOException("no initdb: neither /usr/lib/postgresql/*/bin nor PATH has one"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && run(List.of("id", "-u", "postgres"), false) != 0) throw new IOException("running as root and there is no postgres account to run the server as");
        stopAbandoned();
        Path dir = Files.createTempDirectory("masthead-pg-");
        Files.writeString(dir.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
        String pw = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Files.writeString(dir.resolve("pwfile"), pw + "\n");
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), true);
        }
        Path data = dir.resolve("data");
        List<String> initdb = List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + dir.resolve("pwfile"),
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync");
        if (run(as(root, initdb), true) != 0) throw new IOException("initdb failed; see " + dir);
        String pgCtl = bin.resolve("pg_ctl").toString();
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = freePort();
            String opts = serverOptions(port, dir);
            List<String> start = List.of(pgCtl, "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "-o", opts, "start");
            if (run(as(root, start), true) == 0) {
                PostgresTestServer s = new PostgresTestServer(new DatabaseLocation.Postgres(SUPERUSER, "127.0.0.1", port, "postgres"), pw, dir, pgCtl, root, null);
                Runtime.getRuntime().addShutdownHook(new Thread(s::close, "masthead-test-postgres-stop"));
                return s;
            }
            last = new IOException("pg_ctl start failed; see " + dir.resolve("server.log"));
        }
        throw last;
    }

    private static String serverOptions(int port, Path dir) {
        return "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                + "-c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB";
    }

    /** True when the tests run their own cluster, which {@link #stopServer} and {@link #startServer} can stop and start. */
    public boolean canRestart() {
        return cluster != null;
    }

    /** Stops the throw-away server ({@code pg_ctl stop -m fast}: open connections are cut, as in a crash or a restart). */
    public synchronized void stopServer() throws IOException, InterruptedException {
        if (cluster == null) throw new IllegalStateException("an outside server is not the tests' to stop");
        if (run(as(asPostgres, List.of(pgCtl, "-D", cluster.resolve("data").toString(), "-m", "fast", "-w", "stop")), true) != 0) {
            throw new IOException("pg_ctl stop failed");
        }
    }

    /** Starts the throw-away server again on the same data folder and port. */
    public synchronized void startServer() throws IOException, InterruptedException {
        if (cluster == null) throw new IllegalStateException("an outside server is not the tests' to start");
        List<String> start = List.of(pgCtl, "-D", cluster.resolve("data").toString(), "-l", cluster.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", serverOptions(admin.port(), cluster), "start");
        if (run(as(asPostgres, start), true) != 0) throw new IOException("pg_ctl start failed; see " + cluster.resolve("server.log"));
    }

    private static List<String> as(boolean root, List<String> cmd) {
        if (!root) return cmd;
        List<String> l = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        l.addAll(cmd);
        return l;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static int run(List<String> cmd, boolean quietOutput) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", cmd));
        }
        if (p.exitValue() != 0 && quietOutput) System.err.println(new String(out, StandardCharsets.UTF_8));
        return p.exitValue();
    }

    /** Clusters of test JVMs that were killed before they could stop them. */
    private static void stopAbandoned() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> dirs = Files.list(tmp)) {
            for (Path d : dirs.filter(d -> d.getFileName().toString().startsWith("masthead-pg-")).toList()) {
                Path owner = d.resolve("owner.pid");
                if (!Files.exists(owner)) continue;
                long pid = Long.parseLong(Files.readString(owner).strip());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                Path pidFile = d.resolve("data/postmaster.pid");
                if (Files.exists(pidFile)) {
                    long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                    ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroy);
                }
                deleteTree(d);
            }
        } catch (IOException | RuntimeException e) {
            // best effort: an abandoned cluster only costs memory
        }
    }

    private static void deleteTree(Path d) throws IOException {
        try (Stream<Path> all = Files.walk(d)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** A connection as the server's superuser, to the maintenance database (creating roles, databases). */
    public Connection adminConnection() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", admin.user());
        p.setProperty("password", password);
        return DriverManager.getConnection(admin.jdbcUrl(), p);
    }

    /** The superuser's password (for tests that connect as someone with a password). */
    public String password() {
        return password;
    }

    public DatabaseLocation.Postgres admin() {
        return admin;
    }

    /** A new empty database (no Masthead schema), dropped at {@link #close}. */
    public synchronized DatabaseLocation.Postgres createEmptyDatabase() throws SQLException {
        return create(null);
    }

    /** A new database with Masthead's schema, copied from the migrated template. */
    public synchronized DatabaseLocation.Postgres createDatabase() throws SQLException {
        if (!templateReady) {
            try (Connection c = adminConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + TEMPLATE + " WITH (FORCE)");
            }
            createDatabase(TEMPLATE, null);
            Database.open(at(TEMPLATE), password).close();
            templateReady = true;
        }
        return create(TEMPLATE);
    }

    private DatabaseLocation.Postgres create(String template) throws SQLException {
        String name = "masthead_t" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
        createDatabase(name, template);
        created.add(name);
        return at(name);
    }

    /**
     * A team's server sorts text by a language's rules, not by bytes as SQLite does: so do the
     * tests' databases (ICU's en-US), so that a store that leaned on byte order would show it.
     */
    private void createDatabase(String name, String template) throws SQLException {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            if (template != null) {
                s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
                return;
            }
            try {
                s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US'");
            } catch (SQLException e) {
                s.execute("CREATE DATABASE " + name); // a server without ICU: its own default
            }
        }
    }

    private DatabaseLocation.Postgres at(String database) {
        return new DatabaseLocation.Postgres(admin.user(), admin.host(), admin.port(), database);
    }

    /** Opens a database made by {@link #createDatabase} as the superuser. */
    public Database open(DatabaseLocation.Postgres db) {
        return Database.open(db, password);
    }

    public synchronized void drop(DatabaseLocation.Postgres db) throws SQLException {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db.database() + " WITH (FORCE)");
        }
        created.remove(db.database());
    }

    /** Drops what the tests made on an outside server; stops and removes a throw-away cluster. */
    @Override
    public synchronized void close() {
        if (unavailable != null) return;
        if (cluster == null) {
            try (Connection c = adminConnection(); Statement s = c.createStatement()) {
                for (String name : List.copyOf(created)) s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                if (templateReady) s.execute("DROP DATABASE IF EXISTS " + TEMPLATE + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("could not drop the test databases on " + admin.describe() + ": " + e.getMessage());
            }
            created.clear();
            return;
        }
        if (!Files.exists(cluster)) return;
        try {
            run(as(asPostgres, List.of(pgCtl, "-D", cluster.resolve("data").toString(), "-m", "immediate", "-w", "stop")), false);
            deleteTree(cluster);
        } catch (IOException e) {
            System.err.println("could not remove the test cluster " + cluster + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return unavailable != null ? "no PostgreSQL: " + unavailable : admin.describe() + (cluster != null ? " (throw-away cluster in " + cluster + ")" : "");
    }
}
