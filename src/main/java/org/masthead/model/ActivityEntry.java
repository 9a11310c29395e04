package org.masthead.model;

import java.time.Instant;

/**
 * A line of a submission's activity log: who did what, when. Every triage write adds one.
 * Actions: received, follow-up, revision, status, assigned, tagged, untagged, note, scored,
 * updated, reclassified, duplicate, reply, converted, joined.
 */
public record ActivityEntry(long id, long submissionId, Instant at, String actor, String action, String detail) {
}
