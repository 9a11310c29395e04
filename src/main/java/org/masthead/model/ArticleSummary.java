package org.masthead.model;

import java.time.Instant;

/** One row of the article list: enough to show, sort and filter without loading bodies. */
public record ArticleSummary(
        long id,
        String headline,
        String byline,
        ArticleStatus status,
        int words,
        boolean pendingUpdate,
        Instant scheduledAt,
        Instant modifiedAt,
        Instant trashedAt) {
}
