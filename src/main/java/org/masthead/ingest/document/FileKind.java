package org.masthead.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The kinds of file an attachment can be, told from its bytes (magic numbers) or from what
 * its name and content type claim. Mail clients and senders get names wrong often enough
 * that the bytes decide; the claim only says what the sender meant.
 */
enum FileKind {
    DOCX("Word file (.docx)"), DOC("old Word file (.doc)"), ENCRYPTED_OFFICE("encrypted Office file"),
    OLE2_OTHER("Office file of another kind"), ODT("OpenDocument text"), RTF("RTF file"), PDF("PDF"),
    TXT("text file"), MARKDOWN("Markdown file"), HTML("HTML file"),
    PNG("PNG picture"), JPEG("JPEG picture"), GIF("GIF picture"), WEBP("WebP picture"), SVG("SVG drawing"),
    ZIP_OTHER("ZIP archive"), UNKNOWN("unknown file");

    final String label;

    FileKind(String label) {
        this.label = label;
    }

    boolean isPicture() {
        return this == PNG || this == JPEG || this == GIF || this == WEBP;
    }

    /** Read as text by a word processor reader: a sender's .doc is often really .docx or RTF. */
    boolean isWordProcessing() {
        return this == DOCX || this == DOC || this == ODT || this == RTF;
    }

    boolean isPlainTextFormat() {
        return this == TXT || this == MARKDOWN || this == HTML;
    }

    String mime() {
        return switch (this) {
            case PNG -> "image/png";
            case JPEG -> "image/jpeg";
            case GIF -> "image/gif";
            case WEBP -> "image/webp";
            default -> "application/octet-stream";
        };
    }

    /** What the bytes are, by their first bytes; UNKNOWN when nothing matches (plain text has no magic). */
    static FileKind sniff(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return PNG;
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) return JPEG;
        if (startsWith(b, 0, 'G', 'I', 'F', '8')) return GIF;
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) return WEBP;
        if (startsWith(b, 0, '{', '\\', 'r', 't', 'f')) return RTF;
        if (startsWith(b, 0, 'P', 'K', 3, 4)) return zipKind(b);
        if (startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return ole2Kind(b);
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
        // The PDF specification lets readers find the header anywhere in the first 1024 bytes.
        if (head.contains("%PDF-")) return PDF;
        String lower = head.toLowerCase(Locale.ROOT).stripLeading().replace("\u00ef\u00bb\u00bf", "");
        if (lower.startsWith("<svg") || (lower.startsWith("<?xml") && lower.contains("<svg"))) return SVG;
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) return HTML;
        return UNKNOWN;
    }

    /** A ZIP is a .docx when it holds Word's main part, OpenDocument text when its mimetype entry says so. */
    private static FileKind zipKind(byte[] b) {
        String first = new String(b, 30, Math.max(0, Math.min(b.length - 30, 80)), StandardCharsets.ISO_8859_1);
        if (first.startsWith("mimetypeapplication/vnd.oasis.opendocument.text")) return ODT;
        // Entry names are stored uncompressed in each local header, so they can be found in the raw bytes.
        if (contains(b, "word/document") && contains(b, "[Content_Types].xml")) return DOCX;
        return ZIP_OTHER;
    }

    /** An OLE2 container is an encrypted .docx/.xlsx (EncryptionInfo), an old .doc (WordDocument) or something else. */
    private static FileKind ole2Kind(byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) return ENCRYPTED_OFFICE;
            if (root.hasEntryCaseInsensitive("WordDocument")) return DOC;
            return OLE2_OTHER;
        } catch (IOException | RuntimeException e) {
            return OLE2_OTHER;
        }
    }

    /** What a file name's extension or, when that says nothing known, the content type claims; UNKNOWN when neither says. */
    static FileKind claimed(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        FileKind byName = dot < 0 ? UNKNOWN : switch (name.substring(dot + 1)) {
            case "docx", "docm", "dotx", "dotm" -> DOCX;
            case "doc", "dot" -> DOC;
            case "odt", "ott" -> ODT;
            case "rtf" -> RTF;
            case "pdf" -> PDF;
            case "txt", "text" -> TXT;
            case "md", "markdown", "mdown", "mkd" -> MARKDOWN;
            case "html", "htm", "xhtml" -> HTML;
            case "png" -> PNG;
            case "jpg", "jpeg", "jpe", "jfif" -> JPEG;
            case "gif" -> GIF;
            case "webp" -> WEBP;
            case "svg", "svgz" -> SVG;
            default -> UNKNOWN;
        };
        if (byName != UNKNOWN) return byName;
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        return switch (type) {
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> DOCX;
            case "application/msword" -> DOC;
            case "application/vnd.oasis.opendocument.text" -> ODT;
            case "application/rtf", "text/rtf" -> RTF;
            case "application/pdf" -> PDF;
            case "text/plain" -> TXT;
            case "text/markdown", "text/x-markdown" -> MARKDOWN;
            case "text/html", "application/xhtml+xml" -> HTML;
            case "image/png" -> PNG;
            case "image/jpeg", "image/jpg", "image/pjpeg" -> JPEG;
            case "image/gif" -> GIF;
            case "image/webp" -> WEBP;
            case "image/svg+xml" -> SVG;
            default -> UNKNOWN;
        };
    }

    private static boolean startsWith(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((b[at + i] & 0xFF) != magic[i]) return false;
        return true;
    }

    private static boolean contains(byte[] b, String ascii) {
        byte[] n = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= b.length; i++) {
            for (int j = 0; j < n.length; j++) if (b[i + j] != n[j]) continue outer;
            return true;
        }
        return false;
    }
}
