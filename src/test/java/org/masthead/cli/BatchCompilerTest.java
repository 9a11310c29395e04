package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masthead.store.ChildJvm;

/** Batch commands tell their own JVM to keep code at C1 (decision 15): checked in a JVM of its own. */
class BatchCompilerTest {

    @Test
    void theRunningJvmTakesTheDirectiveThatExcludesC2() throws Exception {
        Process p = ChildJvm.start(BatchCompilerChild.class);
        String out;
        try (BufferedReader r = ChildJvm.stdout(p)) {
            out = r.lines().collect(Collectors.joining("\n"));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).contains("applied true");
        // the JVM prints its directive stack: ours first, matching every method, with C2 excluded
        assertThat(out).containsPattern("(?s)matching: \\*\\.\\*.*c2 directives:\\s+inline: -\\s+Enable:true Exclude:true");
    }

    @Test
    void theSwitchKeepsTheJvmsOwnCompilation() {
        // the test JVM runs with -Dmasthead.batchCompiler=off (pom): applySoon does nothing here
        assertThat(System.getProperty(BatchCompiler.SWITCH)).isEqualTo("off");
        BatchCompiler.applySoon();
    }
}
