package org.masthead.ingest.document;

import static org.masthead.ingest.document.WordXml.attr;
import static org.masthead.ingest.document.WordXml.kids;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The parts of an opened .docx the body walker needs: the main document, styles, numbering,
 * foot- and endnotes, and the targets of the main part's relationships (links and pictures).
 * Relationship types are matched by their last segment, so Strict documents (whose types live
 * under purl.oclc.org) read like Transitional ones. Nothing external is ever opened: an
 * external target is only reported as text.
 */
final class DocxPackage {

    /** A picture reference resolved: its bytes, or the outside address it only links to, or neither. */
    sealed interface Picture {
        record Embedded(byte[] bytes) implements Picture { }
        record Linked(String target) implements Picture { }
        record Missing(String why) implements Picture { }
    }

    /** The relationships of one part: links and pictures in a note resolve against the notes part, not the body. */
    final class Rels {
        private final PackagePart part;

        private Rels(PackagePart part) {
            this.part = part;
        }

        /** The external address of a hyperlink relationship, or null. */
        String hyperlink(String relId) {
            PackageRelationship r = relationship(relId);
            if (r == null || r.getTargetMode() != TargetMode.EXTERNAL) return null;
            return r.getTargetURI().toString();
        }

        Picture picture(String relId) {
            PackageRelationship r = relationship(relId);
            if (r == null) return new Picture.Missing("a picture refers to a part that is not in the file");
            if (r.getTargetMode() == TargetMode.EXTERNAL) return new Picture.Linked(r.getTargetURI().toString());
            try {
                PackagePart p = part.getRelatedPart(r);
                if (p == null) return new Picture.Missing("a picture's part " + r.getTargetURI() + " is missing");
                return new Picture.Embedded(bytes(p));
            } catch (InvalidFormatException | IOException | IllegalArgumentException e) {
                return new Picture.Missing("a picture could not be read (" + e.getMessage() + ")");
            }
        }

        private PackageRelationship relationship(String relId) {
            if (part == null || relId == null) return null;
            try {
                return part.getRelationship(relId);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private final PackagePart main;
    final Rels mainRels;
    final Rels footnoteRels;
    final Rels endnoteRels;
    private final DocumentBuilder xml;
    private final long partLimit;
    final Element body;
    final DocxStyles styles;
    private final Map<String, Element> footnotes;
    private final Map<String, Element> endnotes;
    final String coreTitle;

    private DocxPackage(OPCPackage pkg, PackagePart main, long partLimit) throws IOException, SAXException, InvalidFormatException {
        this.main = main;
        this.partLimit = partLimit;
        this.xml = WordXml.hardenedBuilder();
        Element root = parse(main);
        this.body = WordXml.kid(root, "body");
        this.styles = new DocxStyles(parse(related("styles")), parse(related("numbering")));
        PackagePart footnotesPart = related("footnotes");
        PackagePart endnotesPart = related("endnotes");
        this.footnotes = notes(parse(footnotesPart));
        this.endnotes = notes(parse(endnotesPart));
        this.mainRels = new Rels(main);
        this.footnoteRels = new Rels(footnotesPart);
        this.endnoteRels = new Rels(endnotesPart);
        this.coreTitle = title(pkg);
    }

    /** Opens the main document of {@code pkg}; each XML part may hold at most {@code partLimit} bytes. */
    static DocxPackage open(OPCPackage pkg, long partLimit) throws IOException, SAXException, InvalidFormatException {
        PackagePart main = null;
        for (PackageRelationship r : pkg.getRelationships()) {
            if (r.getRelationshipType().endsWith("/officeDocument") && r.getTargetMode() != TargetMode.EXTERNAL) {
                main = pkg.getPart(r);
                break;
            }
        }
        if (main == null) throw new InvalidFormatException("the package has no main document (word/document.xml)");
        return new DocxPackage(pkg, main, partLimit);
    }

    Element footnote(String id) {
        return footnotes.get(id);
    }

    Element endnote(String id) {
        return endnotes.get(id);
    }

    /** The part related to the main document by a relationship of this type; a missing one reads as absent. */
    private PackagePart related(String typeSuffix) throws InvalidFormatException {
        for (PackageRelationship r : main.getRelationships()) {
            if (r.getRelationshipType().endsWith("/" + typeSuffix) && r.getTargetMode() != TargetMode.EXTERNAL) {
                try {
                    return main.getRelatedPart(r);
                } catch (IllegalArgumentException e) {
                    return null; // the relationship points at a part the archive lacks
                }
            }
        }
        return null;
    }

    private Element parse(PackagePart part) throws IOException, SAXException {
        if (part == null) return null;
        try (InputStream in = new java.io.ByteArrayInputStream(bytes(part))) {
            return WordXml.parse(xml, in);
        } catch (SAXException e) {
            throw new SAXException(part.getPartName().getName() + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private byte[] bytes(PackagePart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, partLimit + 1));
            if (b.length > partLimit) throw new IOException(part.getPartName().getName() + " is larger than " + partLimit + " bytes");
            return b;
        }
    }

    private static Map<String, Element> notes(Element root) {
        Map<String, Element> out = new HashMap<>();
        if (root == null) return out;
        for (Element n : kids(root)) {
            String id = attr(n, "id");
            if (id != null) out.put(id.strip(), n);
        }
        return out;
    }

    private static String title(OPCPackage pkg) {
        try {
            return pkg.getPackageProperties().getTitleProperty().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        } catch (InvalidFormatException | RuntimeException e) {
            return null; // damaged core properties lose only the title
        }
    }
}
