package org.masthead.planning.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass word splitter against the normalisation it replaced (kept here as it was): the
 * same words for every character the fast path handles, in every neighbourhood, and for random
 * text mixing them with characters that take the long way.
 */
class SimilarityTest {

    /** {@code Similarity.normalize} as it was: NFKC, lower case, letters and digits, one space between words. */
    private static String reference(String s) {
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
                // dropped
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') sb.setLength(end - 1);
        return sb.toString();
    }

    private static List<String> referenceWords(String s) {
        String n = reference(s);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    private static void same(String s) {
        assertThat(Similarity.words(s)).as("words of %s", codes(s)).isEqualTo(referenceWords(s));
        assertThat(Similarity.normalize(s)).as("normalize of %s", codes(s)).isEqualTo(reference(s));
        WordIds d = new WordIds();
        int[] ids = d.of(s);
        assertThat(d.text(ids)).isEqualTo(reference(s));
        assertThat(d.length(ids)).isEqualTo(reference(s).length());
    }

    private static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(String.format("U+%04X ", c)));
        return sb.toString().strip();
    }

    @Test
    void everyLatin1AndPunctuationCharacterSplitsAsTheNormalizerDoes() {
        List<Character> all = new ArrayList<>();
        for (char c = 0; c < 0x100; c++) all.add(c);
        for (char c = 0x2000; c < 0x2070; c++) all.add(c);
        for (char c : all) {
            for (String around : List.of("Ab%sCd", "%s", "ab %s cd", "%s%s", "x%s'y", "É%sé", "e%s\u0301", "\u0301%s", "a%sﬁ", "%sİ")) {
                same(around.replace("%s", String.valueOf(c)));
            }
        }
    }

    @Test
    void randomTextSplitsAsTheNormalizerDoes() {
        String pool = "aAzZéÉèçÇßÿ09 \t\n.,;:!?-–—'’‘“”\"…\u00a0\u00ad\u200b()[]«»½²ªµºİıœŒﬁﬀ２Ａ\u0301\u0308Å\u212b한글中文ΣσςКиї𝐀😀";
        int[] cps = pool.codePoints().toArray();
        Random r = new Random(20261127);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(24);
            boolean plain = r.nextInt(3) > 0; // mostly text the fast path takes
            for (int i = 0; i < len; i++) {
                int cp = cps[r.nextInt(plain ? 40 : cps.length)];
                sb.appendCodePoint(cp);
            }
            same(sb.toString());
        }
    }

    @Test
    void emptyAndNullHaveNoWords() {
        assertThat(Similarity.words(null)).isEmpty();
        assertThat(Similarity.words("")).isEmpty();
        assertThat(Similarity.words(" — … ")).isEmpty();
        assertThat(Similarity.normalize(null)).isEmpty();
        assertThat(Similarity.words("The author’s own  view")).containsExactly("the", "authors", "own", "view");
    }

    @Test
    void marksAreSetWheneverAPatternCouldMatch() {
        assertThat(Text.marks("plain words only")).isZero();
        assertThat(Text.marks("in 2026")).isEqualTo(Text.DIGIT);
        assertThat(Text.marks("a Four-Part SERIES")).isEqualTo(Text.SERIES);
        assertThat(Text.marks("NeXt in this series")).isEqualTo(Text.NEXT | Text.SERIES);
        assertThat(Text.marks("[Ed. check]")).isEqualTo(Text.DESK);
        assertThat(Text.marks("DRAFT: x")).isEqualTo(Text.DESK);
        assertThat(Text.marks("a TK b")).isEqualTo(Text.DESK);
        assertThat(Text.marks("two  spaces")).isEqualTo(Text.DOUBLE_SPACE);
        assertThat(Text.marks("seri")).isZero();
        assertThat(Text.marks("nex")).isZero();
        assertThat(Text.marks((String) null)).isZero();
    }
}
