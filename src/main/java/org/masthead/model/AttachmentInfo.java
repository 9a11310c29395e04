package org.masthead.model;

/**
 * An attachment of a submission without its bytes (read on demand by id).
 *
 * @param mailId      the message it came with
 * @param hasDocument whether it was read into a Document (the store gives it on demand)
 */
public record AttachmentInfo(long id, long submissionId, long mailId, String fileName, String contentType, long size, String sha256,
                             AttachmentOutcome outcome, String error, boolean hasDocument) {
}
