package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.reactfx.util.Either;

/**
 * Puts whole blocks (figures, separators, pasted documents) into the area as one undoable
 * edit each, keeping "one block, one paragraph": a figure goes on a line of its own, never
 * into the middle of someone's sentence.
 */
final class BlockInserter {

    private final EditorArea area;

    BlockInserter(EditorArea area) {
        this.area = area;
    }

    /**
     * Inserts paragraphs of their own after the caret's paragraph (or in place of it when it is
     * an empty text paragraph), then puts the caret on the first of them.
     */
    void insertOwnParagraphs(List<Block> blocks) {
        if (blocks.isEmpty()) return;
        int par = area.getCurrentParagraph();
        var current = area.getParagraph(par);
        boolean replaceEmpty = current.length() == 0 && current.getParagraphStyle().isText();
        boolean isLast = par == area.getParagraphs().size() - 1;
        ReadOnlyStyledDocumentBuilder<ParStyle, Either<String, FigureSegment>, TextStyle> b =
                new ReadOnlyStyledDocumentBuilder<>(DocumentMapper.SEGMENT_OPS, ParStyle.PARAGRAPH);
        // An empty first paragraph merges into the end of the current one, so what follows
        // starts on a new line.
        if (!replaceEmpty) b.addParagraph(Either.left(""), TextStyle.PLAIN, current.getParagraphStyle());
        for (var p : DocumentMapper.toStyled(blocks).getParagraphs()) {
            b.addParagraph(p.getStyledSegments(), p.getParagraphStyle());
        }
        // Somewhere to go on typing after a figure at the very end.
        if (isLast) b.addParagraph(Either.left(""), TextStyle.PLAIN, ParStyle.PARAGRAPH);
        int at = area.getAbsolutePosition(par, replaceEmpty ? 0 : current.length());
        area.replace(at, replaceEmpty ? at + current.length() : at, b.build());
        area.moveTo(replaceEmpty ? par : par + 1, 0);
        area.requestFollowCaret();
    }

    /** A paste: the blocks replace the selection, the first and last merging with the text around. */
    void replaceSelection(Document doc) {
        if (doc.blocks().isEmpty()) return;
        StyledDocument<ParStyle, Either<String, FigureSegment>, TextStyle> styled = DocumentMapper.toStyled(doc);
        area.replaceSelection(styled);
        area.requestFollowCaret();
    }

    /** Enter on a heading's end, a figure or a separator starts a plain paragraph below it. */
    boolean newParagraphAfterSpecial() {
        int par = area.getCurrentParagraph();
        var p = area.getParagraph(par);
        ParStyle ps = p.getParagraphStyle();
        boolean heading = ps.kind() == ParStyle.Kind.HEADING_1 || ps.kind() == ParStyle.Kind.HEADING_2;
        if (ps.isText() && !(heading && area.getCaretColumn() == p.length() && area.getSelection().getLength() == 0)) return false;
        List<StyledSegment<Either<String, FigureSegment>, TextStyle>> empty = new ArrayList<>();
        empty.add(new StyledSegment<>(Either.left(""), TextStyle.PLAIN));
        var doc = new ReadOnlyStyledDocumentBuilder<ParStyle, Either<String, FigureSegment>, TextStyle>(
                DocumentMapper.SEGMENT_OPS, ParStyle.PARAGRAPH)
                .addParagraph(empty, ps)
                .addParagraph(empty, ParStyle.PARAGRAPH)
                .build();
        int at = area.getAbsolutePosition(par, p.length());
        area.replace(at, at, doc);
        area.moveTo(par + 1, 0);
        area.requestFollowCaret();
        return true;
    }
}
