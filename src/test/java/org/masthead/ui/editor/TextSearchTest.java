package org.masthead.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void findsForwardAndBackwardWrappingAround() {
        String t = "cat dog Cat";
        assertThat(TextSearch.next(t, "cat", 1, true)).isEqualTo(0);
        assertThat(TextSearch.next(t, "cat", 1, false)).isEqualTo(8);
        assertThat(TextSearch.previous(t, "cat", 8, false)).isEqualTo(0);
        assertThat(TextSearch.previous(t, "cat", 0, false)).isEqualTo(8);
        assertThat(TextSearch.next(t, "bird", 0, false)).isEqualTo(-1);
    }

    @Test
    void allMatchesDoNotOverlap() {
        assertThat(TextSearch.all("aaaa", "aa", true)).containsExactly(0, 2);
        assertThat(TextSearch.all("中文 中文", "中文", true)).containsExactly(0, 3);
        assertThat(TextSearch.all("x", "", true)).isEmpty();
    }
}
