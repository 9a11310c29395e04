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

    /** The policies asked for in this JVM. */
    private static final java.util.Set<Policy> APPLIED = java.util.EnumSet.noneOf(Policy.class);

    /**
     * Applies the policy of the command {@code args} run, if it is a batch command, as the very
     * first thing the launcher does: C2 compiles from the JVM's first milliseconds, and a command
     * that applies its policy when it starts (a fifth of a second in) has paid for a tenth of a
     * second of it by then. The commands apply theirs again (once is enough; a test calls them directly).
     */
    public static void applyEarly(String[] args) {
        java.util.List<String> a = java.util.Arrays.asList(args);
        String command = MastheadCommand.commandName(args);
        if ("export".equals(command) && !a.contains("--full")) applySoon(Policy.C1_ONLY);
        else if ("inbox".equals(command) && a.indexOf("import") > a.indexOf("inbox")) applySoon(Policy.TEXT_LOOPS_AT_C2);
    }

    /**
     * Applies {@code policy} on a thread of its own (the JVM's management server takes a moment
     * to start): compilations asked for after that follow it.
     */
    public static void applySoon(Policy policy) {
        if ("off".equals(System.getProperty(SWITCH))) return;
        synchronized (APPLIED) {
            if (!APPLIED.add(policy)) return; // asked for already (by the launcher, say)
        }
        Thread t = new Thread(() -> apply(policy), "masthead-batch-compiler");
        t.setDaemon(true);
        t.start();
    }

    /** Applies {@code policy} to this JVM; true when it took it. */
    public static boolean apply(Policy policy) {
        Path file = null;
        try {
            // Named by the process rather than by a random number (whose generator takes a moment to start), and created
            // new: a file or link someone left under that name makes this fail, and the JVM's own compilation stays.
            Path named = Path.of(System.getProperty("java.io.tmpdir"), "masthead-compiler-" + ProcessHandle.current().pid() + "-"
                    + policy.ordinal() + ".json");
            Files.writeString(named, policy.directive, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            file = named; // ours to delete only once made
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
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
