package org.masthead.model.text;

import java.util.Locale;
import java.util.Set;

/** Left-to-right or right-to-left, from a language tag or from a paragraph's text. */
public enum TextDirection {
    LTR, RTL;

    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb");

    /** The direction of a BCP 47 language, e.g. {@code ar} or {@code ar-EG} is RTL. */
    public static TextDirection ofLanguage(String bcp47) {
        if (bcp47 == null || bcp47.isBlank()) return LTR;
        Locale l = Locale.forLanguageTag(bcp47);
        String script = l.getScript();
        if (script.equals("Arab") || script.equals("Hebr") || script.equals("Thaa") || script.equals("Syrc")) return RTL;
        if (!script.isEmpty()) return LTR;
        return RTL_LANGUAGES.contains(l.getLanguage()) ? RTL : LTR;
    }

    /** A strong right-to-left character (Arabic, Hebrew, ...). */
    public static boolean isStrongRtl(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /**
     * The direction of a paragraph by its first strong character (the Unicode bidi rule P2),
     * or {@code fallback} when the text has none.
     */
    public static TextDirection ofText(CharSequence text, TextDirection fallback) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.getDirectionality(cp) == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return LTR;
            if (isStrongRtl(cp)) return RTL;
        }
        return fallback;
    }
}
