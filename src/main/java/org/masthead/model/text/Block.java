package org.masthead.model.text;

import java.util.List;

/**
 * One block of a {@link Document}. Text blocks hold {@link Run}s; a figure holds an image
 * reference with its caption, credit and alt text; a separator holds nothing.
 */
public sealed interface Block {

    /** A block that holds runs of text. */
    sealed interface TextBlock extends Block {
        List<Run> runs();

        /** The same kind of block with other runs. */
        TextBlock withRuns(List<Run> runs);

        default String text() { return Run.text(runs()); }
    }

    record Paragraph(List<Run> runs) implements TextBlock {
        public Paragraph { runs = Run.normalize(runs); }
        public static Paragraph of(String text) { return new Paragraph(List.of(Run.plain(text))); }
        public Paragraph withRuns(List<Run> r) { return new Paragraph(r); }
    }

    /** A heading; level 1 is a section heading, level 2 a sub-heading. */
    record Heading(int level, List<Run> runs) implements TextBlock {
        public Heading {
            if (level < 1 || level > 2) throw new IllegalArgumentException("heading level must be 1 or 2: " + level);
            runs = Run.normalize(runs);
        }
        public static Heading of(int level, String text) { return new Heading(level, List.of(Run.plain(text))); }
        public Heading withRuns(List<Run> r) { return new Heading(level, r); }
    }

    record Quote(List<Run> runs) implements TextBlock {
        public Quote { runs = Run.normalize(runs); }
        public static Quote of(String text) { return new Quote(List.of(Run.plain(text))); }
        public Quote withRuns(List<Run> r) { return new Quote(r); }
    }

    /** An item of a bulleted or numbered list; level 1 is the outermost. */
    record ListItem(boolean ordered, int level, List<Run> runs) implements TextBlock {
        public static final int MAX_LEVEL = 4;
        public ListItem {
            if (level < 1 || level > MAX_LEVEL) throw new IllegalArgumentException("list level must be 1.." + MAX_LEVEL + ": " + level);
            runs = Run.normalize(runs);
        }
        public static ListItem of(boolean ordered, String text) { return new ListItem(ordered, 1, List.of(Run.plain(text))); }
        public ListItem withRuns(List<Run> r) { return new ListItem(ordered, level, r); }
    }

    /** A picture: {@code assetId} is the SHA-256 of the stored image. */
    record Figure(String assetId, String caption, String credit, String alt) implements Block {
        public Figure {
            if (assetId == null || assetId.isBlank()) throw new IllegalArgumentException("figure without image");
            caption = caption == null ? "" : caption;
            credit = credit == null ? "" : credit;
            alt = alt == null ? "" : alt;
        }
        public Figure withCaption(String c) { return new Figure(assetId, c, credit, alt); }
        public Figure withCredit(String c) { return new Figure(assetId, caption, c, alt); }
        public Figure withAlt(String a) { return new Figure(assetId, caption, credit, a); }
    }

    record Separator() implements Block {}
}
