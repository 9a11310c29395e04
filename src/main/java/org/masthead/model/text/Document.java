package org.masthead.model.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An article body: an ordered list of blocks. Immutable. Plain text (for search and word
 * counts) is derived from it; the stored form is the versioned JSON of the store's codec.
 */
public record Document(List<Block> blocks) {

    public static final Document EMPTY = new Document(List.of());

    public Document {
        blocks = List.copyOf(blocks);
    }

    public static Document of(Block... blocks) {
        return new Document(List.of(blocks));
    }

    public boolean isEmpty() {
        return blocks.isEmpty() || blocks.stream().allMatch(b -> b instanceof Block.TextBlock t && t.text().isEmpty());
    }

    /** The text of every block, one block a line; figures contribute caption and credit. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.TextBlock t) {
                for (Run r : t.runs()) {
                    sb.append(r.text());
                }
                for (Run r : t.runs()) {
                    if (r.marks().hasNote()) sb.append(' ').append(r.marks().note());
                }
            } else if (b instanceof Block.Figure f) {
                sb.append(f.caption());
                if (!f.credit().isEmpty()) sb.append(' ').append(f.credit());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Notes in reading order, the texts that are rendered as endnotes. */
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.TextBlock t) {
                String last = null;
                for (Run r : t.runs()) {
                    String n = r.marks().note();
                    if (n != null && !n.equals(last)) out.add(n);
                    last = n;
                }
            }
        }
        return out;
    }

    public List<Block.Figure> figures() {
        return blocks.stream().filter(Block.Figure.class::isInstance).map(Block.Figure.class::cast).toList();
    }
}
