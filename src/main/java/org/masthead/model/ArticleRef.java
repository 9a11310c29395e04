package org.masthead.model;

import java.time.Instant;

/**
 * What the planner needs to know of an article: its workflow state, headline and times,
 * without its text.
 *
 * @param publishedAt when it was first published, or {@code null}
 */
public record ArticleRef(long id, ArticleStatus status, String headline, String byline, Instant scheduledAt,
                         Instant publishedAt, Instant embargo, boolean trashed) {

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
