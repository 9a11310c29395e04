package org.masthead.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The last part of an address made from a title: Latin letters without accents, digits and
 * hyphens, lower case, at most {@link #MAX_LENGTH} characters. Titles in other scripts (Chinese,
 * Arabic, ...) give no slug of their own; callers fall back to a made-up one such as
 * {@code article-42}. See docs/urls.md.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    // Compiled once: an export makes the slugs of thousands of series titles and names.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING = Pattern.compile("-+$");

    private Slugs() {
    }

    /** The slug of a title, or "" when it has too little Latin text to name it. */
    public static String of(String title) {
        if (title == null) return "";
        int latin = 0;
        int other = 0;
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) latin++; else other++;
        }
        if (latin == 0 || other > latin) return "";
        String s = MARKS.matcher(Normalizer.normalize(foldSpecialLetters(title), Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        s = EDGES.matcher(OTHERS.matcher(APOSTROPHES.matcher(s).replaceAll("")).replaceAll("-")).replaceAll("");
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf('-', MAX_LENGTH);
            s = TRAILING.matcher(s.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH)).replaceAll("");
        }
        return s;
    }

    /** The slug of an article's headline, else {@code article-ID}. */
    public static String ofArticle(long id, String headline) {
        String s = of(headline);
        return s.isEmpty() ? "article-" + id : s;
    }

    /** {@code base} if it is free, else the first free of {@code base-2}, {@code base-3}, ... */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) return base;
        for (int n = 2; ; n++) {
            String s = base + "-" + n;
            if (!taken.test(s)) return s;
        }
    }

    /** Letters that Unicode does not decompose into a Latin letter and an accent. */
    private static String foldSpecialLetters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ß' -> sb.append("ss");
                case 'æ', 'Æ' -> sb.append("ae");
                case 'œ', 'Œ' -> sb.append("oe");
                case 'ø', 'Ø' -> sb.append('o');
                case 'đ', 'Đ', 'ð', 'Ð' -> sb.append('d');
                case 'ł', 'Ł' -> sb.append('l');
                case 'þ', 'Þ' -> sb.append("th");
                case 'ı' -> sb.append('i');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
