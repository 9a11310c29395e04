package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.fxmisc.richtext.model.StyledDocument;
import org.masthead.ingest.html.HtmlDocumentReader;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.reactfx.util.Either;

/**
 * Copy and paste. Drafts are never put on the clipboard in RichTextFX's own codec (not a
 * storage format, and it breaks on long runs); instead the last copied selection is kept
 * here and pasted with its styles when the clipboard still holds its text. Outside material
 * comes in as pictures, files, HTML (through the HTML reader) or plain lines.
 */
final class ClipboardSupport {

    private final EditorArea area;
    private final BlockInserter inserter;
    private final ImageImporter images;
    private StyledDocument<ParStyle, Either<String, FigureSegment>, TextStyle> copied;
    private String copiedText;

    ClipboardSupport(EditorArea area, BlockInserter inserter, ImageImporter images) {
        this.area = area;
        this.inserter = inserter;
        this.images = images;
        area.setCopyHandler(a -> copy());
        area.setPasteHandler(a -> paste());
    }

    void copy() {
        if (area.getSelection().getLength() == 0) return;
        copied = area.subDocument(area.getSelection().getStart(), area.getSelection().getEnd());
        copiedText = area.getSelectedText();
        ClipboardContent c = new ClipboardContent();
        c.putString(copiedText);
        Clipboard.getSystemClipboard().setContent(c);
    }

    void paste() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasString() && copied != null && cb.getString().equals(copiedText)) {
            area.replaceSelection(copied);
        } else if (cb.hasFiles() && !cb.getFiles().isEmpty()) {
            images.insertDropped(cb.getFiles());
        } else {
            // Text from a browser or word processor comes as HTML that may hold <img> tags, for
            // which JavaFX also offers an "image" (and throws loading a relative src): the
            // text wins; a copied picture alone is inserted as a picture.
            Document html = cb.hasHtml() ? new HtmlDocumentReader().read(cb.getHtml()) : Document.EMPTY;
            javafx.scene.image.Image picture = html.isEmpty() ? imageOf(cb) : null;
            if (!html.isEmpty()) {
                inserter.replaceSelection(html);
            } else if (picture != null) {
                images.insertImage(picture);
            } else if (cb.hasString()) {
                inserter.replaceSelection(plainText(cb.getString()));
            }
        }
    }

    private static javafx.scene.image.Image imageOf(Clipboard cb) {
        if (!cb.hasImage()) return null;
        try {
            return cb.getImage();
        } catch (IllegalArgumentException e) {
            return null; // an <img> whose address cannot be loaded: nothing to paste as a picture
        }
    }

    /** One paragraph per line. */
    static Document plainText(String s) {
        List<Block> blocks = new ArrayList<>();
        for (String line : s.split("\\R", -1)) blocks.add(Block.Paragraph.of(line));
        return new Document(blocks);
    }
}
