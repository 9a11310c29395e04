package org.masthead.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.masthead.model.text.Document;
import org.xml.sax.SAXException;

/**
 * A .docx as a {@link Document}. Apache POI opens the package (with its zip-bomb guard, the
 * minimum inflate ratio of {@code ZipSecureFile}); the WordprocessingML is then read by
 * {@link DocxBodyWalker} by element name rather than through XWPF's object model, because
 * XWPF refuses Strict documents and any DOCTYPE outright, and its model hides the field
 * codes, tracked changes and text boxes this reader has to see. See docs/attachments.md.
 */
final class DocxReader {

    private final long maxUnzipped;
    private final int maxEntries;

    /**
     * @param maxUnzipped the most bytes all entries may inflate to together
     * @param maxEntries  the most entries the archive may hold
     */
    DocxReader(long maxUnzipped, int maxEntries) {
        this.maxUnzipped = maxUnzipped;
        this.maxEntries = maxEntries;
    }

    AttachmentContent read(byte[] data) {
        String tooBig = checkInflatedSize(data);
        if (tooBig != null) return new AttachmentContent.Failed(tooBig);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(data));
        } catch (OLE2NotOfficeXmlFileException e) {
            return new AttachmentContent.Failed("encrypted Word file (password protected), or an old .doc under a .docx name: cannot be read");
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            return new AttachmentContent.Failed(damaged(e));
        }
        try {
            DocxPackage docx = DocxPackage.open(pkg, maxUnzipped);
            if (docx.body == null) return new AttachmentContent.Failed("damaged .docx: the main document has no body");
            DocxPictures pictures = new DocxPictures();
            DocxBodyWalker walker = new DocxBodyWalker(docx, docx.mainRels, pictures, false);
            walker.read(docx.body);
            Document doc = new Document(walker.blocks);
            String title = docx.coreTitle != null ? docx.coreTitle
                    : walker.titleParagraph != null ? walker.titleParagraph : walker.firstHeading;
            List<String> warnings = new ArrayList<>(pictures.warnings());
            if (doc.isEmpty()) warnings.add("the Word file has no text");
            return new AttachmentContent.Text(doc, title, doc.plainText().strip(), pictures.images, warnings);
        } catch (SAXException e) {
            return new AttachmentContent.Failed("damaged .docx: " + e.getMessage());
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            return new AttachmentContent.Failed(damaged(e));
        } finally {
            pkg.revert(); // opened from memory: closing would try to save
        }
    }

    private static String damaged(Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (msg.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
            return "suspicious .docx (it inflates far beyond its size, like a zip bomb): not read";
        }
        if (msg.contains("Strict OOXML")) return "Strict Office Open XML that could not be read: " + msg;
        int technical = msg.indexOf(" - container=");
        return "damaged or truncated .docx: " + firstLine(technical > 0 ? msg.substring(0, technical) : msg);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /**
     * Inflates the archive once without keeping anything, so a file that unpacks to more than
     * the limit (or holds absurdly many entries) is refused before POI holds it in memory.
     * A damaged archive is left for POI to describe.
     */
    private String checkInflatedSize(byte[] data) {
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(data))) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                if (++entries > maxEntries) return "suspicious .docx: more than " + maxEntries + " parts; not read";
                for (int n = zin.read(buf); n > 0; n = zin.read(buf)) {
                    total += n;
                    if (total > maxUnzipped) {
                        return "suspicious .docx: it unpacks to more than " + maxUnzipped / (1024 * 1024) + " MB (a zip bomb?); not read";
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
