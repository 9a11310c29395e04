package org.masthead.triage;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts the letters of a text by Unicode script. Length, language and shingling all need to
 * know whether a text is written without spaces between words (Chinese, Japanese), and which
 * script dominates when a text is too short for statistics.
 */
record Scripts(Map<UnicodeScript, Integer> letters, int total) {

    static Scripts of(CharSequence text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            counts.merge(UnicodeScript.of(cp), 1, Integer::sum);
            total++;
        }
        return new Scripts(counts, total);
    }

    static boolean isCjk(int cp) {
        UnicodeScript s = UnicodeScript.of(cp);
        return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA;
    }

    int count(UnicodeScript script) {
        return letters.getOrDefault(script, 0);
    }

    int kana() {
        return count(UnicodeScript.HIRAGANA) + count(UnicodeScript.KATAKANA);
    }

    int cjk() {
        return count(UnicodeScript.HAN) + kana();
    }

    /** Whether most letters are Chinese characters or kana, so the text has no spaces between words. */
    boolean mostlyCjk() {
        return total > 0 && cjk() * 2 >= total;
    }

    /** The script with the most letters, or {@link UnicodeScript#UNKNOWN} for a text without letters. */
    UnicodeScript dominant() {
        UnicodeScript best = UnicodeScript.UNKNOWN;
        int most = 0;
        for (Map.Entry<UnicodeScript, Integer> e : letters.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
