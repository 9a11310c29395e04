package org.masthead.ui.inbox;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.masthead.model.SearchHit;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;

/**
 * A read-only rendering of a submission's {@link Document}: a paragraph a block, bold and
 * italic kept, links shown with their address, notes as a marker. Never HTML: the text came
 * from a stranger. Long texts are cut after {@link #MAX_BLOCKS} blocks with a note saying so.
 */
final class DocumentText {

    static final int MAX_BLOCKS = 400;

    private DocumentText() {
    }

    static Node render(Document doc) {
        VBox box = new VBox(6);
        box.getStyleClass().add("submission-text");
        int n = 0;
        for (Block b : doc.blocks()) {
            if (n++ == MAX_BLOCKS) {
                box.getChildren().add(muted("… " + (doc.blocks().size() - MAX_BLOCKS) + " more paragraphs (save or convert to read all)"));
                break;
            }
            box.getChildren().add(block(b));
        }
        if (doc.blocks().isEmpty()) box.getChildren().add(muted("(no text)"));
        return box;
    }

    private static Node block(Block b) {
        if (b instanceof Block.Figure f) return muted("[picture" + (f.caption().isEmpty() ? "" : ": " + f.caption()) + "]");
        if (b instanceof Block.Separator) return muted("* * *");
        Block.TextBlock t = (Block.TextBlock) b;
        TextFlow flow = runs(t.runs());
        flow.getStyleClass().add("doc-paragraph");
        if (b instanceof Block.Heading h) flow.getStyleClass().add("doc-heading-" + h.level());
        if (b instanceof Block.Quote) flow.getStyleClass().add("doc-quote");
        if (b instanceof Block.ListItem li) {
            flow.getChildren().add(0, new Text(li.ordered() ? "– " : "• "));
            flow.setStyle("-fx-padding: 0 0 0 " + (li.level() * 16) + ";");
        }
        return flow;
    }

    private static TextFlow runs(List<Run> runs) {
        TextFlow flow = new TextFlow();
        for (Run r : runs) {
            Text t = new Text(r.text());
            t.getStyleClass().add("doc-run");
            if (r.marks().bold()) t.getStyleClass().add("doc-bold");
            if (r.marks().italic()) t.getStyleClass().add("doc-italic");
            flow.getChildren().add(t);
            if (r.marks().isLink()) {
                Text href = new Text(" <" + r.marks().href() + ">");
                href.getStyleClass().add("doc-link");
                flow.getChildren().add(href);
            }
            if (r.marks().hasNote()) {
                Text note = new Text(" [note: " + r.marks().note() + "]");
                note.getStyleClass().add("doc-note");
                flow.getChildren().add(note);
            }
        }
        return flow;
    }

    /** A search snippet with its matched stretches highlighted. */
    static TextFlow snippet(SearchHit hit) {
        TextFlow flow = new TextFlow();
        for (SearchHit.Segment s : hit.segments()) {
            Text t = new Text(s.text().replace('\n', ' '));
            t.getStyleClass().add(s.highlighted() ? "search-highlight" : "search-context");
            flow.getChildren().add(t);
        }
        return flow;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }
}
