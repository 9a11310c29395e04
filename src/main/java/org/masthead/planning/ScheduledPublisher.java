package org.masthead.planning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.Article;
import org.masthead.model.ArticleRef;
import org.masthead.model.ArticleStatus;
import org.masthead.store.ArticleStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * Publishes the scheduled pieces whose time has come and whose embargo has passed, each in its
 * own transaction, stamped with the moment it became due (its slot, or the embargo's end).
 * Used by the running app's timer and by {@code masthead publish-due}.
 */
public final class ScheduledPublisher {

    /** What one run did. */
    public record Result(List<Article> published, List<String> failures) {
    }

    private final ArticleStore articles;
    private final SeriesStore series;
    private final PublicationStore publication;

    public ScheduledPublisher(ArticleStore articles, SeriesStore series, PublicationStore publication) {
        this.articles = articles;
        this.series = series;
        this.publication = publication;
    }

    /** The pieces that would go out now, without publishing them. */
    public List<ArticleRef> due(Instant now) {
        return DuePublishing.due(series.scheduledArticles(), now);
    }

    public Result publishDue(Instant now) {
        ZoneId zone = publication.get().defaultZone();
        List<Article> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ArticleRef ref : due(now)) {
            try {
                Article a = articles.load(ref.id());
                // Read again: an editor may have rescheduled or unscheduled it since the list was made.
                if (a.status() != ArticleStatus.SCHEDULED || a.isTrashed()) continue;
                ArticleRef fresh = new ArticleRef(a.id(), a.status(), a.headline(), "", a.scheduledAt(), null, a.embargo(), false);
                if (!DuePublishing.isDue(fresh, now)) continue;
                Article p = a.publish(DuePublishing.dueSince(fresh), zone);
                done.add(articles.save(p, ArticleStore.SaveKind.PUBLISH));
            } catch (RuntimeException e) {
                failed.add("article " + ref.id() + " (\"" + ref.headline() + "\"): " + e.getMessage());
            }
        }
        return new Result(done, failed);
    }
}
