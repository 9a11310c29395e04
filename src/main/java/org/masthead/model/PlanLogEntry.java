package org.masthead.model;

import java.time.Instant;

/**
 * A change to a series plan that altered what a published page says (its part number, the
 * series' count, or the next part's title), recorded as an update due on that page.
 */
public record PlanLogEntry(long id, long seriesId, long articleId, Instant at, String message) {
}
