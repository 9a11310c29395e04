package org.masthead.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.masthead.store.DatabaseLock;

/**
 * One window per database: the window that holds the database's lock also listens on a loopback
 * port, written with a random token to {@code NAME.instance} beside the database (readable by the
 * user alone). A second launch on the same database ({@link #handOff}) sends its file arguments
 * there and exits, and the first window brings itself to the front and opens them. The lock stays
 * the authority: a stale {@code .instance} file left by a crash is simply overwritten by the next
 * window, and a launch that cannot hand off falls through to the usual "already open" message.
 */
final class SingleInstance implements AutoCloseable {

    private static final String HELLO = "masthead-open 1";
    private static final int TIMEOUT_MS = 3000;

    private final ServerSocket server;
    private final Path file;
    private final String token;
    private final Consumer<List<Path>> onOpen;

    private SingleInstance(ServerSocket server, Path file, String token, Consumer<List<Path>> onOpen) {
        this.server = server;
        this.file = file;
        this.token = token;
        this.onOpen = onOpen;
    }

    static Path instanceFileOf(Path db) {
        Path lock = DatabaseLock.lockFileOf(db.toAbsolutePath());
        return lock.resolveSibling(db.getFileName() + ".instance");
    }

    /**
     * Starts listening for later launches on {@code db}; call it only while holding the database's
     * lock. {@code onOpen} runs on the listener's thread with the absolute paths a later launch
     * passed (possibly none: it only asked to be brought to the front).
     */
    static SingleInstance listen(Path db, Consumer<List<Path>> onOpen) throws IOException {
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        byte[] raw = new byte[16];
        new SecureRandom().nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        Path file = instanceFileOf(db);
        try {
            writePrivately(file, s.getLocalPort() + " " + token + "\n");
        } catch (IOException e) {
            s.close();
            throw e;
        }
        SingleInstance inst = new SingleInstance(s, file, token, onOpen);
        Thread t = new Thread(inst::serve, "masthead-single-instance");
        t.setDaemon(true);
        t.start();
        return inst;
    }

    /** Written through a temporary file, created readable and writable by the user alone where the file system allows. */
    private static void writePrivately(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // Windows: the user's own profile folder already keeps others out
        }
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket c = server.accept()) {
                c.setSoTimeout(TIMEOUT_MS);
                List<Path> files = read(c);
                if (files == null) continue; // not one of ours: said nothing back
                onOpen.accept(files); // first: "ok" means the window has them
                reply(c, "ok");
            } catch (IOException | RuntimeException e) {
                if (server.isClosed()) return;
                System.err.println("masthead: a later launch could not hand over its files: " + e.getMessage());
            }
        }
    }

    /** The paths of a well-formed request with the right token, else null. */
    private List<Path> read(Socket c) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
        if (!HELLO.equals(in.readLine()) || !token.equals(in.readLine())) return null;
        List<Path> files = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            if (files.size() >= 10_000) return null;
            files.add(Path.of(line));
        }
        return line == null ? null : files; // a request ends with an empty line
    }

    private static void reply(Socket c, String what) throws IOException {
        Writer out = new OutputStreamWriter(c.getOutputStream(), StandardCharsets.UTF_8);
        out.write(what + "\n");
        out.flush();
    }

    /**
     * Hands {@code files} to the window already open on {@code db}. True if that window took
     * them; false if there is none (no {@code .instance} file, or nobody answers), so the caller
     * opens a window of its own.
     */
    static boolean handOff(Path db, List<Path> files) {
        Path f = instanceFileOf(db);
        if (!Files.isRegularFile(f)) return false;
        try {
            String[] parts = Files.readString(f, StandardCharsets.UTF_8).trim().split(" ");
            if (parts.length != 2) return false;
            int port = Integer.parseInt(parts[0]);
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MS);
                s.setSoTimeout(TIMEOUT_MS);
                StringBuilder req = new StringBuilder(HELLO).append('\n').append(parts[1]).append('\n');
                for (Path p : files) req.append(p.toAbsolutePath()).append('\n');
                req.append('\n');
                Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                out.write(req.toString());
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
                return "ok".equals(answer);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** Stops listening and removes the {@code .instance} file (if it is still this window's). */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing a listening socket does not fail in a way worth reporting
        }
        try {
            if (Files.readString(file, StandardCharsets.UTF_8).startsWith(port() + " " + token)) Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // already gone, or replaced by a newer window's: leave it
        }
    }
}
