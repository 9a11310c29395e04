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
        int[] byScript = new int[SCRIPTS.length];
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            // ASCII letters are Latin: spare the script table's binary search for most of a Western text
            byScript[cp < 0x80 ? LATIN : cp >= 0x4E00 && cp <= 0x9FEF ? HAN : cp >= 0x0400 && cp <= 0x04FF ? CYRILLIC
                    : UnicodeScript.of(cp).ordinal()]++;
            total++;
        }
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        for (int k = 0; k < byScript.length; k++) if (byScript[k] > 0) counts.put(SCRIPTS[k], byScript[k]);
        return new Scripts(counts, total);
    }

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    private static final int LATIN = UnicodeScript.LATIN.ordinal();
    // Blocks whose letters are all of one script (checked by ScriptsTest): no table search for them.
    private static final int HAN = UnicodeScript.HAN.ordinal();
    private static final int CYRILLIC = UnicodeScript.CYRILLIC.ordinal();

    static boolean isCjk(int cp) {
        if (cp < 0x2E80) return false; // below the CJK radicals: no Han or kana
        if (cp >= 0x4E00 && cp <= 0x9FEF) return true; // CJK Unified Ideographs: all Han, most of a Chinese text
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
