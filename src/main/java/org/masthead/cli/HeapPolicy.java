package org.masthead.cli;

import java.lang.management.ManagementFactory;

/**
 * How much memory Masthead keeps: the window while it waits for the user, a full export once
 * it has read the site. With the JVM's defaults G1
 * keeps up to 70% of its heap free after a collection, so a window that once read 100,000
 * inbox rows holds three times the memory it uses for as long as it stays open. Masthead sets
 * the JVM's own <em>manageable</em> options at start (they can be changed in a running JVM;
 * nothing on the command line changes): keep 10–15% free, and let G1 collect and give memory
 * back to the system after a minute of quiet. Where the options are not there (another JVM),
 * nothing happens.
 */
public final class HeapPolicy {

    private HeapPolicy() {
    }

    /** Applies the policy; true when the JVM took it. */
    public static boolean apply() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (vm == null) return false;
            vm.setVMOption("MinHeapFreeRatio", "10"); // first: the minimum may not exceed the maximum
            vm.setVMOption("MaxHeapFreeRatio", "15");
            if ("true".equals(vm.getVMOption("UseG1GC").getValue())) vm.setVMOption("G1PeriodicGCInterval", "60000");
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false; // not HotSpot, or the management module is missing: the JVM's defaults stay
        }
    }
}
