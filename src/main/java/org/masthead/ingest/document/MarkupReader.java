package org.masthead.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.masthead.ingest.html.HtmlDocumentReader;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;

/**
 * Markdown and HTML attachments through the reader Masthead already trusts with pasted HTML:
 * Markdown is rendered to HTML by commonmark first (the Markdown importer's own reader is
 * private to its package and tied to a site's image folder), so both end in
 * {@link HtmlDocumentReader}, which keeps only what a Document can hold and fetches nothing.
 * Pictures referred to by address are therefore left out, with a warning.
 */
final class MarkupReader {

    /** A Hugo or Jekyll front matter block at the very top; only its title is of use here. */
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\R(.*?)\\R---[ \\t]*(?:\\R|\\z)", Pattern.DOTALL);
    private static final Pattern TITLE_LINE = Pattern.compile("(?m)^title\\s*:\\s*[\"']?(.*?)[\"']?\\s*$");

    private MarkupReader() {
    }

    static AttachmentContent read(FileKind kind, byte[] data, String contentType, HtmlDocumentReader reader) {
        TextDecoding.Decoded d = TextDecoding.decode(data, contentType, kind == FileKind.HTML);
        List<String> warnings = new ArrayList<>();
        if (d.warning() != null) warnings.add(d.warning());
        String html;
        String title;
        if (kind == FileKind.MARKDOWN) {
            String text = d.text();
            title = null;
            Matcher fm = FRONT_MATTER.matcher(text);
            if (fm.find()) {
                Matcher t = TITLE_LINE.matcher(fm.group(1));
                if (t.find()) title = t.group(1);
                text = text.substring(fm.end());
            }
            Node root = Parser.builder().build().parse(text);
            html = HtmlRenderer.builder().build().render(root);
        } else {
            html = d.text();
            title = Jsoup.parse(html).title();
        }
        if (Jsoup.parse(html).selectFirst("img") != null) {
            warnings.add("pictures given by address were left out: nothing is fetched");
        }
        Document doc = reader.read(html);
        if (title == null || title.isBlank()) {
            title = doc.blocks().stream().filter(Block.Heading.class::isInstance).map(b -> ((Block.Heading) b).text())
                    .findFirst().orElse(null);
        }
        if (doc.isEmpty()) warnings.add("the file has no text");
        return new AttachmentContent.Text(doc, title == null || title.isBlank() ? null : ParagraphRuns.clean(title).strip(),
                doc.plainText().strip(), Map.of(), warnings);
    }
}
