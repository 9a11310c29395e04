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
        String out = directives(BatchCompiler.Policy.C1_ONLY);
        // the JVM prints its directive stack: ours first, matching every method, with C2 excluded
        assertThat(out).containsPattern("(?s)matching: \\*\\.\\*.*c2 directives:\\s+inline: -\\s+Enable:true Exclude:true");
    }

    @Test
    void anImportKeepsC2ForTheTextLoopsOnly() throws Exception {
        String out = directives(BatchCompiler.Policy.TEXT_LOOPS_AT_C2);
        // first the text loops, C2 allowed; after them every other method, C2 excluded
        int loops = out.indexOf("matching: ");
        int rest = out.indexOf("matching: *.*");
        assertThat(loops).isNotNegative();
        assertThat(rest).isGreaterThan(loops);
        assertThat(out.substring(loops, rest)).contains("org/masthead/triage/MinHash*.*", "com/optimaize/*.*", "java/util/regex/*.*")
                .containsPattern("c2 directives:\\s+inline: -\\s+Enable:true Exclude:false");
        assertThat(out.substring(rest)).containsPattern("c2 directives:\\s+inline: -\\s+Enable:true Exclude:true");
    }

    /** What a JVM of its own prints of its directive stack after taking {@code policy}. */
    private static String directives(BatchCompiler.Policy policy) throws Exception {
        Process p = ChildJvm.start(BatchCompilerChild.class, policy.name());
        String out;
        try (BufferedReader r = ChildJvm.stdout(p)) {
            out = r.lines().collect(Collectors.joining("\n"));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).contains("applied true");
        return out;
    }

    @Test
    void theSwitchKeepsTheJvmsOwnCompilation() {
        // the test JVM runs with -Dmasthead.batchCompiler=off (pom): applySoon does nothing here
        assertThat(System.getProperty(BatchCompiler.SWITCH)).isEqualTo("off");
        BatchCompiler.applySoon(BatchCompiler.Policy.C1_ONLY);
    }
}
