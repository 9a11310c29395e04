package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The window's heap policy reaches the running JVM (HotSpot's manageable options). */
class HeapPolicyTest {

    @Test
    void theRunningJvmKeepsLittleFreeHeapAndGivesMemoryBackWhenIdle() {
        assertThat(HeapPolicy.apply()).isTrue();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("15");
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
        if ("true".equals(vm.getVMOption("UseG1GC").getValue())) {
            assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("60000");
        }
    }
}
