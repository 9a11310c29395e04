package org.masthead.ingest.document;

import java.util.List;
import org.masthead.model.text.Block;
import org.masthead.model.text.Run;

/** A foot- or endnote's blocks as the one line of text a note mark holds; a link keeps its address in brackets. */
final class NoteText {

    private NoteText() {
    }

    static String of(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (!(b instanceof Block.TextBlock t)) continue;
            if (sb.length() > 0) sb.append(' ');
            for (Run r : t.runs()) {
                sb.append(r.text());
                String href = r.marks().href();
                if (href != null && !href.equals(r.text().strip()) && !("mailto:" + r.text().strip()).equals(href)) {
                    sb.append(" (").append(href).append(')');
                }
            }
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
