package org.masthead.ui.editor;

import java.util.List;
import org.masthead.model.text.Block;

/**
 * The block kind of one paragraph of the area. Figures and separators are paragraphs of their
 * own so that one {@link Block} is always one paragraph.
 *
 * @param level the list level (1..{@link Block.ListItem#MAX_LEVEL}); 1 for every other kind
 */
public record ParStyle(Kind kind, int level) {

    public enum Kind { PARAGRAPH, HEADING_1, HEADING_2, QUOTE, BULLET, NUMBERED, FIGURE, SEPARATOR }

    public static final ParStyle PARAGRAPH = new ParStyle(Kind.PARAGRAPH, 1);
    public static final ParStyle FIGURE = new ParStyle(Kind.FIGURE, 1);
    public static final ParStyle SEPARATOR = new ParStyle(Kind.SEPARATOR, 1);

    public ParStyle {
        if (kind == null) kind = Kind.PARAGRAPH;
        level = isList(kind) ? Math.max(1, Math.min(Block.ListItem.MAX_LEVEL, level)) : 1;
    }

    public static ParStyle of(Kind k) {
        return new ParStyle(k, 1);
    }

    public ParStyle withKind(Kind k) { return new ParStyle(k, level); }
    public ParStyle withLevel(int l) { return new ParStyle(kind, l); }

    public boolean isList() { return isList(kind); }

    /** Paragraphs that hold text the user types into (not figures or separators). */
    public boolean isText() { return kind != Kind.FIGURE && kind != Kind.SEPARATOR; }

    private static boolean isList(Kind k) {
        return k == Kind.BULLET || k == Kind.NUMBERED;
    }

    public List<String> cssClasses() {
        String k = "par-" + kind.name().toLowerCase().replace('_', '-');
        return isList() ? List.of(EditorCss.PARAGRAPH, k, "list-level-" + level) : List.of(EditorCss.PARAGRAPH, k);
    }
}
