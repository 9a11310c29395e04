package org.masthead.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what an editor types into the search box into terms, so that no character of theirs
 * is read as query syntax ({@code "}, {@code *}, {@code AND}, {@code -}).
 */
final class SearchQuery {

    private SearchQuery() {
    }

    static List<String> terms(String q) {
        List<String> out = new ArrayList<>();
        if (q == null) return out;
        for (String t : q.strip().split("[\\s\"]+")) {
            String clean = t.replace("\"", "");
            if (!clean.isBlank()) out.add(clean);
        }
        return out;
    }

    /** Every term quoted; the last one also matches as a prefix, for search-as-you-type. */
    static String toFts5(List<String> terms) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) sb.append(' ');
            sb.append('"').append(terms.get(i)).append('"');
            if (i == terms.size() - 1) sb.append('*');
        }
        return sb.toString();
    }

    /**
     * Scripts whose words the unicode61 tokenizer does not separate usefully: CJK has no spaces,
     * and Arabic and Hebrew attach the article and prepositions to the word (المياه for مياه).
     * Such queries match as substrings.
     */
    static boolean needsSubstring(String q) {
        return q.codePoints().anyMatch(cp -> {
            if (cp < 0x0590) return false; // below Hebrew: none of these scripts
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                    || s == Character.UnicodeScript.ARABIC || s == Character.UnicodeScript.HEBREW;
        });
    }
}
