package org.masthead.planning.preflight;

import java.util.ArrayList;
import java.util.Arrays;
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
     * body. Split into words once, as numbers ({@link WordIds}): {@code ids} in order, {@code set}
     * the distinct ones, made once every passage of the article is numbered.
     */
    private static final class Passage {
        final Location where;
        /** How a message names it, or {@code null} for a block: see {@link #label()}. */
        private final String label;
        final String text;
        final boolean caption;
        final int[] ids;
        final int normLength;
        long[] set;
        int distinct;

        Passage(Location where, String label, String text, int[] ids, boolean caption, WordIds d) {
            this.where = where;
            this.label = label;
            this.text = text;
            this.ids = ids;
            this.caption = caption;
            this.normLength = d.length(ids);
        }

        void count(WordIds d) {
            set = d.set(ids);
            distinct = WordIds.cardinality(set);
        }

        /** The text as {@link Similarity#normalize} gives it. */
        String norm(WordIds d) {
            return d.text(ids);
        }

        int words() {
            return ids.length;
        }

        /** "paragraph 3", "the caption in block 4", "the disclaimer". */
        String label() {
            if (label != null) return label;
            return caption ? "the caption in block " + (where.index() + 1) : where.blockKind() + " " + (where.index() + 1);
        }

        boolean long_() {
            return normLength >= MIN_CHARS;
        }

        /** The same text once normalized: the same words in the same order. */
        boolean sameAs(Passage o) {
            return Arrays.equals(ids, o.ids);
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
        WordIds d = new WordIds();
        List<Passage> body = new ArrayList<>();
        List<Block> blocks = c.body().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.TextBlock t && !t.text().isBlank()) {
                String k = Sink.kind(b);
                body.add(new Passage(Location.block(Location.Field.BLOCK, i, k), null, t.text(), d.of(t.text()), false, d));
            } else if (b instanceof Block.Figure f && !f.caption().isBlank()) {
                body.add(new Passage(Location.block(Location.Field.FIGURE_CAPTION, i, "figure"), null, f.caption(), d.of(f.caption()),
                        true, d));
            }
        }
        List<Passage> printed = new ArrayList<>();
        for (PageText t : around) {
            if (t.text().isBlank()) continue;
            printed.add(new Passage(Location.of(Location.Field.EDITORS_NOTE), t.what(), t.text(), d.of(t.words()), false, d));
        }
        for (Passage p : body) p.count(d);
        for (Passage p : printed) p.count(d);

        for (Passage p : body) {
            int n = p.words();
            if (n >= 8 && n % 2 == 0 && Arrays.equals(p.ids, 0, n / 2, p.ids, n / 2, n)) { // Similarity.isDoubled
                out.error(p.where, (p.caption ? "The caption" : "The " + p.where.blockKind())
                        + " is printed twice in a row: " + Sink.quote(p.text, 80));
            }
        }
        // The loops are kept small (the verdict only) and the reports apart, which are rarer: less
        // for the JIT to compile when the checks run once over a whole site in a fresh process.
        for (int j = 0; j < body.size(); j++) {
            Passage b = body.get(j);
            for (int i = 0; i < j; i++) {
                Passage a = body.get(i);
                Verdict v = verdict(a, b);
                if ((v != Verdict.DIFFERENT || a.caption != b.caption) && compare(a, b, v, d, out)) break;
            }
        }
        for (Passage p : printed) {
            for (Passage b : body) {
                if (b.caption) continue;
                Verdict v = verdict(p, b);
                if (v != Verdict.DIFFERENT) repeatsPrinted(p, b, v, out);
            }
        }
    }

    /** Reports body text {@code b} that repeats {@code p}, which the page prints anyway. */
    private static void repeatsPrinted(Passage p, Passage b, Verdict v, Sink out) {
        if (v == Verdict.SAME || v == Verdict.NEAR_ERROR) {
            out.error(b.where, "The " + b.where.blockKind() + " repeats " + p.label() + ", which the page prints anyway"
                    + (v == Verdict.SAME ? "." : " (the same text with small differences)."));
        } else if (v == Verdict.NEAR_WARNING) {
            out.warning(b.where, "The " + b.where.blockKind() + " reads much like " + p.label()
                    + ", which the page prints anyway (" + percent(p, b) + " of the words shared).");
        }
    }

    private enum Verdict { DIFFERENT, SAME, NEAR_ERROR, NEAR_WARNING }

    private static Verdict verdict(Passage a, Passage b) {
        if (a.sameAs(b)) return a.long_() ? Verdict.SAME : Verdict.DIFFERENT;
        if (a.words() < NEAR_MIN_WORDS || b.words() < NEAR_MIN_WORDS) return Verdict.DIFFERENT;
        double s = jaccard(a, b);
        return s >= NEAR_ERROR ? Verdict.NEAR_ERROR : s >= NEAR_WARNING ? Verdict.NEAR_WARNING : Verdict.DIFFERENT;
    }

    /** The Jaccard index of the two passages' distinct words, as {@link Similarity#jaccard} computes it. */
    private static double jaccard(Passage a, Passage b) {
        int inter = WordIds.shared(a.set, b.set);
        int union = a.distinct + b.distinct - inter;
        return union == 0 ? 1 : (double) inter / union;
    }

    private static String percent(Passage a, Passage b) {
        return Math.round(jaccard(a, b) * 100) + "%";
    }

    /** Reports {@code later} against {@code earlier}, whose verdict is {@code v}; true when something was reported. */
    private static boolean compare(Passage earlier, Passage later, Verdict v, WordIds d, Sink out) {
        String what = later.caption ? "The caption" : "The " + later.where.blockKind();
        if (v == Verdict.SAME) {
            if (earlier.caption && !later.caption) {
                out.error(later.where, what + " repeats the caption of the figure in block " + (earlier.where.index() + 1)
                        + " as body text: printed twice.");
            } else if (!earlier.caption && later.caption) {
                out.error(later.where, what + " repeats " + earlier.label() + " word for word: printed twice.");
            } else {
                out.error(later.where, what + " is printed twice: the same text as " + earlier.label() + ".");
            }
            return true;
        }
        if (v == Verdict.NEAR_ERROR) {
            out.error(later.where, what + " is printed twice with small differences: " + percent(earlier, later)
                    + " of its words are those of " + earlier.label() + ".");
            return true;
        }
        if (v == Verdict.NEAR_WARNING) {
            out.warning(later.where, what + " reads much like " + earlier.label() + " (" + percent(earlier, later)
                    + " of the words shared): the same paragraph repeated?");
            return true;
        }
        // A caption of some length found inside a paragraph: the caption printed again as text.
        Passage cap = earlier.caption && !later.caption ? earlier : later.caption && !earlier.caption ? later : null;
        if (cap != null && cap.words() >= CAPTION_IN_TEXT_MIN_WORDS) {
            Passage text = cap == earlier ? later : earlier;
            if ((" " + text.norm(d) + " ").contains(" " + cap.norm(d) + " ")) {
                out.error(text.where, "The " + text.where.blockKind() + " repeats the caption of the figure in block "
                        + (cap.where.index() + 1) + " (" + Sink.quote(cap.text, 60) + "): printed twice.");
                return true;
            }
        }
        return false;
    }

}
