package org.masthead.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextStatsTest {

    @Test
    void countsWordsInLatinText() {
        assertThat(TextStats.of("It's a well-known fact, isn't it?").words()).isEqualTo(6);
        assertThat(TextStats.of("").count()).isZero();
        assertThat(TextStats.of("   \n  ").readingMinutes()).isZero();
    }

    @Test
    void countsEachChineseOrJapaneseCharacter() {
        TextStats s = TextStats.of("城市水资源政策 and ひらがな");
        assertThat(s.cjkCharacters()).isEqualTo(11);
        assertThat(s.words()).isEqualTo(1);
        assertThat(s.label()).isEqualTo("1 word · 11 characters");
    }

    @Test
    void countsArabicWords() {
        assertThat(TextStats.of("المدن الكبرى تحتاج إلى المياه").words()).isEqualTo(5);
    }

    @Test
    void readingTimeIsAtLeastAMinuteForAnyText() {
        assertThat(TextStats.of("one").readingMinutes()).isEqualTo(1);
        assertThat(TextStats.of("word ".repeat(2300)).readingMinutes()).isEqualTo(10);
    }

    @Test
    void directionFollowsLanguageAndFirstStrongCharacter() {
        assertThat(TextDirection.ofLanguage("ar")).isEqualTo(TextDirection.RTL);
        assertThat(TextDirection.ofLanguage("ar-EG")).isEqualTo(TextDirection.RTL);
        assertThat(TextDirection.ofLanguage("zh-Hans")).isEqualTo(TextDirection.LTR);
        assertThat(TextDirection.ofLanguage("en")).isEqualTo(TextDirection.LTR);
        assertThat(TextDirection.ofText("«2015» المدن", TextDirection.LTR)).isEqualTo(TextDirection.RTL);
        assertThat(TextDirection.ofText("123 ...", TextDirection.RTL)).isEqualTo(TextDirection.RTL);
        assertThat(TextDirection.ofText("Water المياه", TextDirection.RTL)).isEqualTo(TextDirection.LTR);
    }
}
