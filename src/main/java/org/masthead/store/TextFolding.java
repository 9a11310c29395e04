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

    /** Folded code points of the Basic Multilingual Plane, filled as met (a race writes the same string twice, harmlessly). */
    private static final String[] FOLDED_BMP = new String[0x10000];

    static {
        for (int c = 0; c < 0x80; c++) FOLDED_BMP[c] = String.valueOf((char) Character.toLowerCase(c));
    }

    /** One code point, folded: lower case without diacritics. Hangul stays whole (NFD would split it into jamo). */
    static String fold(int cp) {
        if (cp >= 0x10000) return foldUncached(cp);
        String f = FOLDED_BMP[cp];
        if (f == null) {
            f = foldUncached(cp);
            FOLDED_BMP[cp] = f;
        }
        return f;
    }

    private static String foldUncached(int cp) {
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
        List<String> needles = new ArrayList<>();
        for (String t : terms) {
            if (substrings) {
                String f = fold(t);
                if (!f.isBlank()) needles.add(f);
            } else {
                needles.addAll(words(t));
            }
        }
        int longest = needles.stream().mapToInt(String::length).max().orElse(0);
        // Folded only as far as the snippet needs: a hit is sure once what follows it is folded too.
        Folding fo = new Folding(flat);
        List<int[]> hits = new ArrayList<>();
        int at = 0;
        int searched = 0; // where a search must start again after more is folded: no hit starts before it
        int end = Integer.MAX_VALUE; // past the snippet's end, in flat: no need to look further
        while (true) {
            int best = -1;
            int len = 0;
            for (String needle : needles) {
                int k = find(fo.folded, needle, Math.max(at, searched), substrings);
                if (k >= 0 && (best < 0 || k < best || k == best && needle.length() > len)) {
                    best = k;
                    len = needle.length();
                }
            }
            if (!fo.done() && (best < 0 || best + longest + 2 > fo.folded.length())) {
                searched = best >= 0 ? best : Math.max(0, fo.folded.length() - longest - 2);
                if (fo.n > 0 && fo.origin[Math.min(searched, fo.n - 1)] > end) break;
                fo.more();
                continue;
            }
            if (best < 0 || fo.origin[best] > end) break;
            hits.add(new int[] {fo.origin[best], fo.origin[best + len]});
            if (hits.size() == 1) end = fo.origin[best] + SNIPPET_CHARS + (fo.origin[best + len] - fo.origin[best]);
            at = best + len;
            searched = at;
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

    /** A text folded a piece at a time, and for each folded char where it came from in the text. */
    private static final class Folding {
        final String flat;
        final StringBuilder folded;
        int[] origin;
        int n;
        private int next;
        private int piece = 128;

        Folding(String flat) {
            this.flat = flat;
            this.folded = new StringBuilder(flat.length());
            this.origin = new int[flat.length() + 1];
        }

        boolean done() {
            return next >= flat.length();
        }

        /** Folds the next piece (each twice the last); at the end, the position past the text. */
        void more() {
            int stop = Math.min(flat.length(), next + piece);
            piece *= 2;
            int i = next;
            while (i < stop) {
                char ch = flat.charAt(i);
                if (ch < 0x80) { // most of most texts: one char, lower case
                    if (n + 1 >= origin.length) origin = java.util.Arrays.copyOf(origin, origin.length * 2 + 1);
                    origin[n++] = i++;
                    folded.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
                    continue;
                }
                int cp = flat.codePointAt(i);
                String f = fold(cp);
                if (n + f.length() >= origin.length) origin = java.util.Arrays.copyOf(origin, origin.length * 2 + f.length());
                for (int k = 0; k < f.length(); k++) origin[n++] = i;
                folded.append(f);
                i += Character.charCount(cp);
            }
            next = i;
            origin[n] = done() ? flat.length() : next;
        }
    }

    /** Where {@code needle} is in {@code hay} from {@code from}: anywhere, or as a whole word. */
    private static int find(StringBuilder hay, String needle, int from, boolean anywhere) {
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
