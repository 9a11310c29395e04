package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's native library comes from one cached copy, written once and whole (a JVM of its own: the driver loads once per JVM). */
class SqliteNativeTest {

    @TempDir
    Path cache;

    private List<String> run() throws Exception {
        Process p = ChildJvm.start(SqliteNativeChild.class, cache.toString());
        List<String> out;
        try (BufferedReader r = ChildJvm.stdout(p)) {
            out = r.lines().toList();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out;
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void theDriverLoadsTheCachedCopyWhichIsWrittenOnceAndWhole() throws Exception {
        List<String> first = run();
        assertThat(first).contains("used true answer 42");
        if (Files.isReadable(Path.of("/proc/self/maps"))) assertThat(first).contains("mapped true");
        List<Path> lib = files();
        assertThat(lib).hasSize(1); // no ".part" left behind
        assertThat(lib.get(0).toString()).contains("native").contains("sqlite-jdbc-");
        long size = Files.size(lib.get(0));
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(lib.get(0));

        assertThat(run()).contains("used true answer 42");
        assertThat(Files.getLastModifiedTime(lib.get(0))).as("not written again").isEqualTo(written);

        // a damaged copy (wrong size) is written again
        Files.write(lib.get(0), new byte[] {1, 2, 3});
        assertThat(run()).contains("used true answer 42");
        assertThat(Files.size(lib.get(0))).isEqualTo(size);
    }
}
