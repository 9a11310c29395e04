package org.masthead.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.masthead.model.text.Document;
import org.xml.sax.SAXException;

/**
 * PDF, .doc, .odt and .rtf as paragraphs of plain text, through Apache Tika's parsers for
 * exactly these formats (no auto-detection: the caller already knows the kind from the
 * bytes). Embedded files are not parsed: the parse context carries no parser for them.
 * The text is capped by a write limit; a longer document keeps its beginning and says so.
 */
final class TikaTextReader {

    private final int maxChars;

    TikaTextReader(int maxChars) {
        this.maxChars = maxChars;
    }

    AttachmentContent read(FileKind kind, byte[] data) {
        Parser parser = switch (kind) {
            case PDF -> new PDFParser();
            case DOC -> new OfficeParser();
            case ODT -> new OpenDocumentParser();
            case RTF -> new RTFParser();
            default -> throw new IllegalArgumentException("not a Tika kind: " + kind);
        };
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        Metadata metadata = new Metadata();
        List<String> warnings = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(data)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            return new AttachmentContent.Failed(encrypted(kind));
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                warnings.add("the text is longer than " + maxChars + " characters: only the beginning was read");
            } else if (isEncrypted(e)) {
                return new AttachmentContent.Failed(encrypted(kind));
            } else {
                return new AttachmentContent.Failed(damaged(kind, e));
            }
        }
        String text = handler.toString();
        // A PDF is laid out in lines on a page, so its paragraphs are found by blank lines; the others are one paragraph a line.
        Document doc = kind == FileKind.PDF ? PlainParagraphs.wrapped(text) : PlainParagraphs.perLine(text);
        if (doc.isEmpty()) {
            warnings.add(kind == FileKind.PDF ? "the PDF has no text layer (a scanned page?): nothing to read" : "the file has no text");
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        title = title == null || title.isBlank() ? null : ParagraphRuns.clean(title).strip();
        return new AttachmentContent.Text(doc, title, doc.plainText().strip(), java.util.Map.of(), warnings);
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t instanceof org.apache.poi.EncryptedDocumentException
                    || t.getClass().getSimpleName().equals("InvalidPasswordException")) {
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    private static String encrypted(FileKind kind) {
        return switch (kind) {
            case PDF -> "encrypted PDF: it needs a password and cannot be read";
            case DOC -> "encrypted Word file (password protected): cannot be read";
            default -> "encrypted " + kind.label + ": cannot be read";
        };
    }

    private static String damaged(FileKind kind, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = msg.indexOf('\n');
        if (nl >= 0) msg = msg.substring(0, nl);
        if (msg.length() > 300) msg = msg.substring(0, 300) + "...";
        return "damaged or unreadable " + kind.label + ": " + msg;
    }
}
