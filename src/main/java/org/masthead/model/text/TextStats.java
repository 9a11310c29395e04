package org.masthead.model.text;

/**
 * Word count and reading time. Chinese and Japanese have no spaces between words, so each
 * Han, Hiragana or Katakana character counts as one unit; other scripts count words
 * separated by white space or punctuation.
 */
public record TextStats(int words, int cjkCharacters) {

    /** Reading speeds used for the estimate: words and CJK characters per minute. */
    public static final int WORDS_PER_MINUTE = 230;
    public static final int CJK_CHARS_PER_MINUTE = 450;

    public static TextStats of(CharSequence text) {
        int words = 0;
        int cjk = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                cjk++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                if (!inWord) words++;
                inWord = true;
            } else if (cp == '\'' || cp == '\u2019' || cp == '-') {
                // apostrophes and hyphens inside a word do not start a new one
            } else {
                inWord = false;
            }
        }
        return new TextStats(words, cjk);
    }

    static boolean isCjk(int cp) {
        if (cp < 0x2E80) return false; // below the CJK radicals: no Han or kana
        if (cp >= 0x4E00 && cp <= 0x9FEF) return true; // CJK Unified Ideographs: all Han, most of a Chinese text
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /** The figure editors quote as the length: words plus CJK characters. */
    public int count() {
        return words + cjkCharacters;
    }

    /** Whole minutes, at least one for any non-empty text. */
    public int readingMinutes() {
        if (count() == 0) return 0;
        double min = (double) words / WORDS_PER_MINUTE + (double) cjkCharacters / CJK_CHARS_PER_MINUTE;
        return Math.max(1, (int) Math.round(min));
    }

    public TextStats plus(TextStats o) {
        return new TextStats(words + o.words, cjkCharacters + o.cjkCharacters);
    }

    /** "1,234 words", or with CJK text "1,234 words · 560 characters". */
    public String label() {
        StringBuilder sb = new StringBuilder();
        if (words > 0 || cjkCharacters == 0) sb.append(String.format("%,d word%s", words, words == 1 ? "" : "s"));
        if (cjkCharacters > 0) {
            if (sb.length() > 0) sb.append(" · ");
            sb.append(String.format("%,d character%s", cjkCharacters, cjkCharacters == 1 ? "" : "s"));
        }
        return sb.toString();
    }
}
