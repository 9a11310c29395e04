package org.masthead.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.masthead.ingest.html.HtmlDocumentReader;
import org.masthead.model.text.Document;

/**
 * Makes an attachment readable: Word (.docx through Apache POI; .doc, .odt, .rtf and PDF
 * through Apache Tika), plain text, Markdown and HTML become a {@link Document}; PNG, JPEG,
 * GIF and WebP are pictures; anything else is kept as a file. What the bytes are decides,
 * not the name: a .docx that is really an encrypted Office container, or a .pdf that is not
 * a PDF, fails with a message saying so. Nothing escapes as an exception, nothing is fetched
 * and nothing is written: each read works on the bytes in memory, within {@link Limits}.
 *
 * <p>Stateless; one instance may be shared between threads.
 */
public final class AttachmentReader {

    /**
     * How much one attachment may make the reader do.
     *
     * @param maxBytes         the largest attachment read at all
     * @param maxUnzippedBytes the most a .docx may unpack to (zip bombs stop here)
     * @param maxChars         the most text kept from a PDF, .doc, .odt or .rtf
     */
    public record Limits(long maxBytes, long maxUnzippedBytes, int maxChars) {
        public static final Limits DEFAULT = new Limits(50L << 20, 250L << 20, 2_000_000);
    }

    private static final int MAX_ZIP_ENTRIES = 10_000;

    private final Limits limits;
    private final HtmlDocumentReader html = new HtmlDocumentReader();

    public AttachmentReader() {
        this(Limits.DEFAULT);
    }

    public AttachmentReader(Limits limits) {
        this.limits = limits;
    }

    /**
     * Reads one attachment.
     *
     * @param fileName    the name it was sent under (may be null)
     * @param contentType its MIME type as sent, with parameters such as charset (may be null)
     * @param data        its bytes
     */
    public AttachmentContent read(String fileName, String contentType, byte[] data) {
        if (data == null || data.length == 0) return new AttachmentContent.Failed("the file is empty");
        if (data.length > limits.maxBytes()) {
            return new AttachmentContent.Failed("larger than " + (limits.maxBytes() >> 20) + " MB: kept, but not read");
        }
        try {
            return dispatch(FileKind.claimed(fileName, contentType), FileKind.sniff(data), contentType, data);
        } catch (RuntimeException | StackOverflowError e) {
            // Every reader reports its own failures; this is the last net for a parser's bug.
            String msg = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
            return new AttachmentContent.Failed("could not be read (" + e.getClass().getSimpleName() + msg + ")");
        }
    }

    private AttachmentContent dispatch(FileKind claimed, FileKind actual, String contentType, byte[] data) {
        if (claimed == FileKind.SVG || actual == FileKind.SVG) {
            return new AttachmentContent.KeptFile("an SVG drawing can carry scripts: kept as a file, not shown as a picture");
        }
        if (actual == FileKind.ENCRYPTED_OFFICE) {
            String what = claimed == FileKind.DOCX || claimed == FileKind.DOC || claimed == FileKind.UNKNOWN ? "Word file" : claimed.label;
            return new AttachmentContent.Failed("encrypted " + what + " (password protected): cannot be read");
        }
        if (claimed.isPicture()) {
            return actual.isPicture() ? new AttachmentContent.Image(actual.mime(), data)
                    : new AttachmentContent.Failed("not a " + claimed.label + " despite its name" + seemsLike(actual));
        }
        if (claimed == FileKind.PDF && actual != FileKind.PDF) {
            return new AttachmentContent.Failed("not a PDF despite its name" + seemsLike(actual));
        }
        if (claimed.isWordProcessing() && !actual.isWordProcessing()) {
            if (claimed == FileKind.DOCX && actual == FileKind.OLE2_OTHER) {
                return new AttachmentContent.Failed("not a Word file despite its name: an Office container of another kind, or damaged");
            }
            return new AttachmentContent.Failed("not a " + claimed.label + " despite its name" + seemsLike(actual));
        }
        if (claimed.isPlainTextFormat() && actual != FileKind.UNKNOWN && actual != FileKind.HTML) {
            return new AttachmentContent.Failed("not a " + claimed.label + " despite its name" + seemsLike(actual));
        }
        FileKind kind = actual != FileKind.UNKNOWN ? actual : claimed;
        if (claimed.isPlainTextFormat()) kind = claimed; // a .txt holding HTML markup is shown as the text it is
        AttachmentContent content = readAs(kind, contentType, data);
        if (content instanceof AttachmentContent.Text t && claimed.isWordProcessing() && claimed != kind) {
            List<String> w = new ArrayList<>(t.warnings());
            w.add(0, "named as a " + claimed.label + " but is a " + kind.label + "; read as what it is");
            return new AttachmentContent.Text(t.document(), t.title(), t.plainText(), t.images(), w);
        }
        return content;
    }

    private AttachmentContent readAs(FileKind kind, String contentType, byte[] data) {
        return switch (kind) {
            case DOCX -> new DocxReader(limits.maxUnzippedBytes(), MAX_ZIP_ENTRIES).read(data);
            case PDF, DOC, ODT, RTF -> new TikaTextReader(limits.maxChars()).read(kind, data);
            case TXT -> plainText(data, contentType);
            case MARKDOWN, HTML -> MarkupReader.read(kind, data, contentType, html);
            case PNG, JPEG, GIF, WEBP -> new AttachmentContent.Image(kind.mime(), data);
            case ZIP_OTHER -> new AttachmentContent.KeptFile("an archive or Office file Masthead does not read (spreadsheet, slides...): kept as a file");
            case OLE2_OTHER -> new AttachmentContent.KeptFile("an old Office file that is not a Word document (spreadsheet, slides, Outlook item...): kept as a file");
            default -> new AttachmentContent.KeptFile("not a document or picture Masthead reads: kept as a file");
        };
    }

    private static AttachmentContent plainText(byte[] data, String contentType) {
        TextDecoding.Decoded d = TextDecoding.decode(data, contentType, false);
        Document doc = PlainParagraphs.wrapped(d.text());
        List<String> warnings = d.warning() == null ? List.of() : List.of(d.warning());
        return new AttachmentContent.Text(doc, null, doc.plainText().strip(), Map.of(), warnings);
    }

    private static String seemsLike(FileKind actual) {
        return actual == FileKind.UNKNOWN ? "" : " (it looks like a " + actual.label + ")";
    }
}
