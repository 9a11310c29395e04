package org.masthead.planning.preflight;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two pieces of text read once the differences no reader notices are taken out:
 * case, spacing, punctuation and the shape of quotes and dashes.
 */
final class Similarity {

    private Similarity() {
    }

    /** Lower case, letters and digits only, one space between words. */
    static String normalize(String s) {
        return String.join(" ", words(s));
    }

    /**
     * The words of {@link #normalize}: NFKC, lower case, split at everything that is neither a
     * letter nor a digit, with apostrophes ("author's", "author’s") dropped inside the word. One
     * pass; a text of ASCII, Latin-1 and the usual punctuation (curly quotes, dashes, ellipses,
     * no-break spaces), which is most text, skips the normalizer and the lower-case copy: see
     * {@link #PLAIN}.
     */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        split(s, (buf, len, hash) -> out.add(new String(buf, 0, len)));
        return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
    }

    /** Receives the words of a text one at a time, in a buffer it may not keep. */
    interface Words {
        /** @param hash what {@link String#hashCode} of the word is */
        void word(char[] buf, int len, int hash);
    }

    /** Hands the words of {@link #words} to {@code to}, in order, without making a string of each. */
    static void split(String s, Words to) {
        if (s == null || s.isEmpty()) return;
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) plain = plain(s.charAt(i)) != OTHER;
        String n = plain ? s : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        char[] w = new char[Math.min(n.length(), 32)];
        int len = 0;
        int h = 0;
        if (plain) {
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                char l = c < 0x100 ? LOWER[c] : 0;
                if (l != 0) {
                    if (len == w.length) w = Arrays.copyOf(w, len * 2);
                    w[len++] = l;
                    h = 31 * h + l;
                } else if (len > 0 && plain(c) == SEPARATOR) {
                    to.word(w, len, h);
                    len = 0;
                    h = 0;
                }
            }
        } else {
            for (int i = 0; i < n.length(); ) {
                int cp = n.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetterOrDigit(cp)) {
                    if (len + 2 > w.length) w = Arrays.copyOf(w, len * 2 + 2);
                    int k = Character.toChars(cp, w, len);
                    for (int j = len; j < len + k; j++) h = 31 * h + w[j];
                    len += k;
                } else if (cp == '\'' || cp == '\u2019') {
                    // "author's" and "author’s" are the same word
                } else if (len > 0) {
                    to.word(w, len, h);
                    len = 0;
                    h = 0;
                }
            }
        }
        if (len > 0) to.word(w, len, h);
    }

    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    private static final byte SEPARATOR = 2;
    private static final byte DROPPED = 3;

    /**
     * For the characters U+0000-U+00FF and U+2000-U+206F, how {@link #words} treats each when
     * the whole text is of such characters: a LETTER (or digit) that NFKC leaves alone and
     * whose lower case is {@link Character#toLowerCase(char)}, a SEPARATOR whose NFKC form has
     * no letter, digit or apostrophe (a space, "…" as "...", a dash), an apostrophe DROPPED, or
     * OTHER, for which the text takes the long way. Worked out from the normalizer itself, so
     * both ways give the same words; no character here composes with a neighbour under NFKC
     * (the combining marks are elsewhere and take the long way).
     */
    private static final byte[] PLAIN = new byte[0x100 + 0x70];
    /** For the LETTERs (all below U+0100), their lower case; 0 for every other character. */
    private static final char[] LOWER = new char[0x100];

    static {
        for (int i = 0; i < PLAIN.length; i++) {
            char c = (char) (i < 0x100 ? i : 0x2000 + i - 0x100);
            PLAIN[i] = classify(c);
            if (PLAIN[i] == LETTER) {
                if (c >= 0x100) throw new AssertionError("a letter past U+00FF: " + (int) c);
                LOWER[c] = Character.toLowerCase(c);
            }
        }
    }

    private static byte plain(char c) {
        if (c < 0x100) return PLAIN[c];
        if (c >= 0x2000 && c < 0x2070) return PLAIN[c - 0x2000 + 0x100];
        return OTHER;
    }

    private static byte classify(char c) {
        if (c == '\'' || c == '\u2019') return DROPPED;
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || Character.isSurrogate(c)) {
            return OTHER;
        }
        String one = String.valueOf(c);
        String nfkc = Normalizer.normalize(one, Normalizer.Form.NFKC);
        // Next to letters it must stay as it is alone: nothing composes across it.
        if (!Normalizer.normalize("a" + one + "a", Normalizer.Form.NFKC).equals("a" + nfkc + "a")) return OTHER;
        String lower = nfkc.toLowerCase(Locale.ROOT);
        if (Character.isLetterOrDigit(c)) {
            boolean same = nfkc.equals(one) && lower.length() == 1 && lower.charAt(0) == Character.toLowerCase(c)
                    && Character.isLetterOrDigit(lower.charAt(0));
            return same ? LETTER : OTHER;
        }
        if (lower.isEmpty()) return OTHER;
        for (int i = 0; i < lower.length(); i++) {
            char x = lower.charAt(i);
            if (Character.isLetterOrDigit(x) || x == '\'' || x == '\u2019' || Character.isSurrogate(x)) return OTHER;
        }
        return SEPARATOR;
    }

    /** The share of distinct words the two have in common (Jaccard index), 0..1. */
    static double jaccard(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        int inter = 0;
        for (String w : sa) if (sb.contains(w)) inter++;
        return (double) inter / (sa.size() + sb.size() - inter);
    }

    /**
     * True when the text is the same passage twice in a row ("A caption. A caption."), word for
     * word; what a paste run twice leaves behind. Passages under four words are left alone
     * ("Yes. Yes.").
     */
    static boolean isDoubled(String s) {
        return isDoubled(words(s));
    }

    /** {@link #isDoubled(String)} over the words of a text already split. */
    static boolean isDoubled(List<String> w) {
        int n = w.size();
        if (n < 8 || n % 2 != 0) return false;
        return w.subList(0, n / 2).equals(w.subList(n / 2, n));
    }
}
