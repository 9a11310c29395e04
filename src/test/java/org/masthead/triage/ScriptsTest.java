package org.masthead.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import org.junit.jupiter.api.Test;

/** The short cuts past Unicode's script table give what the table gives. */
class ScriptsTest {

    @Test
    void theBlocksCountedWithoutTheTableAreWhollyOfTheirScript() {
        for (int cp = 0x4E00; cp <= 0x9FEF; cp++) {
            assertThat(UnicodeScript.of(cp)).as("U+%04X", cp).isEqualTo(UnicodeScript.HAN);
            assertThat(Scripts.isCjk(cp)).isTrue();
        }
        for (int cp = 0x0400; cp <= 0x04FF; cp++) {
            if (Character.isLetter(cp)) assertThat(UnicodeScript.of(cp)).as("U+%04X", cp).isEqualTo(UnicodeScript.CYRILLIC);
        }
        for (int cp = 0; cp < 0x80; cp++) if (Character.isLetter(cp)) assertThat(UnicodeScript.of(cp)).isEqualTo(UnicodeScript.LATIN);
    }

    @Test
    void countsMatchTheTableForEveryScriptInAMixedText() {
        String text = "Rivers 河流与城市 Реки и города الأنهار والمدن かわ カワ 강 Ελλάδα";
        Scripts s = Scripts.of(text);
        java.util.Map<UnicodeScript, Integer> expected = new java.util.EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> expected.merge(UnicodeScript.of(cp), 1, Integer::sum));
        assertThat(s.letters()).isEqualTo(expected);
    }
}
