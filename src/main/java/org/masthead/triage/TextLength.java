package org.masthead.triage;

import java.util.Locale;
import java.util.Set;
import org.masthead.model.text.TextStats;

/**
 * The length of a submission as editors quote it: words, or characters for Chinese and
 * Japanese, which are written without spaces. Characters exclude white space and punctuation,
 * and a run of Latin letters or digits inside Chinese text counts once, as word processors'
 * character counts (字数) do, so "2026年的GDP" is four: "2026", 年, 的, "GDP".
 */
public final class TextLength {

    /** What the count counts. */
    public enum Unit { WORDS, CHARACTERS }

    /** A count with its unit; {@link #label()} is what the inbox list prints. */
    public record Length(int count, Unit unit) {
        public String label() {
            String noun = unit == Unit.WORDS ? "word" : "character";
            return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
        }
    }

    private static final Set<String> CHARACTER_LANGUAGES = Set.of("zh", "ja", "yue");

    private TextLength() {
    }

    /**
     * @param languageCode an ISO 639-1 code, possibly with a region ("zh-TW"); null, blank or
     *                     "und" decides by the script of the text instead
     */
    public static Length of(String text, String languageCode) {
        String t = text == null ? "" : text;
        Unit unit = countsCharacters(languageCode, t) ? Unit.CHARACTERS : Unit.WORDS;
        return new Length(TextStats.of(t).count(), unit);
    }

    private static boolean countsCharacters(String languageCode, String text) {
        String lang = primary(languageCode);
        if (lang.isEmpty() || lang.equals("und")) return Scripts.of(text).mostlyCjk();
        return CHARACTER_LANGUAGES.contains(lang);
    }

    /** "zh-Hant-TW" → "zh"; null → "". */
    static String primary(String languageCode) {
        if (languageCode == null) return "";
        String s = languageCode.strip().toLowerCase(Locale.ROOT);
        int cut = s.indexOf('-') >= 0 ? s.indexOf('-') : s.indexOf('_');
        return cut >= 0 ? s.substring(0, cut) : s;
    }
}
