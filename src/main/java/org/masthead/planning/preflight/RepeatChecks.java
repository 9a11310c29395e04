package org.masthead.planning.preflight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.masthead.model.ArticleContent;
import org.masthead.model.text.Block;

/**
 * Text printed twice on one page: a paragraph or caption repeated (exactly, or with small
 * differences), a caption repeated as body text, a passage doubled within itself, and body
 * text that repeats what the page prints anyway (the editor's note, the source note, the
 * disclaimer and the about box's invitation).
 *
 * <p>"The same" means equal once case, spacing and punctuation are set aside. "Small
 * differences" is measured on passages of at least {@value #NEAR_MIN_WORDS} words by the share
 * of distinct words they have in common: {@value #NEAR_ERROR} or more is an error (the same
 * paragraph twice, edited in one place), {@value #NEAR_WARNING} or more a warning (very likely
 * the same paragraph, worth a look). Shorter passages count only when exactly the same, and
 * then only from {@value #MIN_CHARS} characters on, so two "Yes." list items are not flagged.
 */
final class RepeatChecks {

    static final int NEAR_MIN_WORDS = 12;
    static final double NEAR_ERROR = 0.9;
    static final double NEAR_WARNING = 0.75;
    static final int MIN_CHARS = 20;
    /** A caption this long found inside a paragraph is a caption repeated as body text. */
    static final int CAPTION_IN_TEXT_MIN_WORDS = 6;

    /**
     * One passage a reader sees: a text block, a caption, or a text the page prints around the
     * body. Split into words once; {@code ids} are its distinct words as numbers given out per
     * article ({@link Dictionary}), sorted, for the likeness of two passages without hashing.
     */
    private record Passage(Location where, String label, String text, String norm, List<String> words, int[] ids, boolean caption) {
        static Passage of(Location where, String label, String text, boolean caption, Dictionary d) {
            return of(where, label, text, Similarity.words(text), caption, d);
        }

        static Passage of(Location where, String label, String text, List<String> w, boolean caption, Dictionary d) {
            return new Passage(where, label, text, String.join(" ", w), w, d.ids(w), caption);
        }

        boolean long_() {
            return norm.length() >= MIN_CHARS;
        }
    }

    /** Numbers for the words of one article's passages, so that sets of words are sorted int arrays. */
    private static final class Dictionary {
        private final HashMap<String, Integer> ids = new HashMap<>();

        int[] ids(List<String> words) {
            int[] a = new int[words.size()];
            for (int i = 0; i < a.length; i++) {
                Integer id = ids.putIfAbsent(words.get(i), ids.size());
                a[i] = id == null ? ids.size() - 1 : id;
            }
            Arrays.sort(a);
            int n = 0;
            for (int i = 0; i < a.length; i++) if (n == 0 || a[i] != a[n - 1]) a[n++] = a[i];
            return n == a.length ? a : Arrays.copyOf(a, n);
        }
    }

    /**
     * A text the page prints outside the body, with how to say it; {@code words} are its words
     * (split once, e.g. for the site's texts, which are the same on every page).
     */
    record PageText(String text, String what, List<String> words) {
        PageText(String text, String what) {
            this(text, what, Similarity.words(text));
        }
    }

    private RepeatChecks() {
    }

    static void check(ArticleContent c, List<PageText> around, Sink out) {
        Dictionary d = new Dictionary();
        List<Passage> body = new ArrayList<>();
        List<Block> blocks = c.body().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.TextBlock t && !t.text().isBlank()) {
                String k = Sink.kind(b);
                body.add(Passage.of(Location.block(Location.Field.BLOCK, i, k), k + " " + (i + 1), t.text(), false, d));
            } else if (b instanceof Block.Figure f && !f.caption().isBlank()) {
                body.add(Passage.of(Location.block(Location.Field.FIGURE_CAPTION, i, "figure"), "the caption in block " + (i + 1), f.caption(), true, d));
            }
        }
        for (Passage p : body) {
            if (Similarity.isDoubled(p.words())) {
                out.error(p.where(), (p.caption() ? "The caption" : "The " + p.where().blockKind())
                        + " is printed twice in a row: " + Sink.quote(p.text(), 80));
            }
        }
        for (int j = 0; j < body.size(); j++) {
            Passage b = body.get(j);
            for (int i = 0; i < j; i++) {
                if (compare(body.get(i), b, out)) break;
            }
        }
        for (PageText t : around) {
            if (t.text().isBlank()) continue;
            Passage p = Passage.of(Location.of(Location.Field.EDITORS_NOTE), t.what(), t.text(), t.words(), false, d);
            for (Passage b : body) {
                if (b.caption()) continue;
                Verdict v = verdict(p, b);
                if (v == Verdict.SAME || v == Verdict.NEAR_ERROR) {
                    out.error(b.where(), "The " + b.where().blockKind() + " repeats " + t.what() + ", which the page prints anyway"
                            + (v == Verdict.SAME ? "." : " (the same text with small differences)."));
                } else if (v == Verdict.NEAR_WARNING) {
                    out.warning(b.where(), "The " + b.where().blockKind() + " reads much like " + t.what()
                            + ", which the page prints anyway (" + percent(p, b) + " of the words shared).");
                }
            }
        }
    }

    private enum Verdict { DIFFERENT, SAME, NEAR_ERROR, NEAR_WARNING }

    private static Verdict verdict(Passage a, Passage b) {
        if (a.norm().equals(b.norm())) return a.long_() ? Verdict.SAME : Verdict.DIFFERENT;
        if (a.words().size() < NEAR_MIN_WORDS || b.words().size() < NEAR_MIN_WORDS) return Verdict.DIFFERENT;
        double s = jaccard(a, b);
        return s >= NEAR_ERROR ? Verdict.NEAR_ERROR : s >= NEAR_WARNING ? Verdict.NEAR_WARNING : Verdict.DIFFERENT;
    }

    /** The Jaccard index of the two passages' distinct words, as {@link Similarity#jaccard} computes it. */
    private static double jaccard(Passage a, Passage b) {
        int[] x = a.ids();
        int[] y = b.ids();
        int inter = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else {
                inter++;
                i++;
                j++;
            }
        }
        int union = x.length + y.length - inter;
        return union == 0 ? 1 : (double) inter / union;
    }

    private static String percent(Passage a, Passage b) {
        return Math.round(jaccard(a, b) * 100) + "%";
    }

    /** Reports {@code later} against {@code earlier}; true when something was reported. */
    private static boolean compare(Passage earlier, Passage later, Sink out) {
        Verdict v = verdict(earlier, later);
        String what = later.caption() ? "The caption" : "The " + later.where().blockKind();
        if (v == Verdict.SAME) {
            if (earlier.caption() && !later.caption()) {
                out.error(later.where(), what + " repeats the caption of the figure in block " + (earlier.where().index() + 1)
                        + " as body text: printed twice.");
            } else if (!earlier.caption() && later.caption()) {
                out.error(later.where(), what + " repeats " + earlier.label() + " word for word: printed twice.");
            } else {
                out.error(later.where(), what + " is printed twice: the same text as " + earlier.label() + ".");
            }
            return true;
        }
        if (v == Verdict.NEAR_ERROR) {
            out.error(later.where(), what + " is printed twice with small differences: " + percent(earlier, later)
                    + " of its words are those of " + earlier.label() + ".");
            return true;
        }
        if (v == Verdict.NEAR_WARNING) {
            out.warning(later.where(), what + " reads much like " + earlier.label() + " (" + percent(earlier, later)
                    + " of the words shared): the same paragraph repeated?");
            return true;
        }
        // A caption of some length found inside a paragraph: the caption printed again as text.
        Passage cap = earlier.caption() && !later.caption() ? earlier : later.caption() && !earlier.caption() ? later : null;
        if (cap != null && cap.words().size() >= CAPTION_IN_TEXT_MIN_WORDS) {
            Passage text = cap == earlier ? later : earlier;
            if ((" " + text.norm() + " ").contains(" " + cap.norm() + " ")) {
                out.error(text.where(), "The " + text.where().blockKind() + " repeats the caption of the figure in block "
                        + (cap.where().index() + 1) + " (" + Sink.quote(cap.text(), 60) + "): printed twice.");
                return true;
            }
        }
        return false;
    }

}
