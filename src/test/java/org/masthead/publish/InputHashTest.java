package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InputHashTest {

    @Test
    void partsAreKeptApartAndEveryCharacterCounts() {
        assertThat(InputHash.of("ab", "c")).isNotEqualTo(InputHash.of("a", "bc")).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(InputHash.of("x")).isEqualTo(InputHash.of("x")).isNotEqualTo(InputHash.of("x", ""));
        Set<String> seen = new HashSet<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append((char) ('a' + i % 26));
            assertThat(seen.add(InputHash.of(sb))).isTrue();
            String edited = sb.substring(0, i / 2) + "é" + sb.substring(i / 2 + 1);
            assertThat(seen.add(InputHash.of(edited))).as("one character changed at " + i / 2).isTrue();
        }
    }

    @Test
    void addressesMadeFromNamesInOtherScriptsNeverChange() {
        // computed with the SHA-256 the addresses have always used
        assertThat(SiteIndex.keyOf("ليلى حداد", "author-")).isEqualTo("author-0e20f3b807");
        assertThat(SiteIndex.keyOf("Ana Lima", "author-")).isEqualTo("ana-lima");
    }
}
