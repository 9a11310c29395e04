package org.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZonesTest {

    @Test
    void selectableZonesAreTheRegionIdsWithoutALibrarysPrivateOnes() {
        assertThat(Zones.selectable()).contains("Asia/Shanghai", "Europe/Berlin", "UTC").noneMatch(id -> id.startsWith("ical4j"))
                .isSorted();
    }
}
