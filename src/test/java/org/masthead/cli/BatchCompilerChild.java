package org.masthead.cli;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/** Applies the batch compiler policy named by the first argument in its own JVM, then prints the JVM's compiler directives (to stdout). */
public final class BatchCompilerChild {

    private BatchCompilerChild() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("applied " + BatchCompiler.apply(BatchCompiler.Policy.valueOf(args[0])));
        System.out.flush();
        Object printed = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "compilerDirectivesPrint", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        System.out.println("directives " + printed);
    }
}
