package org.masthead.planning.preflight;

import java.text.Normalizer;
import java.util.ArrayList;
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
     * pass; text in ASCII (most of it) skips the normalizer and the lower-case copy.
     */
    static List<String> words(String s) {
        if (s == null || s.isEmpty()) return List.of();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        // NFKC leaves ASCII as it is, and lower case in the root locale only maps A-Z there.
        String n = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(n.length() / 5 + 1);
        StringBuilder w = new StringBuilder(16);
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (ascii && cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(cp);
            } else if (cp == '\'' || cp == '\u2019') {
                // "author's" and "author’s" are the same word
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) out.add(w.toString());
        return Collections.unmodifiableList(out);
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
