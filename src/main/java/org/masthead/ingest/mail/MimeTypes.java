package org.masthead.ingest.mail;

import java.util.Map;

/** File extensions for the MIME types that arrive without a file name. */
final class MimeTypes {

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("message/rfc822", ".eml"), Map.entry("text/plain", ".txt"), Map.entry("text/html", ".html"),
            Map.entry("text/enriched", ".txt"), Map.entry("text/richtext", ".txt"), Map.entry("text/calendar", ".ics"),
            Map.entry("text/csv", ".csv"), Map.entry("text/markdown", ".md"), Map.entry("text/rtf", ".rtf"),
            Map.entry("application/rtf", ".rtf"), Map.entry("application/pdf", ".pdf"), Map.entry("application/msword", ".doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
            Map.entry("application/vnd.oasis.opendocument.text", ".odt"), Map.entry("application/zip", ".zip"),
            Map.entry("application/ms-tnef", ".dat"), Map.entry("application/vnd.ms-tnef", ".dat"),
            Map.entry("message/delivery-status", ".txt"), Map.entry("message/disposition-notification", ".txt"),
            Map.entry("image/jpeg", ".jpg"), Map.entry("image/png", ".png"), Map.entry("image/gif", ".gif"),
            Map.entry("image/webp", ".webp"), Map.entry("image/tiff", ".tif"), Map.entry("image/svg+xml", ".svg"),
            Map.entry("image/bmp", ".bmp"), Map.entry("image/heic", ".heic"), Map.entry("audio/mpeg", ".mp3"),
            Map.entry("video/mp4", ".mp4"), Map.entry("application/octet-stream", ".bin"));

    private MimeTypes() {
    }

    /** ".pdf" for application/pdf; "" when the type has no usual extension. */
    static String extensionFor(String mimeType) {
        return mimeType == null ? "" : EXTENSIONS.getOrDefault(mimeType.toLowerCase(java.util.Locale.ROOT), "");
    }
}
