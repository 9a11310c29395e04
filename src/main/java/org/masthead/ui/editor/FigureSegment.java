package org.masthead.ui.editor;

import org.masthead.model.text.Block;

/**
 * A picture as one object segment of the area. Holds only the asset id and texts; the picture
 * itself is loaded by the node factory, so this stays a plain value that tests can build
 * without a display.
 */
public record FigureSegment(String assetId, String caption, String credit, String alt) {

    /** The "no figure" segment RichTextFX needs for empty slices. */
    static final FigureSegment EMPTY = new FigureSegment("", "", "", "");

    public FigureSegment {
        assetId = assetId == null ? "" : assetId;
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
        alt = alt == null ? "" : alt;
    }

    public static FigureSegment of(Block.Figure f) {
        return new FigureSegment(f.assetId(), f.caption(), f.credit(), f.alt());
    }

    public boolean isEmpty() {
        return assetId.isEmpty();
    }

    public Block.Figure toBlock() {
        return new Block.Figure(assetId, caption, credit, alt);
    }

    public FigureSegment withCaption(String c) { return new FigureSegment(assetId, c, credit, alt); }
    public FigureSegment withCredit(String c) { return new FigureSegment(assetId, caption, c, alt); }
    public FigureSegment withAlt(String a) { return new FigureSegment(assetId, caption, credit, a); }
}
