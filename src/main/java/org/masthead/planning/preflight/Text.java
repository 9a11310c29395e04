package org.masthead.planning.preflight;

/**
 * Cheap tests that tell when a pattern cannot match, so that most texts skip the regex scan.
 * Each is true whenever the pattern could match (a match is then still decided by the pattern
 * itself), so a test may pass a text the pattern then rejects, never the other way round.
 */
final class Text {

    private Text() {
    }

    /**
     * True when {@code s} contains {@code word} (lower-case ASCII letters) in any mix of case:
     * what a pattern under {@code (?i)} without UNICODE_CASE, which folds ASCII letters only,
     * needs to match the word.
     */
    static boolean containsIgnoreAsciiCase(String s, String word) {
        int n = word.length();
        char first = word.charAt(0);
        for (int i = 0, last = s.length() - n; i <= last; i++) {
            if ((s.charAt(i) | 0x20) != first) continue;
            int k = 1;
            while (k < n && (s.charAt(i + k) | 0x20) == word.charAt(k)) k++;
            if (k == n) return true;
        }
        return false;
    }

    /** True when {@code s} has a digit 0-9, which {@code \d} needs (without UNICODE_CHARACTER_CLASS). */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }
}
