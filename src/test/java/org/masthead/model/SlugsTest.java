package org.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void latinHeadlinesLoseAccentsCaseAndPunctuation() {
        assertThat(Slugs.of("The Cities That Buried Their Rivers Are Digging Them Up"))
                .isEqualTo("the-cities-that-buried-their-rivers-are-digging-them-up");
        assertThat(Slugs.of("  Déjà vu: Ærø’s “Fjord” — 2026!  ")).isEqualTo("deja-vu-aeros-fjord-2026");
        assertThat(Slugs.of("Łódź and Kraków")).isEqualTo("lodz-and-krakow");
    }

    @Test
    void longHeadlinesAreCutAtAWordWithinEightyCharacters() {
        String s = Slugs.of("word ".repeat(40));
        assertThat(s.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(s).endsWith("word").doesNotEndWith("-");
    }

    @Test
    void otherScriptsFallBackAndDuplicatesAreNumbered() {
        assertThat(Slugs.of("城市与水 G20")).isEmpty();
        assertThat(Slugs.ofArticle(7, "مدن المياه")).isEqualTo("article-7");
        assertThat(Slugs.ofArticle(7, "???")).isEqualTo("article-7");
        assertThat(Slugs.unique("water", Set.of("water", "water-2")::contains)).isEqualTo("water-3");
        assertThat(Slugs.unique("rain", Set.of("water")::contains)).isEqualTo("rain");
    }
}
