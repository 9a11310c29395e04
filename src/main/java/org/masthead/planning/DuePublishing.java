package org.masthead.planning;

import java.time.Instant;
import java.util.List;
import org.masthead.model.ArticleRef;
import org.masthead.model.ArticleStatus;

/** Which scheduled pieces are due to go out: their time has come and their embargo has passed. */
public final class DuePublishing {

    private DuePublishing() {
    }

    public static boolean isDue(ArticleRef a, Instant now) {
        return !a.trashed() && a.status() == ArticleStatus.SCHEDULED && a.scheduledAt() != null && !a.scheduledAt().isAfter(now)
                && (a.embargo() == null || !a.embargo().isAfter(now));
    }

    /** The moment a due article became due: its slot, or the end of its embargo if that is later. */
    public static Instant dueSince(ArticleRef a) {
        Instant at = a.scheduledAt();
        if (a.embargo() != null && a.embargo().isAfter(at)) at = a.embargo();
        return at;
    }

    public static List<ArticleRef> due(List<ArticleRef> candidates, Instant now) {
        return candidates.stream().filter(a -> isDue(a, now)).toList();
    }
}
