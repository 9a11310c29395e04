package org.masthead.ingest.document;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.model.text.Block;

/**
 * The pictures of one .docx: embedded PNG, JPEG and GIF become figures whose asset id is the
 * SHA-256 of their bytes; other formats (EMF, WMF, PICT, TIFF...) are left out, and a picture
 * that only links to an outside file is never fetched. Each leaves a warning, said once.
 */
final class DocxPictures {

    final Map<String, byte[]> images = new LinkedHashMap<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    void warn(String w) {
        warnings.add(w);
    }

    /** The figure for a picture reference, or null (with a warning) when it cannot be shown. */
    Block.Figure figure(DocxPackage.Rels rels, String embedId, String linkId, String alt) {
        if (embedId == null || embedId.isBlank()) {
            if (linkId != null) {
                DocxPackage.Picture p = rels.picture(linkId);
                String target = p instanceof DocxPackage.Picture.Linked l ? l.target() : linkId;
                warn("a picture linked to an outside file (" + target + ") was not fetched");
            }
            return null;
        }
        DocxPackage.Picture p = rels.picture(embedId);
        if (p instanceof DocxPackage.Picture.Linked l) {
            warn("a picture linked to an outside file (" + l.target() + ") was not fetched");
            return null;
        }
        if (p instanceof DocxPackage.Picture.Missing m) {
            warn(m.why());
            return null;
        }
        byte[] bytes = ((DocxPackage.Picture.Embedded) p).bytes();
        FileKind kind = FileKind.sniff(bytes);
        if (kind != FileKind.PNG && kind != FileKind.JPEG && kind != FileKind.GIF) {
            warn("a picture (" + pictureFormat(bytes) + ") was left out: only PNG, JPEG and GIF pictures are kept");
            return null;
        }
        String id = Hashes.sha256(bytes);
        images.putIfAbsent(id, bytes);
        return new Block.Figure(id, "", "", alt);
    }

    /** A name for a picture format browsers do not show. */
    static String pictureFormat(byte[] b) {
        if (b.length >= 44 && b[0] == 1 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b[40] == ' ' && b[41] == 'E' && b[42] == 'M' && b[43] == 'F') return "EMF";
        if (b.length >= 4 && (b[0] & 0xFF) == 0xD7 && (b[1] & 0xFF) == 0xCD && (b[2] & 0xFF) == 0xC6 && (b[3] & 0xFF) == 0x9A) return "WMF";
        if (b.length >= 4 && ((b[0] == 1 || b[0] == 2) && b[1] == 0 && b[2] == 9 && b[3] == 0)) return "WMF";
        if (b.length >= 4 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42) || (b[0] == 'M' && b[1] == 'M' && b[3] == 42))) return "TIFF";
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') return "BMP";
        if (FileKind.sniff(b) == FileKind.WEBP) return "WebP";
        if (b.length >= 528 && b[522] == 0x11 && (b[523] == 0x01 || b[523] == 0x02)) return "PICT";
        return "unknown format";
    }
}
