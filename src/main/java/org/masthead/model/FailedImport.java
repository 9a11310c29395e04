package org.masthead.model;

import java.time.Instant;

/**
 * A message that could not be imported, kept with the reason and its raw bytes (read on
 * demand) so that nothing is lost and it can be retried.
 */
public record FailedImport(long id, String source, String reason, Instant at, long rawSize) {
}
