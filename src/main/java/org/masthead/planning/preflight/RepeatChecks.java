package org.masthead.planning.preflight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** One passage a reader sees: a text block, a caption, or a text the page prints around the body. */
    private record Passage(Location where, String label, String text, String norm, List<String> words, Set<String> set, boolean caption) {
        static Passage of(Location where, String label, String text, boolean caption) {
            List<String> w = Similarity.words(text);
            return new Passage(where, label, text, String.join(" ", w), w, new HashSet<>(w), caption);
        }

        boolean long_() {
            return norm.length() >= MIN_CHARS;
        }
    }

    /** A text the page prints outside the body, with how to say it. */
    record PageText(String text, String what) {
    }

    private RepeatChecks() {
    }

    static void check(ArticleContent c, List<PageText> around, Sink out) {
        List<Passage> body = new ArrayList<>();
        List<Block> blocks = c.body().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.TextBlock t && !t.text().isBlank()) {
                String k = Sink.kind(b);
                body.add(Passage.of(Location.block(Location.Field.BLOCK, i, k), k + " " + (i + 1), t.text(), false));
            } else if (b instanceof Block.Figure f && !f.caption().isBlank()) {
                body.add(Passage.of(Location.block(Location.Field.FIGURE_CAPTION, i, "figure"), "the caption in block " + (i + 1), f.caption(), true));
            }
        }
        for (Passage p : body) {
            if (Similarity.isDoubled(p.text())) {
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
            Passage p = Passage.of(Location.of(Location.Field.EDITORS_NOTE), t.what(), t.text(), false);
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

    private static double jaccard(Passage a, Passage b) {
        Set<String> small = a.set().size() <= b.set().size() ? a.set() : b.set();
        Set<String> big = small == a.set() ? b.set() : a.set();
        int inter = 0;
        for (String w : small) if (big.contains(w)) inter++;
        int union = a.set().size() + b.set().size() - inter;
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
