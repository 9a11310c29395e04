package org.masthead.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of the code that makes pages, for the export's global stamp: a newer Masthead that
 * makes a page differently from the same data (another teaser wording, another description
 * length, another slug rule, Java's own Unicode tables) must not keep pages whose data did not
 * change. It covers the class files of the packages pages are made by (publish, model, planning)
 * and the Java runtime's version. From a jar it takes each entry's CRC-32 from the jar's
 * directory (nothing is decompressed); from a folder of classes (a development build), their
 * bytes. Worked out once per process.
 */
final class CodeStamp {

    /** Where the code that decides a page's bytes lives. */
    static final List<String> PACKAGES = List.of("org/masthead/publish/", "org/masthead/model/", "org/masthead/planning/");

    private static volatile String value;
    /** Being worked out on a thread of its own since {@link #prepare()}, or null. */
    private static volatile java.util.concurrent.CompletableFuture<String> coming;

    private CodeStamp() {
    }

    /** Starts working the stamp out on a thread of its own (it reads the jar's directory, some 40,000 entries), for {@link #get()} to take. */
    static synchronized void prepare() {
        if (value != null || coming != null) return;
        coming = java.util.concurrent.CompletableFuture.supplyAsync(CodeStamp::compute, r -> {
            Thread t = new Thread(r, "masthead-code-stamp");
            t.setDaemon(true);
            t.start();
        });
    }

    static String get() {
        String v = value;
        if (v != null) return v;
        java.util.concurrent.CompletableFuture<String> c = coming;
        value = v = c != null ? c.join() : compute();
        return v;
    }

    private static String compute() {
        try {
            return of(Path.of(CodeStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            // No code source to read (an unusual class loader): a stamp that changes with every process,
            // so nothing is ever kept on the strength of it.
            return InputHash.of("code", "unknown", System.nanoTime());
        }
    }

    /** The stamp of the classes in {@code where}: a jar, or a folder of class files. */
    static String of(Path where) {
        Map<String, String> parts = new TreeMap<>();
        try {
            if (Files.isRegularFile(where)) {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        if (covered(e.getName())) parts.put(e.getName(), Long.toHexString(e.getCrc()) + ":" + e.getSize());
                    }
                }
            } else {
                for (String pkg : PACKAGES) {
                    Path dir = where.resolve(pkg);
                    if (!Files.isDirectory(dir)) continue;
                    try (Stream<Path> s = Files.walk(dir)) {
                        for (Path f : s.filter(Files::isRegularFile).toList()) {
                            parts.put(where.relativize(f).toString().replace('\\', '/'), InputHash.ofBytes(Files.readAllBytes(f)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Masthead's own classes to fingerprint them: " + e.getMessage(), e);
        }
        return InputHash.of("code", Runtime.version(), parts);
    }

    private static boolean covered(String name) {
        if (!name.endsWith(".class")) return false;
        for (String p : PACKAGES) if (name.startsWith(p)) return true;
        return false;
    }
}
