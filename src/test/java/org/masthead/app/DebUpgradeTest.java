package org.masthead.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, item 5, through .ci/deb-upgrade-test.sh: install the built .deb into a throw-away root,
 * make content with the installed command, install the next version over it, find everything.
 * Runs only where the .deb was built (mvn -Pdist) and dpkg and fakeroot exist; else skips, saying so.
 */
class DebUpgradeTest {

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }

    @Test
    void upgradingThePackageKeepsTheDatabase() throws Exception {
        assumeTrue(onPath("dpkg") && onPath("dpkg-deb") && onPath("fakeroot"), "dpkg, dpkg-deb or fakeroot is missing: the upgrade test skips");
        Path dist = Path.of("target/dist");
        boolean built;
        try (Stream<Path> s = Files.isDirectory(dist) ? Files.list(dist) : Stream.empty()) {
            built = s.anyMatch(p -> p.getFileName().toString().endsWith(".deb"));
        }
        assumeTrue(built, "no target/dist/*.deb (build it with mvn -Pdist -DskipTests package): the upgrade test skips");
        Process p = new ProcessBuilder("bash", ".ci/deb-upgrade-test.sh").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("kept 1 article(s) and the whole backup", "removal left the data");
    }
}
