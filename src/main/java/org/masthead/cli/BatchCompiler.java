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
 * changes), to keep every method at C1. The window does not: it runs for hours. Where the JVM
 * has no such command (another JVM, a runtime without jdk.management), nothing happens.
 * Decision: docs/decisions/0015-batch-commands-compile-with-c1.md.
 */
public final class BatchCompiler {

    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private BatchCompiler() {
    }

    /** Set to "off" ({@code -Dmasthead.batchCompiler=off}) to keep the JVM's own compilation, e.g. to compare. */
    static final String SWITCH = "masthead.batchCompiler";

    /**
     * Applies the policy on a thread of its own (the JVM's management server takes a moment to
     * start): compilations asked for after that are C1's.
     */
    public static void applySoon() {
        if ("off".equals(System.getProperty(SWITCH))) return;
        Thread t = new Thread(BatchCompiler::apply, "masthead-batch-compiler");
        t.setDaemon(true);
        t.start();
    }

    /** Applies the policy to this JVM; true when it took it. */
    public static boolean apply() {
        Path file = null;
        try {
            file = Files.createTempFile("masthead-compiler", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
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
