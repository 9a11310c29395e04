package org.masthead.planning.preflight;

/**
 * Where in an article a finding is: a field, an author of the byline, or a block of the body
 * (by its index in the document, which is also its paragraph index in the editor).
 *
 * @param field     which part of the article
 * @param index     the block index for body fields, the author's index for the byline, else -1
 * @param blockKind for body fields, the kind of block ("paragraph", "figure"...), else ""
 */
public record Location(Field field, int index, String blockKind) {

    /** The parts of an article a finding can point at. */
    public enum Field {
        HEADLINE("headline"),
        SUMMARY("summary"),
        EDITORS_NOTE("editor's note"),
        BYLINE("byline"),
        RESPONSIBLE_EDITOR("responsible editor"),
        SOURCE_NOTE("source note"),
        BLOCK("block"),
        FIGURE_CAPTION("figure caption"),
        FIGURE_ALT("figure alt text"),
        SCHEDULE("schedule");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** True for the fields that live in the body (the index is a block index). */
        public boolean inBody() {
            return this == BLOCK || this == FIGURE_CAPTION || this == FIGURE_ALT;
        }
    }

    public Location {
        if (field == null) throw new IllegalArgumentException("a location needs a field");
        blockKind = blockKind == null ? "" : blockKind;
    }

    public static Location of(Field f) {
        return new Location(f, -1, "");
    }

    public static Location byline(int i) {
        return new Location(Field.BYLINE, i, "");
    }

    public static Location block(Field f, int index, String kind) {
        return new Location(f, index, kind);
    }

    /** "headline", "byline[1]", "block 4 (paragraph)", "figure caption (block 2)". */
    public String describe() {
        return switch (field) {
            case BYLINE -> index < 0 ? "byline" : "byline[" + (index + 1) + "]";
            case BLOCK -> "block " + (index + 1) + (blockKind.isEmpty() ? "" : " (" + blockKind + ")");
            case FIGURE_CAPTION, FIGURE_ALT -> field.label() + " (block " + (index + 1) + ")";
            default -> field.label();
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
