package org.masthead.planning.preflight;

import java.text.Normalizer;
import java.util.ArrayList;
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
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
                space = false;
            } else if (cp == '\'' || cp == '\u2019') {
                // "author's" and "author’s" are the same word
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') sb.setLength(end - 1);
        return sb.toString();
    }

    static List<String> words(String s) {
        String n = normalize(s);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
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
        List<String> w = words(s);
        int n = w.size();
        if (n < 8 || n % 2 != 0) return false;
        return w.subList(0, n / 2).equals(w.subList(n / 2, n));
    }
}
