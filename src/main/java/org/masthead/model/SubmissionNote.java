package org.masthead.model;

import java.time.Instant;

/** A reviewer's private note on a submission: never shown to the author. */
public record SubmissionNote(long id, long submissionId, String author, String text, Instant at) {
}
