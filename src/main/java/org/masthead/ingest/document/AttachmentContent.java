package org.masthead.ingest.document;

import java.util.List;
import java.util.Map;
import org.masthead.model.text.Document;

/**
 * What an attachment turned out to be once read: text with its pictures, a picture, a file
 * kept as it is, or a file that could not be read and why. The raw bytes stay with whoever
 * holds the attachment; this only says how it can be shown.
 */
public sealed interface AttachmentContent {

    /**
     * A readable document.
     *
     * @param document  the text as blocks; every figure's asset id is a key of {@code images}
     * @param title     the document's own title (its properties, a Title paragraph or the first heading), or null
     * @param plainText the text for search, word counts and language detection
     * @param images    the pictures the figures show, keyed by the SHA-256 (lower-case hex) of their bytes
     * @param warnings  what was left out or could only be read in part, one sentence each
     */
    record Text(Document document, String title, String plainText, Map<String, byte[]> images, List<String> warnings)
            implements AttachmentContent {
        public Text {
            images = Map.copyOf(images);
            warnings = List.copyOf(warnings);
        }
    }

    /** A picture a browser shows: PNG, JPEG, GIF or WebP ({@code mime} says which). */
    record Image(String mime, byte[] data) implements AttachmentContent {
    }

    /** Anything else (spreadsheets, archives, programs, SVG drawings...): stored, offered for saving, never opened. */
    record KeptFile(String why) implements AttachmentContent {
    }

    /** The attachment claims or looks like a document but cannot be read; {@code reason} is for the reviewer. */
    record Failed(String reason) implements AttachmentContent {
    }
}
