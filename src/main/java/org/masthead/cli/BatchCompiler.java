package org.masthead.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * How a batch command (an export, an import) has its code compiled. HotSpot compiles hot code
 * twice: quickly (C1), then, for code that stays hot, again with every optimisation (C2). A
 * command that runs for a few seconds on a cold JVM pays for the second compilation and rarely
 * lives long enough to gain from it; on a two-core laptop the C2 threads take a core from the
 * work itself (an incremental export of 10,000 articles spent more CPU compiling than
 * exporting). So batch commands tell the running JVM, through its own diagnostic command
 * {@code Compiler.directives_add} (what {@code jcmd} calls; nothing on the command line
 * changes), which methods C2 may compile: none for an export ({@link Policy#C1_ONLY}); for an
 * inbox import, only the loops that read text ({@link Policy#TEXT_LOOPS_AT_C2}). The window does
 * not: it runs for hours. Where the JVM has no such command (another JVM, a runtime without
 * jdk.management), nothing happens.
 * Decisions: docs/decisions/0015-batch-commands-compile-with-c1.md, 0022-inbox-import-pipeline.md.
 */
public final class BatchCompiler {

    /** Which methods C2 may compile. */
    public enum Policy {
        /** None: every method stays at C1. */
        C1_ONLY("[{ match: \"*.*\", c2: { Exclude: true } }]"),
        /**
         * The few loops an inbox import spends its reading time in, where C2's code is worth its
         * compilation: text scanning, n-grams and hashes (MinHash shingles, language detection,
         * scripts, word counts, charset decoding, regular expressions, strings, maps, arrays);
         * everything else (parsers, JDBC, Jackson) stays at C1. Measured on a 10,000-message
         * import (decision 0022): 12.4–13.0 s with the JVM's own compilation, 13.1–13.3 s with C1
         * only, 10.5–10.8 s so.
         */
        TEXT_LOOPS_AT_C2("[{ match: [\"org/masthead/triage/MinHash*.*\", \"org/masthead/triage/Scripts.*\", \"com/optimaize/*.*\","
                + " \"java/util/HashMap.*\", \"java/lang/String*.*\", \"java/util/regex/*.*\", \"org/masthead/ingest/inbox/MessageReader.words\","
                + " \"org/masthead/model/text/*.*\", \"sun/nio/cs/*.*\", \"java/lang/AbstractStringBuilder.*\", \"java/util/Arrays.*\"],"
                + " c2: { Exclude: false } }, { match: \"*.*\", c2: { Exclude: true } }]");

        final String directive;

        Policy(String directive) {
            this.directive = directive;
        }
    }

    private BatchCompiler() {
    }

    /** Set to "off" ({@code -Dmasthead.batchCompiler=off}) to keep the JVM's own compilation, e.g. to compare. */
    static final String SWITCH = "masthead.batchCompiler";

    /**
     * Applies {@code policy} on a thread of its own (the JVM's management server takes a moment
     * to start): compilations asked for after that follow it.
     */
    public static void applySoon(Policy policy) {
        if ("off".equals(System.getProperty(SWITCH))) return;
        Thread t = new Thread(() -> apply(policy), "masthead-batch-compiler");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The JVM's diagnostic commands without the platform management server, which registers
     * every platform bean first (a tenth of a second on a cold JVM, while C2 is still compiling):
     * reachable when the jar's manifest exports {@code sun.management} (run as {@code java -jar});
     * null elsewhere (tests, another runtime), and the server is asked instead.
     */
    private static javax.management.DynamicMBean diagnosticCommands() {
        try {
            Object bean = Class.forName("sun.management.ManagementFactoryHelper").getMethod("getDiagnosticCommandMBean").invoke(null);
            return bean instanceof javax.management.DynamicMBean d ? d : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Applies {@code policy} to this JVM; true when it took it. */
    public static boolean apply(Policy policy) {
        Path file = null;
        try {
            file = Files.createTempFile("masthead-compiler", ".json");
            Files.writeString(file, policy.directive, StandardCharsets.UTF_8);
            Object[] args = {new String[] {file.toString()}};
            String[] signature = {String[].class.getName()};
            Object answer;
            javax.management.DynamicMBean direct = diagnosticCommands();
            if (direct != null) {
                answer = direct.invoke("compilerDirectivesAdd", args, signature);
            } else {
                answer = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "compilerDirectivesAdd", args, signature);
            }
            return String.valueOf(answer).contains("added");
        } catch (Exception | LinkageError e) {
            return false; // the JVM's own compilation stays
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // a temporary file of a few bytes
                }
            }
        }
    }
}
