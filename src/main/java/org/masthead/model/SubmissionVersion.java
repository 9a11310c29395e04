package org.masthead.model;

import java.time.Instant;
import org.masthead.model.text.Document;

/**
 * A text of a submission. Version 1 is the text that came with it; a revised version sent
 * later becomes the current one (the highest number) and the earlier ones are kept.
 *
 * @param source what it came from, e.g. "message body" or "attachment op-ed.docx"
 * @param mailId the message that brought it, if any
 */
public record SubmissionVersion(long id, long submissionId, int number, Document document, String plainText, String source,
                                Long mailId, Instant createdAt) {
    public SubmissionVersion {
        document = document == null ? Document.EMPTY : document;
        plainText = plainText == null ? document.plainText() : plainText;
        source = source == null ? "" : source;
    }
}
