package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.SearchHit;

class TextFoldingTest {

    @Test
    void foldingLowersAndDropsDiacriticsButKeepsHangulWhole() {
        assertThat(TextFolding.fold("Café NÚÑEZ")).isEqualTo("cafe nunez");
        assertThat(TextFolding.fold("서울의 물")).isEqualTo("서울의 물");
        assertThat(TextFolding.fold("مَاءٌ")).as("Arabic vowel marks").isEqualTo("ماء");
        assertThat(TextFolding.fold("İstanbul")).isEqualTo("istanbul");
    }

    @Test
    void wordsAreRunsOfLettersDigitsAndMarks() {
        assertThat(TextFolding.words("Rents rise; the café closes (2026).")).containsExactly("rents", "rise", "the", "cafe", "closes", "2026");
        assertThat(TextFolding.wordText("e-mail, O'Brien")).isEqualTo("e mail o brien");
    }

    @Test
    void everyWordIsQuotedInTheTsquery() {
        assertThat(TextFolding.tsquery(List.of("O'Brien", "AND("), true)).isEqualTo("('o' <-> 'brien') & ('and':*)");
        assertThat(TextFolding.tsquery(List.of("Café"), false)).isEqualTo("('cafe')");
        assertThat(TextFolding.tsquery(List.of("*", "%"), false)).isEmpty();
        assertThat(TextFolding.likeAnywhere("水%_\\")).isEqualTo("%水\\%\\_\\\\%");
    }

    @Test
    void snippetsMarkWholeWordsOrSubstringsInTheTextAsWritten() {
        String o = SearchHit.OPEN;
        String c = SearchHit.CLOSE;
        assertThat(TextFolding.snippet("An article on art and the Café", List.of("art", "cafe"), false))
                .isEqualTo("An article on " + o + "art" + c + " and the " + o + "Café" + c);
        assertThat(TextFolding.snippet("气候变化正在改变我们的城市。", List.of("城市"), true)).isEqualTo("气候变化正在改变我们的" + o + "城市" + c + "。");
        String longText = "x ".repeat(60) + "needle" + " y".repeat(60);
        String s = TextFolding.snippet(longText, List.of("needle"), false);
        assertThat(s).startsWith("\u2026").endsWith("\u2026").contains(o + "needle" + c);
        assertThat(s.length()).isLessThan(100);
    }
}
