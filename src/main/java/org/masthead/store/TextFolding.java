package org.masthead.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.masthead.model.SearchHit;

/**
 * Text as PostgreSQL's search sees it (decision 0016). The database is told only words that
 * Java has already folded and separated, so that matching does not depend on the server's
 * locale or on extensions beyond pg_trgm: lower case, diacritics removed ("Café" and "cafe" are
 * one word, as with SQLite's {@code remove_diacritics 2}), and a word is a run of letters,
 * digits and combining marks, as SQLite's unicode61 tokenizer has it.
 */
final class TextFolding {

    /** PostgreSQL refuses a tsvector past 1 MB; the words of a longer text past this point are not indexed. */
    static final int MAX_INDEXED_CHARS = 500_000;
    private static final int SNIPPET_CHARS = 40;

    private TextFolding() {
    }

    /** One code point, folded: lower case without diacritics. Hangul stays whole (NFD would split it into jamo). */
    static String fold(int cp) {
        if (cp < 0x80) return String.valueOf((char) Character.toLowerCase(cp));
        String s = new String(Character.toChars(cp));
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HANGUL) {
            String d = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder sb = new StringBuilder(d.length());
            d.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(sb::appendCodePoint);
            s = sb.toString();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.append(fold(cp)));
        return sb.toString();
    }

    private static boolean wordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** The folded words of a text, in order. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (wordChar(cp)) {
                w.append(fold(cp));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        });
        if (w.length() > 0) out.add(w.toString());
        return out;
    }

    /** The folded words separated by single spaces: what {@code to_tsvector('simple', ...)} is given. */
    static String wordText(String text) {
        String t = text.length() > MAX_INDEXED_CHARS ? text.substring(0, MAX_INDEXED_CHARS) : text;
        return String.join(" ", words(t));
    }

    /**
     * A tsquery (for {@code to_tsquery('simple', ?)}) requiring every term: the words of one term
     * in sequence ({@code <->}), the terms in any order ({@code &}). Every word is quoted, so no
     * character a user typed is read as query syntax. Empty when no term has a word.
     */
    static String tsquery(List<String> terms, boolean lastIsPrefix) {
        StringBuilder sb = new StringBuilder();
        List<List<String>> phrases = new ArrayList<>();
        for (String t : terms) {
            List<String> ws = words(t);
            if (!ws.isEmpty()) phrases.add(ws);
        }
        for (int p = 0; p < phrases.size(); p++) {
            if (p > 0) sb.append(" & ");
            List<String> ws = phrases.get(p);
            sb.append('(');
            for (int i = 0; i < ws.size(); i++) {
                if (i > 0) sb.append(" <-> ");
                sb.append('\'').append(ws.get(i).replace("\\", "\\\\").replace("'", "''")).append('\'');
                if (lastIsPrefix && p == phrases.size() - 1 && i == ws.size() - 1) sb.append(":*");
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** A LIKE pattern matching the folded term anywhere ({@code ESCAPE '\'}). */
    static String likeAnywhere(String term) {
        return "%" + fold(term).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The snippet of a match: about 40 characters either side of the first match, every match in
     * it enclosed in {@link SearchHit#OPEN} and {@link SearchHit#CLOSE}. {@code substrings}: the
     * terms match anywhere (Chinese, Arabic...); otherwise whole words only.
     */
    static String snippet(String text, List<String> terms, boolean substrings) {
        String flat = text.replace('\n', ' ');
        // the folded text and, for each of its chars, where it came from in flat
        StringBuilder folded = new StringBuilder(flat.length());
        List<Integer> origin = new ArrayList<>(flat.length() + 1);
        for (int i = 0; i < flat.length(); ) {
            int cp = flat.codePointAt(i);
            String f = fold(cp);
            for (int k = 0; k < f.length(); k++) origin.add(i);
            folded.append(f);
            i += Character.charCount(cp);
        }
        origin.add(flat.length());
        List<String> needles = new ArrayList<>();
        for (String t : terms) {
            if (substrings) {
                String f = fold(t);
                if (!f.isBlank()) needles.add(f);
            } else {
                needles.addAll(words(t));
            }
        }
        List<int[]> hits = new ArrayList<>();
        String f = folded.toString();
        int at = 0;
        while (at < f.length()) {
            int best = -1;
            int len = 0;
            for (String n : needles) {
                int k = find(f, n, at, substrings);
                if (k >= 0 && (best < 0 || k < best || k == best && n.length() > len)) {
                    best = k;
                    len = n.length();
                }
            }
            if (best < 0) break;
            hits.add(new int[] {origin.get(best), origin.get(best + len)});
            at = best + len;
        }
        int first = hits.isEmpty() ? 0 : hits.get(0)[0];
        int from = Math.max(0, first - SNIPPET_CHARS);
        int to = Math.min(flat.length(), first + SNIPPET_CHARS + (hits.isEmpty() ? 0 : hits.get(0)[1] - first));
        if (from > 0 && Character.isLowSurrogate(flat.charAt(from))) from--;
        if (to < flat.length() && Character.isLowSurrogate(flat.charAt(to))) to++;
        StringBuilder sb = new StringBuilder(from > 0 ? "\u2026" : "");
        int i = from;
        for (int[] h : hits) {
            if (h[0] < i || h[1] > to) continue;
            sb.append(flat, i, h[0]).append(SearchHit.OPEN).append(flat, h[0], h[1]).append(SearchHit.CLOSE);
            i = h[1];
        }
        sb.append(flat, i, to);
        if (to < flat.length()) sb.append('\u2026');
        return sb.toString();
    }

    /** Where {@code needle} is in {@code hay} from {@code from}: anywhere, or as a whole word. */
    private static int find(String hay, String needle, int from, boolean anywhere) {
        int k = hay.indexOf(needle, from);
        while (!anywhere && k >= 0) {
            boolean startOk = k == 0 || !wordChar(hay.codePointBefore(k));
            int end = k + needle.length();
            boolean endOk = end >= hay.length() || !wordChar(hay.codePointAt(end));
            if (startOk && endOk) return k;
            k = hay.indexOf(needle, k + 1);
        }
        return k;
    }
}
