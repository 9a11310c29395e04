package org.masthead.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;

/**
 * Turns HTML (a paste from a browser or a word processor) into a {@link Document}.
 * Placeholder implementation: text per block only; the full reader replaces it.
 */
public final class HtmlDocumentReader {

    public Document read(String html) {
        List<Block> blocks = new ArrayList<>();
        for (String line : Jsoup.parse(html).wholeText().split("\\R")) {
            if (!line.isBlank()) blocks.add(Block.Paragraph.of(line.strip()));
        }
        return new Document(blocks);
    }
}
